import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { handle, rpcHandlers } from '@certhub/platform';
import { CertificateLayoutRecord, CertificateLayoutSchema } from './certificate-layout.schema';
import { CertificateLayoutsRepository } from './certificate-layouts.repository';
import { GetCertificateLayout } from './get-certificate-layout/get-certificate-layout.usecase';
import { SetCertificateLayout } from './set-certificate-layout/set-certificate-layout.usecase';

const LayoutsController = rpcHandlers(
  handle('certificate.layout.get', GetCertificateLayout),
  handle('certificate.layout.put', SetCertificateLayout),
);

/** Each CB's logo and signatory, which the PDFs print. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: CertificateLayoutRecord.name, schema: CertificateLayoutSchema }]),
  ],
  controllers: [LayoutsController],
  providers: [CertificateLayoutsRepository, GetCertificateLayout, SetCertificateLayout],
  exports: [CertificateLayoutsRepository],
})
export class LayoutsModule {}
