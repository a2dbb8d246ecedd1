import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { CertificateEnv } from './config';

void bootstrapService({
  service: 'certificate',
  env: CertificateEnv,
  module: (config) => AppModule.forRoot(config),
});
