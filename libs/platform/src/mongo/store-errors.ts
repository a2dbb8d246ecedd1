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
  // mongoose with bufferCommands: false, before the first connection or after losing it
  return error.name === 'MongooseError' && /before initial connection|not connected/i.test(error.message);
}
