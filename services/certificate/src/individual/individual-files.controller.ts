import { pdfFilesController } from '../certificates/serve-pdf';
import { DownloadIndividualPdf } from './download-individual-pdf/download-individual-pdf.usecase';

/** An individual certificate's PDF, proxied by the gateway like the organisations'. */
export const IndividualFilesController = pdfFilesController(
  'IndividualFilesController',
  'internal/certificates/individual',
  DownloadIndividualPdf,
);
