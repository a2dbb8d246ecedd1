import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import { AnalyticsController, CandidacyStatsController } from './analytics/analytics.controller';
import {
  CandidacyFilesController,
  CandidacyMatrixImportController,
} from './candidacy/candidacy-files.controller';
import { ComplaintUploadsController } from './complaints/complaint-uploads.controller';
import { ComplaintsRegisterController } from './complaints/complaints-register.controller';
import { ActiveUsers } from './auth/active-users';
import { AuthGuard } from './auth/auth.guard';
import {
  CertificatesController,
  IndividualCertificatesController,
} from './certificates/certificates.controller';
import { PublicCertificatesController } from './certificates/public-certificates.controller';
import {
  CredentialFilesController,
  IndividualCredentialFilesController,
} from './credentials/credential-files.controller';
import { IssuerDocumentsController } from './credentials/issuer-documents.controller';
import type { GatewayEnv } from './config';
import { DocumentFilesController } from './documents/document-files.controller';
import { ApiRoutes } from './http/api-routes';
import { catalogueController } from './http/catalogue.controller';
import { InternalProxy } from './http/internal-proxy';
import { OpenApiBuilder } from './http/openapi';
import { OpenApiController } from './http/openapi.controller';
import { PrincipalThrottlerGuard } from './http/principal-throttler.guard';
import { MeController } from './me/me.controller';
import { AsyncApiController } from './partners/asyncapi.controller';
import { PartnerEventStreamController } from './partners/partner-event-stream.controller';
import { ProblemFilter } from './problem/problem.filter';
import { QuestionnairesController } from './questionnaires/questionnaires.controller';

@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof GatewayEnv>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(platformOptionsFromEnv('gateway', config)),
        DiscoveryModule,
        ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }]),
      ],
      // The hand-written routes (streams, uploads, exports, documents) first; then every catalogue
      // route, in an order where static segments win over parameters.
      controllers: [
        OpenApiController,
        MeController,
        AnalyticsController,
        CandidacyStatsController,
        ComplaintsRegisterController,
        ComplaintUploadsController,
        CandidacyFilesController,
        CandidacyMatrixImportController,
        CertificatesController,
        IndividualCertificatesController,
        PublicCertificatesController,
        CredentialFilesController,
        IndividualCredentialFilesController,
        IssuerDocumentsController,
        DocumentFilesController,
        AsyncApiController,
        PartnerEventStreamController,
        QuestionnairesController,
        catalogueController(),
      ],
      providers: [
        ActiveUsers,
        ApiRoutes,
        OpenApiBuilder,
        InternalProxy,
        // Order matters: authenticate first, so the throttler can count per principal.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: PrincipalThrottlerGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
