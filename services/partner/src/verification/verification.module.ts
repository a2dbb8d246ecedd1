import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { PartnersModule } from '../partners/partners.module';
import { CertificateEventsConsumer } from './certificate-events.consumer';
import { IndexedCertificateRepository } from './indexed-certificate.repository';
import { IndexedCertificate, IndexedCertificateSchema } from './indexed-certificate.schema';
import { VerificationController } from './verification.controller';
import { VerifySirets } from './verify-sirets/verify-sirets.usecase';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: IndexedCertificate.name, schema: IndexedCertificateSchema }]),
    PartnersModule,
  ],
  controllers: [VerificationController],
  providers: [IndexedCertificateRepository, CertificateEventsConsumer, VerifySirets],
})
export class VerificationModule {}
