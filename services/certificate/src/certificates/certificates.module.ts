import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { PdfsModule } from '../pdfs/pdfs.module';
import { CertificateEventsConsumer } from './certificate-events.consumer';
import { CertificateFilesController } from './certificate-files.controller';
import { Certificate, CertificateSchema } from './certificate.schema';
import { CertificateRepository } from './certificate.repository';
import { CertificatesController } from './certificates.controller';
import { ChangeCertificateStatus } from './change-certificate-status/change-certificate-status.usecase';
import { DownloadCertificatePdf } from './download-certificate-pdf/download-certificate-pdf.usecase';
import { ListCertificates } from './list-certificates/list-certificates.usecase';
import { RecordCertificate } from './record-certificate/record-certificate.usecase';

/** The certificate index (verification, lists) and the download of its PDFs. */
@Module({
  imports: [MongooseModule.forFeature([{ name: Certificate.name, schema: CertificateSchema }]), PdfsModule],
  controllers: [CertificatesController, CertificateFilesController],
  providers: [
    CertificateRepository,
    RecordCertificate,
    ChangeCertificateStatus,
    ListCertificates,
    DownloadCertificatePdf,
    CertificateEventsConsumer,
  ],
  exports: [CertificateRepository, PdfsModule],
})
export class CertificatesModule {}
