import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { VerificationController } from './verification.controller';
import { VerifyCertificateNumber } from './verify-number/verify-certificate-number.usecase';
import { VerifyCompanyCertificates } from './verify-company/verify-company-certificates.usecase';
import { VerifyPdfHash } from './verify-hash/verify-pdf-hash.usecase';
import { SearchRegistry } from './search-registry/search-registry.usecase';

@Module({
  imports: [CertificatesModule],
  controllers: [VerificationController],
  providers: [VerifyCertificateNumber, VerifyCompanyCertificates, VerifyPdfHash, SearchRegistry],
})
export class VerificationModule {}
