import type { Connection, Query, Schema } from 'mongoose';
import type { MongooseModuleOptions } from '@nestjs/mongoose';
import { tenantScopePlugin } from './tenant-scope';

/** One database per service (`<prefix>_<service>`). */
export function mongoDbName(prefix: string, service: string): string {
  return `${prefix}_${service}`.replace(/-/g, '_');
}

export const DEFAULT_MONGO_TIMEOUT_MS = 8_000;

export function mongooseOptions(dbName: string, timeoutMs = DEFAULT_MONGO_TIMEOUT_MS): MongooseModuleOptions {
  return {
    dbName,
    // Fail fast instead of buffering forever when the database is away: a caller gets 503 with
    // Retry-After within 2 s (isStoreUnavailable), readiness reports it.
    bufferCommands: false,
    serverSelectionTimeoutMS: Math.min(2_000, timeoutMs),
    heartbeatFrequencyMS: 2_000,
    // A server that accepts but never answers (frozen, half-dead): without these a command waits
    // as long as the outage. The timeout surfaces as MongoNetworkTimeoutError, answered 503.
    connectTimeoutMS: timeoutMs,
    socketTimeoutMS: timeoutMs,
    autoIndex: true,
    connectionFactory: (connection: Connection) =>
      connection.plugin(queryTimeLimit(readTimeLimitMs(timeoutMs))),
  };
}

/**
 * The server-side limit of a read: below the socket timeout, so that the store itself stops a
 * query that would outlive its caller (a scan a missing index turned slow, a store under load)
 * instead of working on for nobody after the client has hung up.
 */
export const readTimeLimitMs = (timeoutMs: number): number => Math.max(50, Math.floor(timeoutMs * 0.75));

// Not `distinct`: FerretDB v1 refuses a maxTimeMS on it ("unknown field").
const READS: ('find' | 'findOne' | 'countDocuments')[] = ['find', 'findOne', 'countDocuments'];

/** Sets `maxTimeMS` on every read and aggregation that does not set its own. */
export function queryTimeLimit(ms: number): (schema: Schema) => void {
  return (schema) => {
    schema.pre(READS, function (this: Query<unknown, unknown>) {
      if (this.getOptions().maxTimeMS === undefined) this.maxTimeMS(ms);
    });
    schema.pre('aggregate', function () {
      if (this.options.maxTimeMS === undefined) this.option({ maxTimeMS: ms });
    });
  };
}

/** A real round trip, so readiness turns false as soon as the server stops answering. */
export async function pingMongo(connection: Connection): Promise<void> {
  if (!connection.db) throw new Error('database not connected');
  await connection.db.admin().command({ ping: 1 });
}

export { tenantScopePlugin };
