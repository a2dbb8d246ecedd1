import { DocumentFilesController } from './document-files.controller';
import { DocumentsController } from './documents.controller';

/** The document routes, registered in the app module's controllers as one entry. */
export const DOCUMENT_CONTROLLERS = [DocumentsController, DocumentFilesController];
