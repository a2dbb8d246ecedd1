import { DomainError } from '@certhub/platform';
import type { DocumentRecord } from '../document.schema';

export const DUPLICATE_KEY = 11000;

export const isDuplicateKey = (error: unknown) => (error as { code?: unknown }).code === DUPLICATE_KEY;

export const tooLarge = (maxBytes: number) =>
  new DomainError('payload_too_large', `the file is larger than ${maxBytes} bytes`, { maxBytes });

export const full = (maxCount: number) =>
  DomainError.conflict(
    `this context already holds its maximum of ${maxCount} document(s): delete or replace one`,
    { maxCount },
  );

/**
 * "Upload each document only once" (docs/domain/schemes.md#document-rules): the same bytes twice in a context
 * is a conflict.
 */
export function duplicate(existing: DocumentRecord, replacingId?: string): DomainError {
  const name = existing.versions.find((v) => v.version === existing.version)?.name ?? existing._id;
  return DomainError.conflict(
    existing._id === replacingId
      ? `the file is identical to the current version of “${name}”`
      : `the same file was already uploaded here as “${name}” (document ${existing._id})`,
    { existingDocumentId: existing._id, name },
  );
}
