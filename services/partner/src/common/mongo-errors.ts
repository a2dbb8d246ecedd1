/** MongoDB (and FerretDB) report a unique-index violation as code 11000. */
export const isDuplicateKey = (error: unknown): boolean =>
  (error as { code?: unknown } | undefined)?.code === 11000;
