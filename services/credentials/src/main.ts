import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { CredentialsEnv } from './config';

void bootstrapService({
  service: 'credentials',
  env: CredentialsEnv,
  module: (config) => AppModule.forRoot(config),
});
