import { Module } from '@nestjs/common';
import { CandidacyModule } from '../candidacy/candidacy.module';
import { AbandonStaleCandidacies } from './abandon-stale-candidacies/abandon-stale-candidacies.usecase';

/** The automatic abandonment 5 years after the preliminary evaluation, as a scheduled job. */
@Module({
  imports: [CandidacyModule],
  providers: [AbandonStaleCandidacies],
})
export class AbandonmentModule {}
