import 'reflect-metadata';
import { bootstrapService } from '@certhub/platform';
import { AppModule } from './app.module';
import { DossierEnv } from './config';

void bootstrapService({ service: 'dossier', env: DossierEnv, module: (config) => AppModule.forRoot(config) });
