import { DownloadCertificatePdf } from './download-certificate-pdf/download-certificate-pdf.usecase';
import { pdfFilesController } from './serve-pdf';

/** An organisation's certificate PDF, for its holder's and its CB's users. */
export const CertificateFilesController = pdfFilesController(
  'CertificateFilesController',
  'internal/certificates',
  DownloadCertificatePdf,
);
