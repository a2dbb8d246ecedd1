import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { CandidacyEnv } from './config';

void bootstrapService({
  service: 'candidacy',
  env: CandidacyEnv,
  module: (config) => AppModule.forRoot(config),
});
