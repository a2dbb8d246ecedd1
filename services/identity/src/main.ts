import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { IdentityEnv } from './config';

void bootstrapService({
  service: 'identity',
  env: IdentityEnv,
  module: (config) => AppModule.forRoot(config),
});
