import { Module } from '@nestjs/common';
import { PdfRenderer } from './pdf-renderer';
import { CertificateTemplates } from './templates/certificate-templates';

@Module({ providers: [PdfRenderer, CertificateTemplates], exports: [PdfRenderer, CertificateTemplates] })
export class RenderingModule {}
