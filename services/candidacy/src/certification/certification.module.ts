import { Module } from '@nestjs/common';
import { handle, rpcHandlers } from '@certhub/platform';
import { CandidacyModule } from '../candidacy/candidacy.module';
import { AnswerComplement, RequestComplement } from './complements.usecases';
import { DecideCandidacy } from './decide-candidacy.usecase';
import { RecordDispatch, RecordUndelivered } from './dispatches.usecases';
import {
  CancelSending,
  GetCertification,
  GetCertificationChecklist,
  ResendToCertification,
  SendToCertification,
} from './sending.usecases';

const CertificationController = rpcHandlers(
  handle('candidacy.certification.checklist', GetCertificationChecklist),
  handle('candidacy.certification.get', GetCertification),
  handle('candidacy.certification.send', SendToCertification),
  handle('candidacy.certification.cancel', CancelSending),
  handle('candidacy.certification.resend', ResendToCertification),
  handle('candidacy.certification.request-complement', RequestComplement),
  handle('candidacy.certification.answer-complement', AnswerComplement),
  handle('candidacy.certification.decide', DecideCandidacy),
  handle('candidacy.dispatches.record', RecordDispatch),
  handle('candidacy.dispatches.undelivered', RecordUndelivered),
);

/** The candidacy with the certifier: sending, complements, the jury's decision, postal dispatches. */
@Module({
  imports: [CandidacyModule],
  controllers: [CertificationController],
  providers: [
    GetCertificationChecklist,
    GetCertification,
    SendToCertification,
    CancelSending,
    ResendToCertification,
    RequestComplement,
    AnswerComplement,
    DecideCandidacy,
    RecordDispatch,
    RecordUndelivered,
  ],
})
export class CertificationModule {}
