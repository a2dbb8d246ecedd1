import { handle, rpcHandlers } from '@certhub/platform';
import { AbortUpload } from './abort-upload/abort-upload.usecase';
import { CompleteUpload } from './complete-upload/complete-upload.usecase';
import { CreateUpload } from './create-upload/create-upload.usecase';

/** Resumable uploads' metadata over NATS; the parts' bytes go through UploadPartsController. */
export const UploadsController = rpcHandlers(
  handle('document.uploads.create', CreateUpload),
  handle('document.uploads.get', AbortUpload, 'get'),
  handle('document.uploads.complete', CompleteUpload),
  handle('document.uploads.abort', AbortUpload),
);
