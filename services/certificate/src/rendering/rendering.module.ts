import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { CertificateConfig } from '../config';
import { PdfRenderer } from './pdf-renderer';
import { PdfSigner } from './pdf-signer';
import { CbSigningCertificates, signingAuthority } from './signing-identity';
import { CertificateTemplates } from './templates/certificate-templates';

const pdfSigner = {
  provide: PdfSigner,
  inject: [SERVICE_CONFIG],
  useFactory: (config: CertificateConfig) =>
    new PdfSigner(
      new CbSigningCertificates(
        signingAuthority(
          config.PDF_SIGNING_P12
            ? {
                der: Buffer.from(config.PDF_SIGNING_P12, 'base64'),
                passphrase: config.PDF_SIGNING_PASSPHRASE,
              }
            : undefined,
        ),
      ),
    ),
};

@Module({
  providers: [PdfRenderer, CertificateTemplates, pdfSigner],
  exports: [PdfRenderer, CertificateTemplates, PdfSigner],
})
export class RenderingModule {}
