import { z } from 'zod';
import { actorsOf, actorsOfAll } from '../lifecycles/lifecycle-table';
import { CANDIDACY_TABLE } from '../lifecycles/candidacy.table';
import { HABILITATION_TABLE } from '../lifecycles/habilitation.table';
import { TRANSFER_TABLE } from '../lifecycles/transfer.table';
import { CANDIDACY_FOLLOWERS, TRAINING_ADMINS, TRAINING_STAFF, type Role } from '../roles';
import {
  AbandonCandidacyRequestSchema,
  CandidateListQuerySchema,
  CandidateSchema,
  CandidateSearchHitSchema,
  CandidateSearchQuerySchema,
  CreateCandidateRequestSchema,
  UpdateCandidateRequestSchema,
} from '../candidacy/candidate.schemas';
import {
  DecideHabilitationRequestSchema,
  HabilitationListQuerySchema,
  HabilitationSchema,
  RequestHabilitationRequestSchema,
} from '../candidacy/habilitation.schemas';
import {
  DecideTransferRequestSchema,
  RequestTransferRequestSchema,
  TransferListQuerySchema,
  TransferSchema,
} from '../candidacy/transfer.schemas';
import { FrameworkSchema } from '../candidacy/framework';
import {
  CandidateRecordsQuerySchema,
  EvaluationSchema,
  FinaliseEvaluationRequestSchema,
  OpenEvaluationRequestSchema,
  ReopenEvaluationRequestSchema,
  SaveEvaluationRequestSchema,
  EditTrainingRequestSchema,
  TrainingRequestSchema,
  TrainingSchema,
} from '../candidacy/evaluation.schemas';
import {
  AnswerComplementRequestSchema,
  AssignJuryRequestSchema,
  AssignJuryResponseSchema,
  CandidateReasonRequestSchema,
  CertificationChecklistSchema,
  CertificationSchema,
  CreateJurySessionRequestSchema,
  JuryDecisionRequestSchema,
  JurySessionListQuerySchema,
  JurySessionSchema,
  RecordDispatchRequestSchema,
  UndeliveredRequestSchema,
} from '../candidacy/certification.schemas';
import {
  CandidateDocumentSchema,
  CandidateDocumentsQuerySchema,
  ExchangeSchema,
  ExchangesQuerySchema,
  JurySessionDetailSchema,
  NewsItemSchema,
  NewsListQuerySchema,
  PostMessageRequestSchema,
  PublishNewsRequestSchema,
  SetJuryMembersRequestSchema,
} from '../candidacy/exchange.schemas';
import { pageOf } from '../identity/identity.schemas';
import { PageQuerySchema } from '../pagination';
import { trailEntryOf } from '../trail';
import { id } from '../fields';

/** The certifier's staff: sessions, assignments and postal dispatches are theirs. */
const CERTIFIER_STAFF = ['cb_admin', 'certifier_staff'] as const satisfies readonly Role[];

/** One change of a candidacy or a habilitation, as its trail keeps it. */
export const TrailEntrySchema = trailEntryOf(z.string());

/** The individuals' line (services/candidacy): habilitations and candidates. */
export const CandidacyRpc = {
  /** Ask one or several certifiers for the establishment's habilitation (or its renewal) */
  'candidacy.habilitations.request': {
    http: {
      method: 'POST',
      path: '/api/v1/establishments/{establishmentId}/habilitations',
      status: 201,
      roles: [...TRAINING_ADMINS],
      tag: 'habilitations',
      summary: "Ask one or several certifiers for the establishment's habilitation (or its renewal)",
    },
    request: RequestHabilitationRequestSchema,
    response: z.object({ items: z.array(HabilitationSchema) }),
  },
  /** Validate a habilitation request for a period, or reject it with a reason (its certifier) */
  'candidacy.habilitations.decide': {
    http: {
      method: 'PUT',
      path: '/api/v1/habilitations/{habilitationId}/decision',
      roles: actorsOf(HABILITATION_TABLE, 'validate', 'reject'),
      tag: 'habilitations',
      summary: 'Validate a habilitation request for a period, or reject it with a reason (its certifier)',
    },
    request: DecideHabilitationRequestSchema,
    response: HabilitationSchema,
  },
  /** Habilitation requests and periods within your perimeter */
  'candidacy.habilitations.list': {
    http: {
      method: 'GET',
      path: '/api/v1/habilitations',
      tag: 'habilitations',
      summary: 'Habilitation requests and periods within your perimeter',
    },
    request: HabilitationListQuerySchema,
    response: pageOf(HabilitationSchema),
  },
  /** One habilitation request */
  'candidacy.habilitations.get': {
    http: {
      method: 'GET',
      path: '/api/v1/habilitations/{habilitationId}',
      tag: 'habilitations',
      summary: 'One habilitation request',
    },
    request: z.object({ habilitationId: id }).strict(),
    response: HabilitationSchema,
  },
  /** Register a candidate in an establishment, refused when the same person is already on the platform */
  'candidacy.candidates.create': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates',
      status: 201,
      roles: [...TRAINING_STAFF],
      tag: 'candidates',
      summary:
        'Register a candidate in an establishment, refused when the same person is already on the platform',
    },
    request: CreateCandidateRequestSchema,
    response: CandidateSchema,
  },
  /** One candidate's sheet */
  'candidacy.candidates.get': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates/{candidateId}',
      tag: 'candidates',
      summary: "One candidate's sheet",
    },
    request: z.object({ candidateId: id }).strict(),
    response: CandidateSchema,
  },
  /** Candidates within your perimeter, by status and establishment */
  'candidacy.candidates.list': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates',
      tag: 'candidates',
      summary: 'Candidates within your perimeter, by status and establishment',
    },
    request: CandidateListQuerySchema,
    response: pageOf(CandidateSchema),
  },
  /** Find one person across the platform before registering him: too broad a query is refused */
  'candidacy.candidates.search': {
    http: {
      method: 'GET',
      path: '/api/v1/candidate-search',
      roles: CANDIDACY_FOLLOWERS,
      tag: 'candidates',
      summary: 'Find one person across the platform before registering him: too broad a query is refused',
    },
    request: CandidateSearchQuerySchema,
    response: z.object({ items: z.array(CandidateSearchHitSchema) }),
  },
  /** Edit a candidate's sheet (the whole form, at the version read) */
  'candidacy.candidates.update': {
    http: {
      method: 'PUT',
      path: '/api/v1/candidates/{candidateId}',
      roles: actorsOf(CANDIDACY_TABLE, 'edit'),
      tag: 'candidates',
      summary: "Edit a candidate's sheet (the whole form, at the version read)",
    },
    request: UpdateCandidateRequestSchema,
    response: CandidateSchema,
  },
  /** Deactivate or reactivate a candidate */
  'candidacy.candidates.set-active': {
    http: {
      method: 'PUT',
      path: '/api/v1/candidates/{candidateId}/active',
      roles: actorsOf(CANDIDACY_TABLE, 'set_active'),
      tag: 'candidates',
      summary: 'Deactivate or reactivate a candidate',
    },
    request: z.object({ candidateId: id, active: z.boolean() }).strict(),
    response: CandidateSchema,
  },
  /** Delete a candidate while nothing is recorded on his candidacy */
  'candidacy.candidates.delete': {
    http: {
      method: 'DELETE',
      path: '/api/v1/candidates/{candidateId}',
      roles: actorsOf(CANDIDACY_TABLE, 'delete'),
      tag: 'candidates',
      summary: 'Delete a candidate while nothing is recorded on his candidacy',
    },
    request: z.object({ candidateId: id }).strict(),
    response: z.object({ id: z.string(), deleted: z.literal(true) }),
  },
  /** Declare a candidacy abandoned, with a reason */
  'candidacy.candidates.abandon': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/abandonment',
      roles: actorsOf(CANDIDACY_TABLE, 'abandon'),
      tag: 'candidates',
      summary: 'Declare a candidacy abandoned, with a reason',
    },
    request: AbandonCandidacyRequestSchema,
    response: CandidateSchema,
  },
  /** Reinstate an abandoned candidacy where it stood */
  'candidacy.candidates.reinstate': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/reinstatement',
      roles: actorsOf(CANDIDACY_TABLE, 'reinstate'),
      tag: 'candidates',
      summary: 'Reinstate an abandoned candidacy where it stood',
    },
    request: z.object({ candidateId: id }).strict(),
    response: CandidateSchema,
  },
  /** Every change of a candidacy, newest first */
  'candidacy.candidates.trail': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates/{candidateId}/trail',
      tag: 'candidates',
      summary: 'Every change of a candidacy, newest first',
    },
    request: PageQuerySchema.extend({ candidateId: id }).strict(),
    response: pageOf(TrailEntrySchema),
  },
  /** Ask to take over a candidate's dossier from another establishment, with a reason */
  'candidacy.transfers.request': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/transfer-requests',
      status: 201,
      roles: [...TRAINING_STAFF],
      tag: 'transfers',
      summary: "Ask to take over a candidate's dossier from another establishment, with a reason",
    },
    request: RequestTransferRequestSchema,
    response: TransferSchema,
  },
  /** Accept a transfer request (the dossier moves) or refuse it with a reason (the candidate's certifier) */
  'candidacy.transfers.decide': {
    http: {
      method: 'PUT',
      path: '/api/v1/transfer-requests/{transferId}/decision',
      roles: actorsOfAll(actorsOf(TRANSFER_TABLE, 'accept', 'refuse'), actorsOf(CANDIDACY_TABLE, 'transfer')),
      tag: 'transfers',
      summary:
        "Accept a transfer request (the dossier moves) or refuse it with a reason (the candidate's certifier)",
    },
    request: DecideTransferRequestSchema,
    response: TransferSchema,
  },
  /** Transfer requests made within your perimeter (a certifier: those it decides) */
  'candidacy.transfers.list': {
    http: {
      method: 'GET',
      path: '/api/v1/transfer-requests',
      tag: 'transfers',
      summary: 'Transfer requests made within your perimeter (a certifier: those it decides)',
    },
    request: TransferListQuerySchema,
    response: pageOf(TransferSchema),
  },
  /** One transfer request */
  'candidacy.transfers.get': {
    http: {
      method: 'GET',
      path: '/api/v1/transfer-requests/{transferId}',
      tag: 'transfers',
      summary: 'One transfer request',
    },
    request: z.object({ transferId: id }).strict(),
    response: TransferSchema,
  },
  /** Open the candidate's next evaluation as a draft (preliminary first, then final ones) */
  'candidacy.evaluations.open': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/evaluations',
      status: 201,
      roles: actorsOf(CANDIDACY_TABLE, 'open_evaluation'),
      tag: 'evaluations',
      summary: "Open the candidate's next evaluation as a draft (preliminary first, then final ones)",
    },
    request: OpenEvaluationRequestSchema,
    response: EvaluationSchema,
  },
  /** Save a draft evaluation: the scores per sub-domain, the matrix and the proofs */
  'candidacy.evaluations.save': {
    http: {
      method: 'PUT',
      path: '/api/v1/candidates/{candidateId}/evaluations/{evaluationId}',
      roles: actorsOf(CANDIDACY_TABLE, 'save_evaluation'),
      tag: 'evaluations',
      summary: 'Save a draft evaluation: the scores per sub-domain, the matrix and the proofs',
    },
    request: SaveEvaluationRequestSchema,
    response: EvaluationSchema,
  },
  /** Finalise an evaluation: validated when every sub-domain is acquired; the candidacy moves on */
  'candidacy.evaluations.finalise': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/evaluations/{evaluationId}/finalisation',
      roles: actorsOf(CANDIDACY_TABLE, 'record_preliminary_evaluation', 'record_final_evaluation'),
      tag: 'evaluations',
      summary: 'Finalise an evaluation: validated when every sub-domain is acquired; the candidacy moves on',
    },
    request: FinaliseEvaluationRequestSchema,
    response: EvaluationSchema,
  },
  /** Reopen the latest finalised evaluation as a draft, with a reason (organisation administrators and above) */
  'candidacy.evaluations.reopen': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/evaluations/{evaluationId}/reopening',
      roles: actorsOf(CANDIDACY_TABLE, 'reopen_evaluation'),
      tag: 'evaluations',
      summary:
        'Reopen the latest finalised evaluation as a draft, with a reason (organisation administrators and above)',
    },
    request: ReopenEvaluationRequestSchema,
    response: EvaluationSchema,
  },
  /** A candidate's evaluations, oldest first */
  'candidacy.evaluations.list': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates/{candidateId}/evaluations',
      tag: 'evaluations',
      summary: "A candidate's evaluations, oldest first",
    },
    request: CandidateRecordsQuerySchema,
    response: pageOf(EvaluationSchema),
  },
  /** One evaluation of a candidate */
  'candidacy.evaluations.get': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates/{candidateId}/evaluations/{evaluationId}',
      tag: 'evaluations',
      summary: 'One evaluation of a candidate',
    },
    request: z.object({ candidateId: id, evaluationId: id }).strict(),
    response: EvaluationSchema,
  },
  /** Record a training of the candidate: the domains addressed, dates, proofs, certificate of attendance */
  'candidacy.trainings.record': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/trainings',
      status: 201,
      roles: actorsOf(CANDIDACY_TABLE, 'record_training'),
      tag: 'trainings',
      summary:
        'Record a training of the candidate: the domains addressed, dates, proofs, certificate of attendance',
    },
    request: TrainingRequestSchema,
    response: TrainingSchema,
  },
  /** Correct a recorded training */
  'candidacy.trainings.edit': {
    http: {
      method: 'PUT',
      path: '/api/v1/candidates/{candidateId}/trainings/{trainingId}',
      roles: actorsOf(CANDIDACY_TABLE, 'edit_training'),
      tag: 'trainings',
      summary:
        'Correct a recorded training (the whole form again, at the candidate’s version read); the trail keeps what changed',
    },
    request: EditTrainingRequestSchema,
    response: TrainingSchema,
  },
  /** A candidate's trainings, oldest first */
  'candidacy.trainings.list': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates/{candidateId}/trainings',
      tag: 'trainings',
      summary: "A candidate's trainings, oldest first",
    },
    request: CandidateRecordsQuerySchema,
    response: pageOf(TrainingSchema),
  },
  /** What the candidacy still lacks before it can be sent to certification */
  'candidacy.certification.checklist': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates/{candidateId}/certification-checklist',
      tag: 'certification',
      summary: 'What the candidacy still lacks before it can be sent to certification',
    },
    request: z.object({ candidateId: id }).strict(),
    response: CertificationChecklistSchema,
  },
  /** Send the candidacy to certification: a validated evaluation and a complete identity (422 with what is missing) */
  'candidacy.certification.send': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/certification-sending',
      roles: actorsOf(CANDIDACY_TABLE, 'send_to_certification'),
      tag: 'certification',
      summary:
        'Send the candidacy to certification: a validated evaluation and a complete identity (422 with what is missing)',
    },
    request: z.object({ candidateId: id }).strict(),
    response: CertificationSchema,
  },
  /** Cancel a send to certification, with a reason (network administrators and the certifier) */
  'candidacy.certification.cancel': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/certification-sending/cancellation',
      roles: actorsOf(CANDIDACY_TABLE, 'cancel_sending'),
      tag: 'certification',
      summary: 'Cancel a send to certification, with a reason (network administrators and the certifier)',
    },
    request: CandidateReasonRequestSchema,
    response: CertificationSchema,
  },
  /** Where the candidacy stands with the certifier: jury session, complements, decision, dispatches */
  'candidacy.certification.get': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates/{candidateId}/certification',
      tag: 'certification',
      summary:
        'Where the candidacy stands with the certifier: jury session, complements, decision, dispatches',
    },
    request: z.object({ candidateId: id }).strict(),
    response: CertificationSchema,
  },
  /** Ask the establishment for complements, with what is missing (the jury) */
  'candidacy.certification.request-complement': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/complement-request',
      roles: actorsOf(CANDIDACY_TABLE, 'request_complement'),
      tag: 'certification',
      summary: 'Ask the establishment for complements, with what is missing (the jury)',
    },
    request: CandidateReasonRequestSchema,
    response: CertificationSchema,
  },
  /** Answer the jury's request for complements, with documents */
  'candidacy.certification.answer-complement': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/complement-answer',
      roles: actorsOf(CANDIDACY_TABLE, 'complete'),
      tag: 'certification',
      summary: "Answer the jury's request for complements, with documents",
    },
    request: AnswerComplementRequestSchema,
    response: CertificationSchema,
  },
  /** Send the completed candidacy back to certification */
  'candidacy.certification.resend': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/certification-resending',
      roles: actorsOf(CANDIDACY_TABLE, 'resend'),
      tag: 'certification',
      summary: 'Send the completed candidacy back to certification',
    },
    request: z.object({ candidateId: id }).strict(),
    response: CertificationSchema,
  },
  /** Decide a candidacy with the jury: certified (the certificate is issued) or not certified with a reason */
  'candidacy.certification.decide': {
    http: {
      method: 'PUT',
      path: '/api/v1/candidates/{candidateId}/jury-decision',
      roles: actorsOf(CANDIDACY_TABLE, 'certify', 'refuse_certification'),
      tag: 'certification',
      summary:
        'Decide a candidacy with the jury: certified (the certificate is issued) or not certified with a reason',
    },
    request: JuryDecisionRequestSchema,
    response: CertificationSchema,
  },
  /** Record the postal dispatch of a paper certificate: date, channel, tracking number */
  'candidacy.dispatches.record': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/dispatches',
      status: 201,
      roles: actorsOf(CANDIDACY_TABLE, 'record_dispatch'),
      tag: 'certification',
      summary: 'Record the postal dispatch of a paper certificate: date, channel, tracking number',
    },
    request: RecordDispatchRequestSchema,
    response: CertificationSchema,
  },
  /** Record a paper certificate returned undelivered */
  'candidacy.dispatches.undelivered': {
    http: {
      method: 'PUT',
      path: '/api/v1/candidates/{candidateId}/dispatches/{dispatchId}/undelivered',
      roles: actorsOf(CANDIDACY_TABLE, 'record_dispatch'),
      tag: 'certification',
      summary: 'Record a paper certificate returned undelivered',
    },
    request: UndeliveredRequestSchema,
    response: CertificationSchema,
  },
  /** Plan a jury session of the certifier: region, date, send mode */
  'candidacy.jury-sessions.create': {
    http: {
      method: 'POST',
      path: '/api/v1/jury-sessions',
      status: 201,
      roles: [...CERTIFIER_STAFF],
      tag: 'juries',
      summary: 'Plan a jury session of the certifier: region, date, send mode',
    },
    request: CreateJurySessionRequestSchema,
    response: JurySessionSchema,
  },
  /** The calendar of a certifier's jury sessions, next ones first */
  'candidacy.jury-sessions.list': {
    http: {
      method: 'GET',
      path: '/api/v1/jury-sessions',
      tag: 'juries',
      summary: "The calendar of a certifier's jury sessions, next ones first",
    },
    request: JurySessionListQuerySchema,
    response: pageOf(JurySessionSchema),
  },
  /** Assign candidacies awaiting certification to a jury session */
  'candidacy.jury-sessions.assign': {
    http: {
      method: 'POST',
      path: '/api/v1/jury-sessions/{sessionId}/assignments',
      roles: actorsOf(CANDIDACY_TABLE, 'assign_jury'),
      tag: 'juries',
      summary: 'Assign candidacies awaiting certification to a jury session',
    },
    request: AssignJuryRequestSchema,
    response: AssignJuryResponseSchema,
  },
  /** Every file attached to the candidate (evaluations, trainings, complements), what it belongs to, newest first */
  'candidacy.candidates.documents': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates/{candidateId}/documents',
      tag: 'candidates',
      summary:
        'Every file attached to the candidate (evaluations, trainings, complements), what it belongs to, newest first',
    },
    request: CandidateDocumentsQuerySchema,
    response: pageOf(CandidateDocumentSchema),
  },
  /** The exchanges between the establishment and the certifier about the candidate, oldest first */
  'candidacy.candidates.exchanges': {
    http: {
      method: 'GET',
      path: '/api/v1/candidates/{candidateId}/exchanges',
      tag: 'candidates',
      summary:
        'The exchanges between the establishment and the certifier about the candidate (messages, complements, decision), oldest first',
    },
    request: ExchangesQuerySchema,
    response: pageOf(ExchangeSchema),
  },
  /** Write to the other side about a candidacy with the certifier (the other side is notified) */
  'candidacy.candidates.post-message': {
    http: {
      method: 'POST',
      path: '/api/v1/candidates/{candidateId}/exchanges',
      status: 201,
      roles: actorsOf(CANDIDACY_TABLE, 'post_message'),
      tag: 'candidates',
      summary: 'Write to the other side about a candidacy with the certifier (the other side is notified)',
    },
    request: PostMessageRequestSchema,
    response: ExchangeSchema,
  },
  /** One jury session: its members and the dossiers assigned to it per status (its certifier's staff and its jury) */
  'candidacy.jury-sessions.get': {
    http: {
      method: 'GET',
      path: '/api/v1/jury-sessions/{sessionId}',
      roles: [...CERTIFIER_STAFF, 'jury_member'],
      tag: 'juries',
      summary:
        'One jury session: its members and the dossiers assigned to it per status (its certifier’s staff and its jury)',
    },
    request: z.object({ sessionId: id }).strict(),
    response: JurySessionDetailSchema,
  },
  /** Name the jury members who sit in a session (none: the certifier's whole jury) */
  'candidacy.jury-sessions.set-members': {
    http: {
      method: 'PUT',
      path: '/api/v1/jury-sessions/{sessionId}/members',
      roles: [...CERTIFIER_STAFF],
      tag: 'juries',
      summary: 'Name the jury members who sit in a session (none: the certifier’s whole jury)',
    },
    request: SetJuryMembersRequestSchema,
    response: JurySessionDetailSchema,
  },
  /** Publish a news item to everyone, a network, or the certifier's establishments */
  'candidacy.news.publish': {
    http: {
      method: 'POST',
      path: '/api/v1/news',
      status: 201,
      roles: [...CERTIFIER_STAFF, 'platform_admin'],
      tag: 'news',
      summary: 'Publish a news item to everyone, a network, or the certifier’s establishments',
    },
    request: PublishNewsRequestSchema,
    response: NewsItemSchema,
  },
  /** The news the caller reads, latest first (their authors also see the ones to come) */
  'candidacy.news.list': {
    http: {
      method: 'GET',
      path: '/api/v1/news',
      roles: [...CANDIDACY_FOLLOWERS, 'jury_member'],
      tag: 'news',
      summary: 'The news the caller reads, latest first (their authors also see the ones to come)',
    },
    request: NewsListQuerySchema,
    response: pageOf(NewsItemSchema),
  },
  /** The CléA framework evaluations are scored against: 7 domains, 28 sub-domains (the current version, or one named) */
  'candidacy.framework.get': {
    http: {
      method: 'GET',
      path: '/api/v1/clea-framework',
      shared: true,
      tag: 'framework',
      summary:
        'The CléA framework evaluations are scored against: 7 domains, 28 sub-domains (the current version, or one named)',
    },
    request: z.object({ version: z.string().min(1).max(16).optional() }).strict(),
    response: FrameworkSchema,
  },
} as const;
