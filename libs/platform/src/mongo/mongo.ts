import type { Connection } from 'mongoose';
import type { MongooseModuleOptions } from '@nestjs/mongoose';
import { tenantScopePlugin } from './tenant-scope';

/** One database per service (`<prefix>_<service>`). */
export function mongoDbName(prefix: string, service: string): string {
  return `${prefix}_${service}`.replace(/-/g, '_');
}

export function mongooseOptions(dbName: string): MongooseModuleOptions {
  return {
    dbName,
    // Fail fast instead of buffering forever when the database is away: a caller gets 503 with
    // Retry-After within 2 s (isStoreUnavailable), readiness reports it.
    bufferCommands: false,
    serverSelectionTimeoutMS: 2_000,
    heartbeatFrequencyMS: 2_000,
    autoIndex: true,
  };
}

/** A real round trip, so readiness turns false as soon as the server stops answering. */
export async function pingMongo(connection: Connection): Promise<void> {
  if (!connection.db) throw new Error('database not connected');
  await connection.db.admin().command({ ping: 1 });
}

export { tenantScopePlugin };
