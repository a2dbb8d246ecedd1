import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { StatusPurpose } from '@certhub/contracts';
import { isDuplicateKeyError } from '@certhub/platform';
import type { Model } from 'mongoose';
import { Credential } from './credential.schema';

const FROM_EVENTS = 'the dossier service’s events name the certificate and both its tenants';
const PUBLIC_LIST = 'a status list is public by design: it carries bits, not holders';
const FLAG: Record<StatusPurpose, 'revoked' | 'suspended'> = {
  revocation: 'revoked',
  suspension: 'suspended',
};

export type NewCredential = Pick<
  Credential,
  '_id' | 'tenantId' | 'cbId' | 'number' | 'statusIndex' | 'jwt' | 'issuedAt'
>;

@Injectable()
export class CredentialsRepository {
  constructor(@InjectModel(Credential.name) private readonly model: Model<Credential>) {}

  exists(certificateId: string): Promise<boolean> {
    return this.model.exists({ _id: certificateId }).setOptions({ crossTenant: FROM_EVENTS }).then(Boolean);
  }

  /** 'index-taken': draw another index; 'exists': this certificate already has its credential. */
  async insert(credential: NewCredential): Promise<'inserted' | 'index-taken' | 'exists'> {
    try {
      await this.model.create(credential);
      return 'inserted';
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return (await this.exists(credential._id)) ? 'exists' : 'index-taken';
    }
  }

  findForPlatform(certificateId: string): Promise<Credential | null> {
    return this.model
      .findOne({ _id: certificateId })
      .setOptions({ crossTenant: 'the platform prints the credential into the certificate’s PDF' })
      .lean<Credential>()
      .exec();
  }

  /** The newest credential of a number (numbers are unique per CB, which prefixes them). */
  findByNumber(number: string): Promise<Credential | null> {
    return this.model
      .findOne({ number })
      .sort({ issuedAt: -1 })
      .setOptions({ crossTenant: 'public verification by the number printed on the certificate' })
      .lean<Credential>()
      .exec();
  }

  findForTenant(certificateId: string, tenantId: string): Promise<Credential | null> {
    return this.model.findOne({ _id: certificateId, tenantId }).lean<Credential>().exec();
  }

  /**
   * Sets or clears a purpose's flag unless a newer event was applied already; the CB when the
   * credential exists (and so which list changed), null when this certhub never issued one.
   */
  async setFlag(
    certificateId: string,
    purpose: StatusPurpose,
    value: boolean,
    at: Date,
  ): Promise<string | null> {
    const filter = {
      _id: certificateId,
      $or: [{ statusChangedAt: { $exists: false } }, { statusChangedAt: { $lte: at } }],
    };
    const updated = await this.model
      .findOneAndUpdate(filter, { $set: { [FLAG[purpose]]: value, statusChangedAt: at } }, { new: true })
      .setOptions({ crossTenant: FROM_EVENTS })
      .lean<Credential>()
      .exec();
    return updated?.cbId ?? null;
  }

  /** The indexes whose bit is set in a CB's list of this purpose. */
  async setIndexes(cbId: string, purpose: StatusPurpose): Promise<number[]> {
    const rows = await this.model
      .find({ cbId, [FLAG[purpose]]: true }, { statusIndex: 1, _id: 0 })
      .setOptions({ crossTenant: PUBLIC_LIST })
      .lean<Pick<Credential, 'statusIndex'>[]>()
      .exec();
    return rows.map((row) => row.statusIndex);
  }
}
