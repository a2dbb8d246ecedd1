import { handle, rpcHandlers } from '@certhub/platform';
import { VerifyCertificateNumber } from './verify-number/verify-certificate-number.usecase';
import { VerifyCompanyCertificates } from './verify-company/verify-company-certificates.usecase';
import { VerifyPdfHash } from './verify-hash/verify-pdf-hash.usecase';
import { SearchRegistry } from './search-registry/search-registry.usecase';

/** Public verification: no principal is needed, and nothing personal is answered. */
export const VerificationController = rpcHandlers(
  handle('certificate.verify.number', VerifyCertificateNumber),
  handle('certificate.verify.company', VerifyCompanyCertificates),
  handle('certificate.verify.hash', VerifyPdfHash),
  handle('certificate.registry.search', SearchRegistry),
);
