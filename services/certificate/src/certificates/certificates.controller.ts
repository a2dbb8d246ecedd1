import { handle, rpcHandlers } from '@certhub/platform';
import { ListCertificates } from './list-certificates/list-certificates.usecase';

export const CertificatesController = rpcHandlers(handle('certificate.list', ListCertificates));
