import { GetCandidateTrail } from './get-candidate-trail/get-candidate-trail.usecase';
import { ReinstateCandidacy } from './reinstate-candidacy/reinstate-candidacy.usecase';
import { AbandonCandidacy } from './abandon-candidacy/abandon-candidacy.usecase';
import { DeleteCandidate } from './delete-candidate/delete-candidate.usecase';
import { SetCandidateActive } from './set-candidate-active/set-candidate-active.usecase';
import { UpdateCandidate } from './update-candidate/update-candidate.usecase';
import { SearchCandidates } from './search-candidates/search-candidates.usecase';
import { ListCandidates } from './list-candidates/list-candidates.usecase';
import { GetCandidate } from './get-candidate/get-candidate.usecase';
import { CreateCandidate } from './create-candidate/create-candidate.usecase';
import { CandidatesController } from './candidates.controller';
import { Module } from '@nestjs/common';
import { CandidacyModule } from '../candidacy/candidacy.module';

/** The candidates' sheets and their candidacy's life. */
@Module({
  imports: [CandidacyModule],
  controllers: [CandidatesController],
  providers: [
    GetCandidateTrail,
    ReinstateCandidacy,
    AbandonCandidacy,
    DeleteCandidate,
    SetCandidateActive,
    UpdateCandidate,
    SearchCandidates,
    ListCandidates,
    GetCandidate,
    CreateCandidate,
  ],
})
export class CandidatesModule {}
