import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import { AnalyticsController } from './analytics/analytics.controller';
import { AuditsController, DossierAuditsController } from './audits/audits.controller';
import { AuthGuard } from './auth/auth.guard';
import { CERTIFICATE_CONTROLLERS } from './certificates/certificates.controllers';
import type { GatewayEnv } from './config';
import { DOCUMENT_CONTROLLERS } from './documents/documents.controllers';
import { DossiersController } from './dossiers/dossiers.controller';
import { InternalProxy } from './http/internal-proxy';
import { OpenApiBuilder } from './http/openapi';
import { OpenApiController } from './http/openapi.controller';
import { PrincipalThrottlerGuard } from './http/principal-throttler.guard';
import { CertificationBodiesController } from './identity/certification-bodies.controller';
import { OrganisationsController } from './identity/organisations.controller';
import { RegistrationController } from './identity/registration.controller';
import { UsersController } from './identity/users.controller';
import { MeController } from './me/me.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { DossierFindingsController, FindingsController } from './findings/findings.controller';
import { PARTNER_CONTROLLERS } from './partners/partners.controllers';
import { ProblemFilter } from './problem/problem.filter';
import { QuestionnairesController } from './questionnaires/questionnaires.controller';
import { SchemesController } from './schemes/schemes.controller';

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
      controllers: [
        OpenApiController,
        MeController,
        RegistrationController,
        OrganisationsController,
        CertificationBodiesController,
        UsersController,
        AnalyticsController,
        NotificationsController,
        DossiersController,
        ...CERTIFICATE_CONTROLLERS,
        ...DOCUMENT_CONTROLLERS,
        ...PARTNER_CONTROLLERS,
        DossierAuditsController,
        AuditsController,
        DossierFindingsController,
        FindingsController,
        SchemesController,
        QuestionnairesController,
      ],
      providers: [
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
