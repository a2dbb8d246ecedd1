import { handle, rpcHandlers } from '@certhub/platform';
import { CheckDocuments } from './check-documents/check-documents.usecase';
import { DeleteDocument } from './delete-document/delete-document.usecase';
import { ListDocuments } from './list-documents/list-documents.usecase';
import { ReadSpreadsheet } from './read-spreadsheet/read-spreadsheet.usecase';

/** Metadata over NATS; the bytes go through the internal HTTP routes of DocumentFilesController. */
export const DocumentsController = rpcHandlers(
  handle('document.documents.list', ListDocuments, 'list'),
  handle('document.documents.get', ListDocuments, 'get'),
  handle('document.documents.versions', ListDocuments, 'versions'),
  handle('document.documents.delete', DeleteDocument),
  handle('document.documents.check', CheckDocuments),
  handle('document.spreadsheets.read', ReadSpreadsheet),
);
