import type { CertificateData } from '@certhub/contracts';

export interface RecordRenderFailureCommand {
  data: CertificateData;
  /** Delivery number of the event whose render failed (1 for the first). */
  attempt: number;
  error: unknown;
}
