import type { StoredDocument } from '../features/upload/transfer';

/**
 * The document a fake upload answers, as the document service would: its id names the context and
 * the file, so that a test reads where each file went from the calls that name it.
 */
export const storedDocument = async (file: File, contextId: string): Promise<StoredDocument> => ({
  documentId: `${contextId}/${file.name}`,
  name: file.name,
  size: file.size,
  contentType: file.type,
});
