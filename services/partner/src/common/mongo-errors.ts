const DUPLICATE_KEY = 11000;

interface WriteErrorLike {
  code?: unknown;
  /** mongoose 8's unordered insertMany copies the driver's WriteError into `{err, index}`: the code is inside. */
  err?: { code?: unknown };
}

/** MongoDB (and FerretDB) report a unique-index violation as code 11000. */
export const isDuplicateKey = (error: unknown): boolean => {
  const e = error as WriteErrorLike | undefined;
  return e?.code === DUPLICATE_KEY || e?.err?.code === DUPLICATE_KEY;
};

/** Every write of an unordered insert that failed did so because the document is already there. */
export function onlyDuplicateKeys(error: unknown): boolean {
  const writeErrors = (error as { writeErrors?: unknown } | undefined)?.writeErrors;
  if (Array.isArray(writeErrors) && writeErrors.length > 0) return writeErrors.every(isDuplicateKey);
  return isDuplicateKey(error);
}
