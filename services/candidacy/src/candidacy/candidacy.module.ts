import { Module } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { CandidacyLifecycle } from './candidacy-lifecycle';
import { CandidacyStanding } from './candidacy-standing';
import { CandidateFiles } from './candidate-files';
import { CandidateRepository } from './candidate.repository';
import { CANDIDATE_MODEL, CandidateSchema } from './candidate.schema';
import { EstablishmentActivationConsumer } from './establishment-activation.consumer';
import { IdentityDirectory } from './identity-directory';

/** The candidacy aggregate and its store, shared by the features that act on it. */
@Module({
  imports: [OutboxModule.forFeature([{ name: CANDIDATE_MODEL, schema: CandidateSchema }])],
  providers: [
    CandidateRepository,
    CandidacyLifecycle,
    CandidacyStanding,
    IdentityDirectory,
    CandidateFiles,
    EstablishmentActivationConsumer,
  ],
  exports: [CandidateRepository, CandidacyLifecycle, IdentityDirectory, CandidateFiles],
})
export class CandidacyModule {}
