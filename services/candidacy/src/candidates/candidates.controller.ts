import { GetCandidateTrail } from './get-candidate-trail/get-candidate-trail.usecase';
import { ReinstateCandidacy } from './reinstate-candidacy/reinstate-candidacy.usecase';
import { AbandonCandidacy } from './abandon-candidacy/abandon-candidacy.usecase';
import { DeleteCandidate } from './delete-candidate/delete-candidate.usecase';
import { SetCandidateActive } from './set-candidate-active/set-candidate-active.usecase';
import { UpdateCandidate } from './update-candidate/update-candidate.usecase';
import { SearchCandidates } from './search-candidates/search-candidates.usecase';
import { ListCandidates } from './list-candidates/list-candidates.usecase';
import { GetCandidate } from './get-candidate/get-candidate.usecase';
import { handle, rpcHandlers } from '@certhub/platform';
import { CreateCandidate } from './create-candidate/create-candidate.usecase';

export const CandidatesController = rpcHandlers(
  handle('candidacy.candidates.create', CreateCandidate),
  handle('candidacy.candidates.get', GetCandidate),
  handle('candidacy.candidates.list', ListCandidates),
  handle('candidacy.candidates.search', SearchCandidates),
  handle('candidacy.candidates.update', UpdateCandidate),
  handle('candidacy.candidates.set-active', SetCandidateActive),
  handle('candidacy.candidates.delete', DeleteCandidate),
  handle('candidacy.candidates.abandon', AbandonCandidacy),
  handle('candidacy.candidates.reinstate', ReinstateCandidacy),
  handle('candidacy.candidates.trail', GetCandidateTrail),
);
