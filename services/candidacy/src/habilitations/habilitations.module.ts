import { GetHabilitation } from './get-habilitation/get-habilitation.usecase';
import { ListHabilitations } from './list-habilitations/list-habilitations.usecase';
import { DecideHabilitation } from './decide-habilitation/decide-habilitation.usecase';
import { RequestHabilitation } from './request-habilitation/request-habilitation.usecase';
import { HabilitationsController } from './habilitations.controller';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { CandidacyModule } from '../candidacy/candidacy.module';
import { HabilitationLifecycle } from './habilitation-lifecycle';
import { HabilitationRepository } from './habilitation.repository';
import { HABILITATION_MODEL, HabilitationSchema } from './habilitation.schema';

/** Habilitations of establishments by certifiers; their events ride in each request's outbox. */
@Module({
  imports: [
    CandidacyModule,
    OutboxModule.forFeature([{ name: HABILITATION_MODEL, schema: HabilitationSchema }]),
  ],
  controllers: [HabilitationsController],
  providers: [
    HabilitationRepository,
    HabilitationLifecycle,
    GetHabilitation,
    ListHabilitations,
    DecideHabilitation,
    RequestHabilitation,
  ],
  // The news read by a certifier's establishments: the certifiers that habilitated the reader's.
  exports: [HabilitationRepository],
})
export class HabilitationsModule {}
