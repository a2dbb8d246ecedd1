import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { AnalyticsEnv } from './config';

void bootstrapService({
  service: 'analytics',
  env: AnalyticsEnv,
  module: (config) => AppModule.forRoot(config),
});
