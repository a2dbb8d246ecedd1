import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import { AnalyticsController } from './analytics/analytics.controller';
import { AuthGuard } from './auth/auth.guard';
import type { GatewayEnv } from './config';
import { MeController } from './me/me.controller';
import { ProblemFilter } from './problem/problem.filter';

@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof GatewayEnv>): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(platformOptionsFromEnv('gateway', config))],
      controllers: [MeController, AnalyticsController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
