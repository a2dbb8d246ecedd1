import { DomainError } from '../errors/domain-error';

/**
 * Errors by which the MongoDB driver (and mongoose) say the store cannot be reached right now, as
 * opposed to a refused or invalid operation: selection timed out, connection lost or not yet
 * made, pool cleared. They answer 503 with Retry-After, never 500.
 */
const UNAVAILABLE = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  // In-use connections interrupted when the monitor finds the server silent (a frozen store).
  'PoolClearedOnNetworkError',
]);

export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (UNAVAILABLE.has(error.name)) return true;
  // MaxTimeMSExpired: the store stopped a read at its time limit (mongo.ts), too busy to answer now.
  if ((error as { code?: unknown }).code === 50) return true;
  // mongoose with bufferCommands: false, before the first connection or after losing it
  return error.name === 'MongooseError' && /before initial connection|not connected/i.test(error.message);
}

/**
 * The store's unavailability as callers see it (for routes outside the RPC layer, which maps it
 * itself): 503 dependency_unavailable, the driver's error (an internal address) kept as the cause
 * for the log. Other errors pass unchanged.
 */
export function storeFailure(error: unknown): unknown {
  if (!isStoreUnavailable(error)) return error;
  return Object.assign(
    new DomainError('dependency_unavailable', 'the database is unavailable: try again in a moment'),
    { cause: error },
  );
}

/** MongoDB (and FerretDB) report a unique-index violation as code 11000. */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 11000;
}
