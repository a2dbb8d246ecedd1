import type { CertificateData } from '@certhub/contracts';

export interface RenderCertificateCommand {
  data: CertificateData;
  /** The issued/renewed event being applied: one printed version per event, however often delivered. */
  eventId: string;
}
