import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { DocumentEnv } from './config';

void bootstrapService({
  service: 'document',
  env: DocumentEnv,
  module: (config) => AppModule.forRoot(config),
});
