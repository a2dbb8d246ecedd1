import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { FindingsModule } from '../findings/findings.module';
import { SchemesModule } from '../schemes/schemes.module';
import { CertificateIssuer } from './certificate-issuer';
import { CertificationController } from './certification.controller';
import { ChangeCertificateStatus } from './change-certificate-status';
import { DecideScopeChange } from './decide-scope-change/decide-scope-change.usecase';
import { ExpireCertificates } from './expire-certificates/expire-certificates.usecase';
import { OpenRenewal } from './open-renewal/open-renewal.usecase';
import { RenewalDocuments } from './renewal-documents/renewal-documents.usecase';
import { ReviewOnAppeal } from './review-on-appeal/review-on-appeal.usecase';
import { RequestScopeChange } from './request-scope-change/request-scope-change.usecase';

/** Certificate records and their life: status changes, scheduled expiry, renewal, scope changes. */
@Module({
  imports: [DossiersModule, EvidenceModule, SchemesModule, FindingsModule],
  controllers: [CertificationController],
  providers: [
    CertificateIssuer,
    ChangeCertificateStatus,
    ExpireCertificates,
    OpenRenewal,
    RenewalDocuments,
    RequestScopeChange,
    DecideScopeChange,
    ReviewOnAppeal,
  ],
  exports: [CertificateIssuer],
})
export class CertificationModule {}
