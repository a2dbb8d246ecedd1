import { Module } from '@nestjs/common';
import { handle, rpcHandlers } from '@certhub/platform';
import { CandidacyModule } from '../candidacy/candidacy.module';
import { ListCandidateDocuments, ListExchanges, PostMessage } from './exchanges.usecases';

const ExchangesController = rpcHandlers(
  handle('candidacy.candidates.documents', ListCandidateDocuments),
  handle('candidacy.candidates.exchanges', ListExchanges),
  handle('candidacy.candidates.post-message', PostMessage),
);

/** The candidate page's documents and exchanges tabs. */
@Module({
  imports: [CandidacyModule],
  controllers: [ExchangesController],
  providers: [ListCandidateDocuments, ListExchanges, PostMessage],
})
export class ExchangesModule {}
