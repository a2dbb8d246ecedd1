import { Injectable, Logger } from '@nestjs/common';
import {
  BEFORE_CONTRACT_STATUSES,
  FILE_KINDS,
  SYSTEM_PRINCIPAL,
  type ContextAccess,
  type ContextRules,
  type DossierStatus,
  type FileKind,
  type Question,
  type Role,
  type Scheme,
  type UpsertDocumentContextRequest,
} from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { CB_WIDE } from '../lifecycle/dossier-access';
import { SchemeService } from '../schemes/scheme.service';

const RETENTION_DAYS = 365 * 3;
/** The questionnaire takes answers (and so files) only in these statuses. */
const QUESTIONNAIRE_EDITABLE: readonly DossierStatus[] = ['draft', 'findings_on_questionnaire'];
/** A finding's proofs are evidence once it is done: its context closes. */
const FINDING_DONE = ['closed', 'rejected'];

type FileQuestion = Extract<Question, { type: 'file' | 'file_from_template' }>;

const BEFORE_CONTRACT: readonly DossierStatus[] = BEFORE_CONTRACT_STATUSES;

/** `dossier:<id>:question:<questionId>`: where a file question's documents are uploaded. */
export const questionContextId = (dossierId: string, questionId: string): string =>
  `dossier:${dossierId}:question:${questionId}`;
export const contractContextId = (dossierId: string): string => `dossier:${dossierId}:contract`;
/** The contract context as a document reference names it: the applicant owns what is uploaded there. */
export const contractContext = (d: { _id: string; organisationId: string }) => ({
  contextId: contractContextId(d._id),
  ownerTenantId: d.organisationId,
});
/** Where the applicant uploads the documents a renewal requires. */
export const renewalContextId = (dossierId: string): string => `dossier:${dossierId}:renewal`;
export const auditReportContextId = (auditId: string): string => `audit:${auditId}:report`;
export const findingProofsContextId = (findingId: string): string => `finding:${findingId}:proofs`;
/** What the auditor attaches to a finding he records (photos, extracts of records). */
export const findingEvidenceContextId = (findingId: string): string => `finding:${findingId}:evidence`;

/**
 * The CB side of a context reads as the CB side of the thing it belongs to (need-to-know, the
 * dossier's read rule): the CB-wide roles, and only the auditors booked on it.
 */
const cbReaders = (cbId: string, auditorIds: readonly string[]): ContextAccess => ({
  tenantType: 'cb',
  tenantId: cbId,
  userIds: [...new Set(auditorIds)],
  roles: [...CB_WIDE] as Role[],
});

/** Extensions (`.xlsx`) and media types of a question's rules as the document service's kinds. */
const MEDIA_KINDS: Readonly<Record<string, FileKind>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'application/zip': 'zip',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};
export function acceptedKinds(accept: readonly string[]): FileKind[] {
  if (!accept.length) return [...FILE_KINDS];
  const kinds = accept.flatMap((a) => {
    const name = a.toLowerCase();
    const ext = name.startsWith('.') ? (name === '.jpg' ? 'jpeg' : name.slice(1)) : MEDIA_KINDS[name];
    return (FILE_KINDS as readonly string[]).includes(ext ?? '') ? [ext as FileKind] : [];
  });
  return kinds.length ? [...new Set(kinds)] : [...FILE_KINDS];
}

const fileQuestions = (scheme: Scheme): FileQuestion[] =>
  scheme.questionnaire.sections.flatMap((s) =>
    s.questions.filter((q): q is FileQuestion => q.type === 'file' || q.type === 'file_from_template'),
  );

export interface DossierParties {
  _id: string;
  organisationId: string;
  cbId: string;
  schemeId: string;
  schemeVersion: string;
  status: DossierStatus;
  auditorIds: string[];
  /** A finding on any question lets the applicant answer it with a document in that question's context. */
  questionnaireFindings?: { questionId: string }[];
}

/** An audit or a finding: its parties, the auditors booked on it, where it stands. */
interface BookedOn {
  _id: string;
  organisationId: string;
  cbId: string;
  auditorIds: string[];
  status: string;
}

/** What a questionnaire finding's answer may attach when its question is not a file question. */
const FINDING_ANSWER_RULES = { accept: [...FILE_KINDS], maxBytes: 8 * 1024 ** 2, maxCount: 8 };

/**
 * The document service's upload contexts of what this service owns: a dossier's file questions and
 * contract, an audit's report, a finding's proofs. Their readers are those of the thing they belong
 * to, registered again whenever those change (booking, rescheduling, filing, closing): the call is
 * idempotent. A document service that is away does not block the dossier: the failure is logged
 * and the next change registers the context again.
 */
@Injectable()
export class DocumentContexts {
  private readonly logger = new Logger(DocumentContexts.name);

  constructor(
    private readonly rpc: RpcClient,
    private readonly schemes: SchemeService,
  ) {}

  /**
   * The questionnaire's file questions and those a finding was raised on (writable while the
   * questionnaire is editable), and the contract.
   */
  async dossier(d: DossierParties): Promise<void> {
    const scheme = await this.schemes.get(d.schemeId, d.schemeVersion);
    const readers = [cbReaders(d.cbId, d.auditorIds)];
    const applicant: ContextAccess = { tenantType: 'organisation', tenantId: d.organisationId };
    const editable = QUESTIONNAIRE_EDITABLE.includes(d.status);
    const rules = new Map<string, ContextRules>(
      (d.questionnaireFindings ?? []).map((f) => [f.questionId, FINDING_ANSWER_RULES]),
    );
    for (const q of fileQuestions(scheme))
      rules.set(q.id, {
        accept: acceptedKinds(q.rules.accept),
        maxBytes: q.rules.maxBytes,
        maxCount: q.rules.maxCount,
        ...(q.type === 'file_from_template' ? { templateDocumentId: q.templateDocumentId } : {}),
      });
    await Promise.all([
      ...[...rules].map(([questionId, questionRules]) =>
        this.upsert({
          contextId: questionContextId(d._id, questionId),
          kind: 'dossier_question',
          ownerTenantId: d.organisationId,
          readers,
          writers: [applicant],
          closed: !editable,
          rules: questionRules,
        }),
      ),
      // The signed offer: returned by the applicant or scanned by the CB's staff.
      this.upsert({
        contextId: contractContextId(d._id),
        kind: 'contract',
        ownerTenantId: d.organisationId,
        readers,
        writers: [applicant, { tenantType: 'cb', tenantId: d.cbId, roles: ['cb_admin', 'analyst'] }],
        closed: false,
        rules: {
          accept: ['pdf', 'docx', 'doc', 'odt', 'png', 'jpeg'],
          maxBytes: 20 * 1024 ** 2,
          maxCount: 10,
        },
      }),
    ]);
  }

  /**
   * The renewal's documents: written by the applicant while the renewal waits for its audit, read by
   * both sides; with another CB, on the new dossier until its initial audit (BEFORE_CONTRACT_STATUSES).
   */
  renewal(d: DossierParties & { status: DossierStatus; cycle: { renewalOf?: unknown } }): Promise<void> {
    return this.upsert({
      contextId: renewalContextId(d._id),
      kind: 'renewal_document',
      ownerTenantId: d.organisationId,
      readers: [cbReaders(d.cbId, d.auditorIds)],
      writers: [{ tenantType: 'organisation', tenantId: d.organisationId }],
      closed: !(d.status === 'renewal' || (d.cycle.renewalOf && BEFORE_CONTRACT.includes(d.status))),
      rules: { accept: ['pdf', 'docx', 'doc', 'odt', 'png', 'jpeg'], maxBytes: 20 * 1024 ** 2, maxCount: 20 },
    });
  }

  /** The applicant reads the report only once it is filed. */
  auditReport(audit: BookedOn): Promise<void> {
    const filed = audit.status === 'completed' || audit.status === 'findings_recorded';
    return this.upsert({
      contextId: auditReportContextId(audit._id),
      kind: 'audit_report',
      ownerTenantId: audit.cbId,
      readers: [
        cbReaders(audit.cbId, audit.auditorIds),
        ...(filed ? [{ tenantType: 'organisation' as const, tenantId: audit.organisationId }] : []),
      ],
      writers: [{ tenantType: 'cb', tenantId: audit.cbId, userIds: audit.auditorIds }],
      closed: audit.status === 'cancelled',
      rules: { accept: ['pdf', 'docx', 'doc', 'odt', 'zip'], maxBytes: 20 * 1024 ** 2, maxCount: 10 },
    });
  }

  findingProofs(finding: BookedOn): Promise<void> {
    return this.upsert({
      contextId: findingProofsContextId(finding._id),
      kind: 'finding_proof',
      ownerTenantId: finding.organisationId,
      readers: [
        { tenantType: 'organisation', tenantId: finding.organisationId },
        cbReaders(finding.cbId, finding.auditorIds),
      ],
      writers: [{ tenantType: 'organisation', tenantId: finding.organisationId }],
      closed: FINDING_DONE.includes(finding.status),
      // 8 files of 8 MB (docs/domain/schemes.md#document-rules).
      rules: {
        accept: ['pdf', 'xlsx', 'xls', 'docx', 'doc', 'zip', 'png', 'jpeg', 'odt', 'ods'],
        maxBytes: 8 * 1024 ** 2,
        maxCount: 8 * 8,
      },
    });
  }

  /**
   * The auditor's evidence for a finding: written by the auditors booked on its audit until the
   * finding is done, read by the CB side like the finding itself. The applicant answers the finding
   * with proofs of its own and does not see the auditor's working papers.
   */
  findingEvidence(finding: BookedOn): Promise<void> {
    return this.upsert({
      contextId: findingEvidenceContextId(finding._id),
      kind: 'finding_evidence',
      ownerTenantId: finding.cbId,
      readers: [cbReaders(finding.cbId, finding.auditorIds)],
      writers: [{ tenantType: 'cb', tenantId: finding.cbId, userIds: finding.auditorIds }],
      closed: FINDING_DONE.includes(finding.status),
      rules: {
        accept: ['pdf', 'png', 'jpeg', 'docx', 'doc', 'xlsx', 'xls', 'odt', 'ods', 'zip'],
        maxBytes: 8 * 1024 ** 2,
        maxCount: 8,
      },
    });
  }

  /** Every context of a dossier is private to its readers and kept as long as the dossier's evidence. */
  private async upsert(
    context: Omit<UpsertDocumentContextRequest, 'readableByAnyUser' | 'retentionDays'>,
  ): Promise<void> {
    const request = { ...context, readableByAnyUser: false, retentionDays: RETENTION_DAYS };
    await this.rpc
      .call('document.contexts.upsert', request, { principal: SYSTEM_PRINCIPAL, timeoutMs: 3_000 })
      .catch((error: unknown) =>
        this.logger.warn(`upload context ${request.contextId} not registered (yet): ${String(error)}`),
      );
  }
}
