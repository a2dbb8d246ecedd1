import { Module } from '@nestjs/common';
import { OutboxModule, SequencesModule } from '@certhub/platform';
import { DossierLookups } from '../complaints/dossier-lookups';
import { IdentityLookups } from '../complaints/identity-lookups';
import { AppealLifecycle } from './appeal-lifecycle';
import { AppealRepository } from './appeal.repository';
import { APPEAL_MODEL, AppealSchema } from './appeal.schema';
import { AppealsController } from './appeals.controller';
import { HandleAppeal } from './handle-appeal/handle-appeal.usecase';
import { LodgeAppeal } from './lodge-appeal/lodge-appeal.usecase';
import { SearchAppeals } from './search-appeals/search-appeals.usecase';
import { WatchAppealDeadlines } from './watch-appeal-deadlines/watch-appeal-deadlines.usecase';

/** Appeals: their register, write path and events (relayed from each appeal's outbox). */
@Module({
  imports: [OutboxModule.forFeature([{ name: APPEAL_MODEL, schema: AppealSchema }]), SequencesModule],
  controllers: [AppealsController],
  providers: [
    AppealRepository,
    AppealLifecycle,
    IdentityLookups,
    DossierLookups,
    LodgeAppeal,
    HandleAppeal,
    SearchAppeals,
    WatchAppealDeadlines,
  ],
  exports: [AppealRepository],
})
export class AppealsModule {}
