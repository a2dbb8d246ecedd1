import { internalPath } from '../http/internal-proxy';
import { PDF } from '../http/media-types';
import { streamedFilesController } from '../http/streamed-files';

/**
 * A certificate's PDF, streamed from the certificate service, which decides access; anyone it
 * refuses gets 404. `internalPrefix` is the certificate service's route.
 */
function certificatePdfController(
  name: string,
  spec: { path: string; tag: string; internalPrefix: string; operationId: string; summary: string },
) {
  return streamedFilesController(name, spec.path, {
    pdf: {
      path: ':certificateId/pdf',
      doc: {
        operationId: spec.operationId,
        summary: spec.summary,
        tag: spec.tag,
        ok: { description: 'The signed PDF', content: { bytes: [PDF] } },
      },
      service: 'certificate',
      internal: ({ certificateId }) => `${spec.internalPrefix}${internalPath`/${certificateId}/pdf`}`,
    },
  });
}

/**
 * "Mon e-certificat" (docs/domain/organisation-certification.md#certificate): the PDF of a certificate
 * of the caller's organisation or CB (the list is a catalogue route): the holder's and its CB's users.
 */
export const CertificatesController = certificatePdfController('CertificatesController', {
  path: 'api/v1/certificates',
  tag: 'certificates',
  internalPrefix: '/internal/certificates',
  operationId: 'certificate.pdf.download',
  summary: 'The certificate as PDF (the holder’s and its CB’s users)',
});

/**
 * The individuals' line: the PDF of an individual certificate (the catalogue serves its record), for
 * the candidate's establishment, organisation and network and its certifier.
 */
export const IndividualCertificatesController = certificatePdfController('IndividualCertificatesController', {
  path: 'api/v1/individual-certificates',
  tag: 'individual certificates',
  internalPrefix: '/internal/certificates/individual',
  operationId: 'certificate.individual.pdf.download',
  summary: 'An individual certificate as PDF (the candidate’s training network and certifier)',
});
