import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CertificateData, CertificateStatus } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder } from 'mongoose';
import type { CertificateReader } from './certificate-access';
import { Certificate } from './certificate.schema';

const PUBLIC_VERIFICATION = 'public verification answers anyone about any certificate, by design';
const FROM_EVENTS = 'the dossier service’s events name the certificate and both its tenants';
const DUPLICATE_KEY = 11000;

export interface PageRequest {
  filter: FilterQuery<Certificate>;
  sort: Record<string, SortOrder>;
  skip: number;
  limit: number;
}

/**
 * The certificates collection. Tenant reads go through a CertificateReader; the cross-tenant
 * reads are public verification and event application, each saying why.
 */
@Injectable()
export class CertificateRepository {
  constructor(@InjectModel(Certificate.name) private readonly model: Model<Certificate>) {}

  /**
   * Creates or refreshes the record of an issued certificate; its status is kept. An update, else
   * an insert (and the update again if another replica won the insert), never an upsert: FerretDB
   * v1, losing an upsert race, was seen applying $setOnInsert to the existing document.
   */
  async saveIssued(data: CertificateData): Promise<void> {
    const { certificateId, ...fields } = data;
    const issued = { ...fields, tenantId: [data.organisationId, data.cbId] };
    const refresh = async () =>
      (
        await this.model
          .updateOne({ _id: certificateId }, { $set: issued })
          .setOptions({ crossTenant: FROM_EVENTS })
      ).matchedCount === 1;
    if (await refresh()) return;
    try {
      await this.model.create({
        _id: certificateId,
        ...issued,
        status: 'valid',
        statusChangedAt: new Date(data.issuedAt),
      });
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
      if (!(await refresh())) {
        throw DomainError.conflict(`certificate number ${data.number} already names another certificate`);
      }
    }
  }

  /** Applies a status event unless the certificate left the allowed statuses or a newer event won. */
  async changeStatus(
    change: { certificateId: string; cbId: string; at: Date },
    to: CertificateStatus,
    from: CertificateStatus[],
  ): Promise<boolean> {
    const result = await this.model.updateOne(
      {
        _id: change.certificateId,
        tenantId: change.cbId,
        status: { $in: from },
        statusChangedAt: { $lte: change.at },
      },
      { $set: { status: to, statusChangedAt: change.at } },
    );
    return result.matchedCount === 1;
  }

  findOfCb(certificateId: string, cbId: string): Promise<Certificate | null> {
    return this.model.findOne({ _id: certificateId, tenantId: cbId }).lean<Certificate>();
  }

  /** The certificate if the reader reads it; "not found" otherwise, like a missing one. */
  async getForReader(reader: CertificateReader, certificateId: string): Promise<Certificate> {
    const found = await this.model.findOne({ ...this.scope(reader), _id: certificateId }).lean<Certificate>();
    if (!found) throw DomainError.notFound(`certificate ${certificateId}`);
    return found;
  }

  async pageForReader(reader: CertificateReader, page: PageRequest): Promise<[Certificate[], number]> {
    const filter = { ...page.filter, ...this.scope(reader) };
    return Promise.all([
      this.model.find(filter).sort(page.sort).skip(page.skip).limit(page.limit).lean<Certificate[]>(),
      this.model.countDocuments(filter),
    ]);
  }

  /** The public register's page: every CB's certificates, as public verification answers them. */
  async publicPage(page: PageRequest): Promise<[Certificate[], number]> {
    return Promise.all([
      this.model
        .find(page.filter)
        .sort(page.sort)
        .skip(page.skip)
        .limit(page.limit)
        .setOptions({ crossTenant: PUBLIC_VERIFICATION })
        .lean<Certificate[]>(),
      this.model.countDocuments(page.filter).setOptions({ crossTenant: PUBLIC_VERIFICATION }),
    ]);
  }

  /** Public verification by number: any CB's certificate, "not found" for an unknown number. */
  async getByNumber(number: string): Promise<Certificate> {
    const found = await this.model
      .findOne({ number })
      .setOptions({ crossTenant: PUBLIC_VERIFICATION })
      .lean<Certificate>();
    if (!found) throw DomainError.notFound(`certificate ${number}`);
    return found;
  }

  /** For "is this file genuine?": the certificate a printed file belongs to, whoever asks. */
  findById(certificateId: string): Promise<Certificate | null> {
    return this.model
      .findOne({ _id: certificateId })
      .setOptions({ crossTenant: PUBLIC_VERIFICATION })
      .lean<Certificate>();
  }

  findByCompany(company: { siren?: string; siret?: string }, schemeId: string): Promise<Certificate[]> {
    const filter: FilterQuery<Certificate> = company.siret
      ? // A SIRET names a certified site, or any establishment of a holder certified without a site list.
        {
          schemeId,
          $or: [
            { 'sites.siret': company.siret },
            { 'holder.siren': company.siret.slice(0, 9), sites: { $size: 0 } },
          ],
        }
      : { schemeId, 'holder.siren': company.siren };
    return this.model
      .find(filter)
      .sort({ validUntil: -1 })
      .limit(100)
      .setOptions({ crossTenant: PUBLIC_VERIFICATION })
      .lean<Certificate[]>();
  }

  private scope(reader: CertificateReader): FilterQuery<Certificate> {
    // Both: the guard sees the tenant, and a CB id can never match as an organisation id.
    return { tenantId: reader.tenantId, [reader.field]: reader.tenantId };
  }
}
