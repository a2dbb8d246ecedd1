import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Principal, RpcErrorBody } from '@certhub/contracts';
import { createHash } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { connectionModel } from '../mongo/connection-model';

interface IdempotencyRecord {
  _id: string;
  requestHash: string;
  state: 'running' | 'done';
  response?: unknown;
  error?: RpcErrorBody;
  createdAt: Date;
}

const IdempotencyRecordSchema = new Schema<IdempotencyRecord>(
  {
    _id: { type: String, required: true },
    requestHash: { type: String, required: true },
    state: { type: String, required: true },
    response: Schema.Types.Mixed,
    error: Schema.Types.Mixed,
    createdAt: { type: Date, required: true },
  },
  { collection: 'idempotency_keys', versionKey: false },
);
// A key answers repeats for a day, then may be used again (the IETF draft leaves the period to the server).
IdempotencyRecordSchema.index({ createdAt: 1 }, { expireAfterSeconds: 24 * 3600 });

export type IdempotentStart =
  | { kind: 'first' }
  | { kind: 'replay'; response?: unknown; error?: RpcErrorBody }
  | { kind: 'other_request' }
  | { kind: 'running' };

/**
 * The answers of commands sent with an Idempotency-Key, per caller and subject, kept where the
 * command runs: a client retrying after a timeout gets the answer of the command that went through
 * meanwhile instead of running it twice.
 */
@Injectable()
export class IdempotencyStore {
  private readonly model: Model<IdempotencyRecord>;

  constructor(@InjectConnection() connection: Connection) {
    this.model = connectionModel(connection, 'IdempotencyRecord', IdempotencyRecordSchema);
  }

  static keyOf(subject: string, principal: Principal | undefined, key: string): string {
    const who = principal ? `${principal.tenantType}:${principal.tenantId}:${principal.userId}` : '-';
    return createHash('sha256').update(`${subject}\n${who}\n${key}`).digest('hex');
  }

  static hashOf(payload: unknown): string {
    return createHash('sha256')
      .update(JSON.stringify(payload ?? null))
      .digest('hex');
  }

  /** Claims the key for this request (unique _id: one claimer wins), or says what it already holds. */
  async start(id: string, requestHash: string): Promise<IdempotentStart> {
    try {
      await this.model.create({ _id: id, requestHash, state: 'running', createdAt: new Date() });
      return { kind: 'first' };
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
    const found = await this.model.findById(id).lean<IdempotencyRecord>();
    if (!found) return this.start(id, requestHash); // expired in between
    if (found.requestHash !== requestHash) return { kind: 'other_request' };
    if (found.state === 'running') return { kind: 'running' };
    return { kind: 'replay', response: found.response, ...(found.error ? { error: found.error } : {}) };
  }

  async finish(id: string, outcome: { response?: unknown; error?: RpcErrorBody }): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { state: 'done', ...outcome } });
  }

  /** An unexpected failure: the key is freed so that a retry runs the command again. */
  async release(id: string): Promise<void> {
    await this.model.deleteOne({ _id: id, state: 'running' });
  }
}
