import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent, PageQuery } from '@certhub/contracts';
import { DomainError, TenantRepository, findPage } from '@certhub/platform';
import type { Model } from 'mongoose';
import type { Address } from '../common/address.schema';
import { isDuplicateKey } from '../common/mongo-errors';
import type { Sort } from '../common/paging';
import { CertificationBody } from './certification-body.schema';

export interface NewCertificationBody {
  id: string;
  code: string;
  name: string;
  address: Address;
  certificateNumberPrefix: string;
}

@Injectable()
export class CertificationBodyRepository extends TenantRepository<CertificationBody> {
  constructor(@InjectModel(CertificationBody.name) model: Model<CertificationBody>) {
    super(model);
  }

  async insert(body: NewCertificationBody, created: CloudEvent): Promise<CertificationBody> {
    try {
      const doc = await this.model.create({
        _id: body.id,
        tenantId: body.id,
        ...withoutId(body),
        outbox: [created],
      });
      return doc.toObject<CertificationBody>();
    } catch (error) {
      if (isDuplicateKey(error))
        throw DomainError.conflict(`a certification body with code ${body.code} already exists`);
      throw error;
    }
  }

  async list(query: PageQuery, sort: Sort): Promise<{ items: CertificationBody[]; total: number }> {
    return findPage(this.model, {}, query, sort, {
      crossTenant: 'every signed-in user may see which certification bodies exist',
    });
  }

  async exists(cbId: string): Promise<boolean> {
    return (await this.model.exists(this.scoped(cbId, { _id: cbId }))) !== null;
  }

  /** Start-up seed: created once (with its creation event), later edits are kept. */
  async ensure(body: NewCertificationBody, created: CloudEvent): Promise<void> {
    await this.model.updateOne(
      this.scoped(body.id, { _id: body.id }),
      { $setOnInsert: { ...withoutId(body), createdAt: new Date(), outbox: [created] } },
      { upsert: true },
    );
  }
}

const withoutId = ({ code, name, address, certificateNumberPrefix }: NewCertificationBody) => ({
  code,
  name,
  address,
  certificateNumberPrefix,
});
