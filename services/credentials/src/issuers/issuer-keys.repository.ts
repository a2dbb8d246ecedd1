import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { isDuplicateKeyError } from '@certhub/platform';
import type { Model } from 'mongoose';
import { IssuerKms } from '../kms/issuer-kms';
import { IssuerKey } from './issuer-key.schema';

/** The author of the keys no one asked for by hand: a CB's first, at its creation or first signature. */
export const SYSTEM = 'system';

@Injectable()
export class IssuerKeysRepository {
  constructor(
    @InjectModel(IssuerKey.name) private readonly model: Model<IssuerKey>,
    private readonly kms: IssuerKms,
  ) {}

  /** Every key of a CB, oldest first. */
  all(cbId: string): Promise<IssuerKey[]> {
    return this.model.find({ tenantId: cbId }).sort({ generation: 1 }).lean<IssuerKey[]>().exec();
  }

  async current(cbId: string): Promise<IssuerKey | null> {
    return this.model.findOne({ tenantId: cbId }).sort({ generation: -1 }).lean<IssuerKey>().exec();
  }

  /** The signing key, created on first use (a CB needs no setup step before its first credential). */
  async currentOrCreate(cbId: string): Promise<IssuerKey> {
    return (await this.current(cbId)) ?? (await this.create(cbId, 1, SYSTEM)) ?? (await this.current(cbId))!;
  }

  /**
   * Adds generation `generation`; null when another replica (or rotation) created it first, whose
   * key then wins: the one this call made is dropped before it ever signed. `events` are written
   * with the key, in its outbox: no rotation goes unannounced, none is announced that did not happen.
   */
  async create(
    cbId: string,
    generation: number,
    createdBy: string,
    events: (key: IssuerKey) => CloudEvent[] = () => [],
  ): Promise<IssuerKey | null> {
    const { keyRef, publicJwk } = await this.kms.createKey();
    const key: IssuerKey = {
      _id: `${cbId}:${generation}`,
      tenantId: cbId,
      generation,
      keyRef,
      publicJwk,
      createdAt: new Date(),
      createdBy,
    };
    try {
      await this.model.create({ ...key, outbox: events(key) });
      return key;
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }
}
