/** MongoDB (and FerretDB) report a unique-index violation as code 11000. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 11000;
}
