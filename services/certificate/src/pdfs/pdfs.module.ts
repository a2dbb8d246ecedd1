import { Module, OnModuleInit } from '@nestjs/common';
import { InjectModel, MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@certhub/platform';
import type { Model } from 'mongoose';
import { RenderingModule } from '../rendering/rendering.module';
import { CertificatePdfs, CertificatePdfsSchema } from './certificate-pdfs.schema';
import { CertificatePdfsRepository } from './certificate-pdfs.repository';
import { RecordRenderFailure } from './record-render-failure/record-render-failure.usecase';
import { RenderCertificate } from './render-certificate/render-certificate.usecase';
import { RenderEventsConsumer } from './render-events.consumer';

/** Printing: issued and renewed certificates become PDFs in the object store. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: CertificatePdfs.name, schema: CertificatePdfsSchema }]),
    RenderingModule,
  ],
  providers: [CertificatePdfsRepository, RenderCertificate, RecordRenderFailure, RenderEventsConsumer],
  exports: [CertificatePdfsRepository],
})
export class PdfsModule implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    @InjectModel(CertificatePdfs.name) private readonly model: Model<CertificatePdfs>,
  ) {}

  onModuleInit(): void {
    // `rendered` events wait in the PDFs' outbox until the relay publishes them.
    this.relay.watch(this.model);
  }
}
