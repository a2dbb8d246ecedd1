import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { PartnerEnv } from './config';

void bootstrapService({ service: 'partner', env: PartnerEnv, module: (config) => AppModule.forRoot(config) });
