import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { GatewayEnv } from './config';

void bootstrapService({
  service: 'gateway',
  env: GatewayEnv,
  module: (config) => AppModule.forRoot(config),
  configure: (app, config) => {
    (app as NestExpressApplication).useBodyParser('json', { limit: config.BODY_LIMIT });
  },
});
