import { Module } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { LayoutsModule } from '../layouts/layouts.module';
import { RenderingModule } from '../rendering/rendering.module';
import { CertificatePdfs, CertificatePdfsSchema } from './certificate-pdfs.schema';
import { CertificatePdfsRepository } from './certificate-pdfs.repository';
import { CredentialAttachment } from './credential-attachment';
import { RecordRenderFailure } from './record-render-failure/record-render-failure.usecase';
import { RenderCertificate } from './render-certificate/render-certificate.usecase';
import { RenderEventsConsumer } from './render-events.consumer';

/**
 * Printing: issued and renewed certificates become PDFs in the object store; `rendered` events wait
 * in the PDFs' outbox until the relay publishes them.
 */
@Module({
  imports: [
    OutboxModule.forFeature([{ name: CertificatePdfs.name, schema: CertificatePdfsSchema }]),
    RenderingModule,
    LayoutsModule,
  ],
  providers: [
    CertificatePdfsRepository,
    CredentialAttachment,
    RenderCertificate,
    RecordRenderFailure,
    RenderEventsConsumer,
  ],
  exports: [CertificatePdfsRepository],
})
export class PdfsModule {}
