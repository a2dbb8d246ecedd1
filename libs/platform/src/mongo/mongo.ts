import type { Connection } from 'mongoose';
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
  };
}

/** A real round trip, so readiness turns false as soon as the server stops answering. */
export async function pingMongo(connection: Connection): Promise<void> {
  if (!connection.db) throw new Error('database not connected');
  await connection.db.admin().command({ ping: 1 });
}

export { tenantScopePlugin };
