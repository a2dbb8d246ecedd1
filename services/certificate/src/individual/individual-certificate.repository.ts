import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { DomainError, pushEvents } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder } from 'mongoose';
import type { IndividualReader } from './individual-access';
import { IndividualCertificateRecord, type IndividualPdf } from './individual-certificate.schema';

const PUBLIC_VERIFICATION = 'public verification answers anyone holding a certificate number, by design';
const FROM_EVENTS = 'the candidacy’s decision event names the certificate and all its tenants';
const DUPLICATE_KEY = 11000;

type Record_ = IndividualCertificateRecord;
export type NewIndividualCertificate = Omit<Record_, 'outbox' | 'status' | 'withdrawal' | 'pdf'>;

export interface PageRequest {
  filter: FilterQuery<Record_>;
  sort: Record<string, SortOrder>;
  skip: number;
  limit: number;
}

/**
 * The individual certificates. Tenant reads go through an IndividualReader (a caller's filter
 * narrows it, never widens it); the cross-tenant reads are public verification and the issuing
 * consumer, each saying why.
 */
@Injectable()
export class IndividualCertificateRepository {
  constructor(@InjectModel(IndividualCertificateRecord.name) private readonly model: Model<Record_>) {}

  /**
   * Records the certificate with its `individual_issued` event in one write, or answers the one a
   * previous delivery recorded: a redelivered decision issues nothing twice.
   */
  async issue(certificate: NewIndividualCertificate, issued: CloudEvent): Promise<Record_> {
    try {
      const created = await this.model.create({ ...certificate, status: 'valid', outbox: [issued] });
      return created.toObject<Record_>();
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
      const existing = await this.model
        .findOne({ candidacyId: certificate.candidacyId })
        .setOptions({ crossTenant: FROM_EVENTS })
        .lean<Record_>();
      if (!existing) throw error;
      return existing;
    }
  }

  async setPdf(certificate: Pick<Record_, '_id' | 'cbId'>, pdf: IndividualPdf): Promise<void> {
    await this.model.updateOne({ _id: certificate._id, tenantId: certificate.cbId }, { $set: { pdf } });
  }

  /**
   * Withdraws a valid certificate with its event in the same write. Answers what stood in the way
   * otherwise: nothing in the scope, or a certificate no longer valid (also when withdrawn meanwhile).
   */
  async withdraw(
    scope: FilterQuery<Record_>,
    certificateId: string,
    withdrawal: NonNullable<Record_['withdrawal']>,
    event: (c: Record_) => CloudEvent,
  ): Promise<{ outcome: 'withdrawn' | 'not_valid'; certificate: Record_ } | { outcome: 'not_found' }> {
    const current = await this.model.findOne({ $and: [scope, { _id: certificateId }] }).lean<Record_>();
    if (!current) return { outcome: 'not_found' };
    if (current.status !== 'valid') return { outcome: 'not_valid', certificate: current };
    const after = await this.model
      .findOneAndUpdate(
        { $and: [scope, { _id: certificateId, status: 'valid' }] },
        { $set: { status: 'withdrawn', withdrawal }, ...pushEvents(event(current)) },
        { new: true },
      )
      .lean<Record_>();
    return after
      ? { outcome: 'withdrawn', certificate: after }
      : { outcome: 'not_valid', certificate: current };
  }

  /** The certificate if the reader's perimeter holds it; "not found" otherwise, like a missing one. */
  async getForReader(reader: IndividualReader, certificateId: string): Promise<Record_> {
    const found = await this.scoped(reader, { _id: certificateId }, (filter) =>
      this.model.findOne(filter),
    ).lean<Record_>();
    if (!found) throw DomainError.notFound(`individual certificate ${certificateId}`);
    return found;
  }

  async pageForReader(reader: IndividualReader, page: PageRequest): Promise<[Record_[], number]> {
    return Promise.all([
      this.scoped(reader, page.filter, (filter) =>
        this.model.find(filter).sort(page.sort).skip(page.skip).limit(page.limit),
      ).lean<Record_[]>(),
      this.scoped(reader, page.filter, (filter) => this.model.countDocuments(filter)),
    ]);
  }

  /** Public verification by number, "not found" for an unknown one. */
  async getByNumber(number: string): Promise<Record_> {
    const found = await this.model
      .findOne({ number })
      .setOptions({ crossTenant: PUBLIC_VERIFICATION })
      .lean<Record_>();
    if (!found) throw DomainError.notFound(`individual certificate ${number}`);
    return found;
  }

  private scoped<Q extends { setOptions(o: object): Q }>(
    reader: IndividualReader,
    filter: FilterQuery<Record_>,
    query: (filter: FilterQuery<Record_>) => Q,
  ): Q {
    if (reader.kind === 'platform')
      return query(filter).setOptions({ crossTenant: 'platform staff supervise every certificate' });
    return query(Object.keys(filter).length ? { $and: [reader.filter, filter] } : reader.filter);
  }
}
