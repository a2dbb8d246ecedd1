import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRoot } from '@certhub/platform';
import type { z } from 'zod';
import { AbandonmentModule } from './abandonment/abandonment.module';
import { CandidatesModule } from './candidates/candidates.module';
import type { CandidacyEnv } from './config';
import { CertificationModule } from './certification/certification.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { ExchangesModule } from './exchanges/exchanges.module';
import { FilesModule } from './files/files.module';
import { FrameworkModule } from './framework/framework.module';
import { HabilitationsModule } from './habilitations/habilitations.module';
import { JuriesModule } from './juries/juries.module';
import { NewsModule } from './news/news.module';
import { TrainingsModule } from './trainings/trainings.module';
import { TransfersModule } from './transfers/transfers.module';

/** The individuals' certification line: habilitations of training establishments, candidates and their candidacies. */
@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof CandidacyEnv>): DynamicModule {
    return serviceRoot(AppModule, 'candidacy', config, [
      CandidatesModule,
      FrameworkModule,
      HabilitationsModule,
      TransfersModule,
      EvaluationsModule,
      TrainingsModule,
      CertificationModule,
      JuriesModule,
      AbandonmentModule,
      FilesModule,
      ExchangesModule,
      NewsModule,
    ]);
  }
}
