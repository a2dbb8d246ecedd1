/** Printed, retried (a delivery failed, another follows) or failed for good (recorded on the certificate). */
export const RENDERS_TOTAL = {
  name: 'certhub_certificate_renders_total',
  help: 'Certificate PDF renders by outcome: rendered, retried, failed (for good)',
  labels: ['outcome'] as const,
};
