import { Module } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { CandidacyLifecycle } from './candidacy-lifecycle';
import { CandidateRepository } from './candidate.repository';
import { CANDIDATE_MODEL, CandidateSchema } from './candidate.schema';
import { IdentityDirectory } from './identity-directory';

/** The candidacy aggregate and its store, shared by the features that act on it. */
@Module({
  imports: [OutboxModule.forFeature([{ name: CANDIDATE_MODEL, schema: CandidateSchema }])],
  providers: [CandidateRepository, CandidacyLifecycle, IdentityDirectory],
  exports: [CandidateRepository, CandidacyLifecycle, IdentityDirectory],
})
export class CandidacyModule {}
