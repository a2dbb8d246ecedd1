import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { handle, rpcHandlers } from '@certhub/platform';
import { CandidacyModule } from '../candidacy/candidacy.module';
import { JurySessionRepository } from './jury-session.repository';
import { JURY_SESSION_MODEL, JurySessionSchema } from './jury-session.schema';
import {
  AssignJury,
  CreateJurySession,
  GetJurySession,
  JurySessionDetails,
  ListJurySessions,
  SetJuryMembers,
} from './jury-sessions.usecases';

const JuriesController = rpcHandlers(
  handle('candidacy.jury-sessions.create', CreateJurySession),
  handle('candidacy.jury-sessions.list', ListJurySessions),
  handle('candidacy.jury-sessions.assign', AssignJury),
  handle('candidacy.jury-sessions.get', GetJurySession),
  handle('candidacy.jury-sessions.set-members', SetJuryMembers),
);

/** The certifiers' jury sessions and the dossiers assigned to them. */
@Module({
  imports: [
    CandidacyModule,
    MongooseModule.forFeature([{ name: JURY_SESSION_MODEL, schema: JurySessionSchema }]),
  ],
  controllers: [JuriesController],
  providers: [
    JurySessionRepository,
    CreateJurySession,
    ListJurySessions,
    AssignJury,
    JurySessionDetails,
    GetJurySession,
    SetJuryMembers,
  ],
})
export class JuriesModule {}
