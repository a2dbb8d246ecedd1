import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { ComplaintsEnv } from './config';

void bootstrapService({
  service: 'complaints',
  env: ComplaintsEnv,
  module: (config) => AppModule.forRoot(config),
});
