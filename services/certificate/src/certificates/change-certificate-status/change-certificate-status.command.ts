import type { CertificateStatus } from '@certhub/contracts';
import type { CertificateStatusChange } from '../certificate-events';

export interface ChangeCertificateStatusCommand {
  change: CertificateStatusChange;
  to: CertificateStatus;
}
