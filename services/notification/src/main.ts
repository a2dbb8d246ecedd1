import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { NotificationEnv } from './config';

void bootstrapService({
  service: 'notification',
  env: NotificationEnv,
  module: (config) => AppModule.forRoot(config),
});
