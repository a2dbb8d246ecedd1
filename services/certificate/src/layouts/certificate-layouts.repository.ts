import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CertificateLayout } from '@certhub/contracts';
import type { Model } from 'mongoose';
import { CertificateLayoutRecord } from './certificate-layout.schema';

const toLayout = (record: CertificateLayoutRecord | null): CertificateLayout | null =>
  record && {
    ...(record.logo ? { logo: record.logo } : {}),
    signatory: {
      name: record.signatory.name,
      role: record.signatory.role,
      ...(record.signatory.signature ? { signature: record.signatory.signature } : {}),
    },
  };

@Injectable()
export class CertificateLayoutsRepository {
  constructor(
    @InjectModel(CertificateLayoutRecord.name) private readonly model: Model<CertificateLayoutRecord>,
  ) {}

  async get(cbId: string): Promise<CertificateLayout | null> {
    return toLayout(
      await this.model.findOne({ _id: cbId, tenantId: cbId }).lean<CertificateLayoutRecord>().exec(),
    );
  }

  /** The whole layout replaced (PUT): an image left out is removed. Last write wins. */
  async set(cbId: string, layout: CertificateLayout, by: string): Promise<void> {
    const record = { ...layout, tenantId: cbId, updatedAt: new Date(), updatedBy: by };
    await this.model.replaceOne({ _id: cbId, tenantId: cbId }, record, { upsert: true }).exec();
  }
}
