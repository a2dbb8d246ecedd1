import { CertificatesController } from './certificates.controller';
import { PublicCertificatesController } from './public-certificates.controller';

/** The certificate routes, registered in the app module's controllers as one entry. */
export const CERTIFICATE_CONTROLLERS = [CertificatesController, PublicCertificatesController];
