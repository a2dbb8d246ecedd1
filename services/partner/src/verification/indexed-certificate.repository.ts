import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CertificateData, CertificateStatus } from '@certhub/contracts';
import type { FilterQuery, Model } from 'mongoose';
import { IndexedCertificate } from './indexed-certificate.schema';

/** Every write is idempotent and order-independent: replays and late events leave the newest status. */
@Injectable()
export class IndexedCertificateRepository {
  constructor(@InjectModel(IndexedCertificate.name) private readonly model: Model<IndexedCertificate>) {}

  async recordIssued(data: CertificateData, seq: number): Promise<void> {
    await this.model.updateOne(
      { _id: data.certificateId },
      {
        $set: {
          number: data.number,
          schemeId: data.schemeId,
          cbId: data.cbId,
          siren: data.holder.siren,
          sirets: data.sites.map((s) => s.siret),
          validUntil: data.validUntil,
        },
        $setOnInsert: { status: 'valid', statusSeq: 0 },
      },
      { upsert: true },
    );
    await this.setStatus(data.certificateId, 'valid', seq);
  }

  async recordSuperseded(certificateId: string, by: string): Promise<void> {
    await this.model.updateOne({ _id: certificateId }, { $set: { supersededBy: by } });
  }

  async recordStatus(certificateId: string, status: CertificateStatus, seq: number): Promise<void> {
    // Known before its issuing event (or without one): a stub that only carries the status.
    await this.model.updateOne(
      { _id: certificateId },
      { $setOnInsert: { status, statusSeq: 0, sirets: [] } },
      { upsert: true },
    );
    await this.setStatus(certificateId, status, seq);
  }

  /** The scheme's certificates covering any of the SIRETs: as a certified site, or by their holder's SIREN. */
  findCovering(schemeId: string, sirets: string[], cbId: string | undefined): Promise<IndexedCertificate[]> {
    const sirens = [...new Set(sirets.map((siret) => siret.slice(0, 9)))];
    const filter: FilterQuery<IndexedCertificate> = {
      schemeId,
      $or: [{ sirets: { $in: sirets } }, { siren: { $in: sirens }, sirets: { $size: 0 } }],
    };
    if (cbId) filter.cbId = cbId;
    return this.model.find(filter).lean<IndexedCertificate[]>();
  }

  private async setStatus(certificateId: string, status: CertificateStatus, seq: number): Promise<void> {
    await this.model.updateOne(
      { _id: certificateId, statusSeq: { $lt: seq } },
      { $set: { status, statusSeq: seq } },
    );
  }
}
