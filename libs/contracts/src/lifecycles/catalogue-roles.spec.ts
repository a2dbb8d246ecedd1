import type { Role } from '../roles';
import { RpcCatalog, type RpcSubject } from '../rpc/subjects';
import { APPEAL_TABLE } from './appeal.table';
import { AUDIT_TABLE } from './audit.table';
import { CANDIDACY_TABLE } from './candidacy.table';
import { COMPLAINT_TABLE } from './complaint.table';
import { DOSSIER_DECISION_ACTIONS, DOSSIER_LIFECYCLE } from './dossier.table';
import { FINDING_TABLE } from './finding.table';
import { HABILITATION_TABLE } from './habilitation.table';
import { actorsOf, actorsOfAll, mayTake, type LifecycleTable } from './lifecycle-table';
import { TRANSFER_TABLE } from './transfer.table';

const TABLES = {
  dossier: DOSSIER_LIFECYCLE,
  audit: AUDIT_TABLE,
  finding: FINDING_TABLE,
  candidacy: CANDIDACY_TABLE,
  habilitation: HABILITATION_TABLE,
  transfer: TRANSFER_TABLE,
  complaint: COMPLAINT_TABLE,
  appeal: APPEAL_TABLE,
} as const satisfies Record<string, LifecycleTable<string, string, string, Role>>;
type TableName = keyof typeof TABLES;
type ActionOf<T extends TableName> = (typeof TABLES)[T][number]['action'];

/**
 * What each route of the public API takes, read from its use case: per table, the actions one call
 * may take (alternatives: the outcome or the state picks one). A route taking actions of several
 * tables takes them in turn, each refusing on its own: it is open to who may take them all.
 */
type Takes = { [T in TableName]?: readonly ActionOf<T>[] };
const ROUTES: Partial<Record<RpcSubject, Takes>> = {
  'dossier.dossiers.assign': { dossier: ['assign'] },
  'dossier.dossiers.assign-many': { dossier: ['assign'] },
  'dossier.dossiers.abandon': { dossier: ['abandon'] },
  'dossier.questionnaire.save': { dossier: ['save_questionnaire'] },
  'dossier.questionnaire.submit': { dossier: ['submit_questionnaire'] },
  'dossier.questionnaire.resubmit': { dossier: ['resubmit_questionnaire'] },
  'dossier.questionnaire-findings.raise': { dossier: ['raise_questionnaire_finding'] },
  'dossier.questionnaire-findings.answer': { dossier: ['answer_questionnaire_finding'] },
  'dossier.questionnaire-findings.close': { dossier: ['close_questionnaire_finding'] },
  'dossier.admissibility.declare': { dossier: ['declare_admissible'] },
  'dossier.admissibility.refuse': { dossier: ['refuse_admissibility'] },
  'dossier.offers.send': { dossier: ['send_offer'] },
  'dossier.offers.sign': { dossier: ['return_signed_offer'] },
  'dossier.contracts.record': { dossier: ['record_contract'] },
  'dossier.decisions.record': { dossier: DOSSIER_DECISION_ACTIONS },
  'dossier.certificates.suspend': { dossier: ['suspend'] },
  'dossier.certificates.reinstate': { dossier: ['reinstate'] },
  'dossier.certificates.withdraw': { dossier: ['withdraw'] },
  'dossier.renewals.open': { dossier: ['open_renewal'] },
  'dossier.renewals.documents.submit': { dossier: ['submit_renewal_documents'] },
  'dossier.renewals.documents.review': { dossier: ['review_renewal_documents'] },
  'dossier.scope-changes.request': { dossier: ['request_scope_change'] },
  'dossier.scope-changes.decide': { dossier: ['decide_scope_change'] },
  'dossier.audits.plan': { audit: ['plan'], dossier: ['plan_audit'] },
  'dossier.audits.reschedule': { audit: ['reschedule'] },
  'dossier.audits.cancel': { audit: ['cancel'] },
  'dossier.audits.complete': { audit: ['complete'], dossier: ['complete_audit'] },
  'dossier.audits.findings-recorded': {
    audit: ['declare_findings_recorded'],
    dossier: ['open_findings', 'request_decision'],
  },
  'dossier.audits.verdicts': { audit: ['record_verdicts'] },
  'dossier.findings.record': { audit: ['record_finding'] },
  'dossier.findings.confirm': { finding: ['confirm'] },
  'dossier.findings.reject': { finding: ['reject'] },
  'dossier.findings.request-measures': { finding: ['request_measures'] },
  'dossier.findings.request-proofs': { finding: ['request_proofs'] },
  'dossier.findings.items.add': { finding: ['draft_measure', 'draft_proof'] },
  'dossier.findings.items.edit': { finding: ['edit_measure', 'edit_proof'] },
  'dossier.findings.items.set-ready': { finding: ['mark_measure_ready', 'mark_proof_ready'] },
  'dossier.findings.items.review': { finding: ['review_measure', 'review_proof'] },
  'dossier.findings.send': { finding: ['send_measures', 'send_proofs'] },
  'dossier.findings.messages.post': { finding: ['post_message'] },
  'complaints.acknowledge': { complaint: ['acknowledge'] },
  'complaints.dismiss': { complaint: ['dismiss'] },
  'complaints.answer': { complaint: ['answer'] },
  'complaints.complementary-audit': { complaint: ['act'], audit: ['plan'], dossier: ['plan_audit'] },
  'complaints.suspension': { complaint: ['act'], dossier: ['suspend'] },
  'complaints.appeals.assign': { appeal: ['assign'] },
  'complaints.appeals.suspend-effect': { appeal: ['suspend_effect'] },
  'complaints.appeals.uphold': { appeal: ['uphold'] },
  'complaints.appeals.reject': { appeal: ['reject'] },
  'complaints.appeals.review': {
    appeal: ['review'],
    dossier: ['review_on_appeal', 'reinstate'],
    finding: ['reclassify_on_appeal'],
  },
  'complaints.appeals.withdraw': { appeal: ['withdraw'] },
  'candidacy.habilitations.decide': { habilitation: ['validate', 'reject'] },
  'candidacy.transfers.decide': { transfer: ['accept', 'refuse'], candidacy: ['transfer'] },
  'candidacy.candidates.update': { candidacy: ['edit'] },
  'candidacy.candidates.set-active': { candidacy: ['set_active'] },
  'candidacy.candidates.delete': { candidacy: ['delete'] },
  'candidacy.candidates.abandon': { candidacy: ['abandon'] },
  'candidacy.candidates.reinstate': { candidacy: ['reinstate'] },
  'candidacy.evaluations.open': { candidacy: ['open_evaluation'] },
  'candidacy.evaluations.save': { candidacy: ['save_evaluation'] },
  'candidacy.evaluations.finalise': {
    candidacy: ['record_preliminary_evaluation', 'record_final_evaluation'],
  },
  'candidacy.evaluations.reopen': { candidacy: ['reopen_evaluation'] },
  'candidacy.trainings.record': { candidacy: ['record_training'] },
  'candidacy.trainings.edit': { candidacy: ['edit_training'] },
  'candidacy.certification.send': { candidacy: ['send_to_certification'] },
  'candidacy.certification.cancel': { candidacy: ['cancel_sending'] },
  'candidacy.certification.request-complement': { candidacy: ['request_complement'] },
  'candidacy.certification.answer-complement': { candidacy: ['complete'] },
  'candidacy.certification.resend': { candidacy: ['resend'] },
  'candidacy.certification.decide': { candidacy: ['certify', 'refuse_certification'] },
  'candidacy.dispatches.record': { candidacy: ['record_dispatch'] },
  'candidacy.dispatches.undelivered': { candidacy: ['record_dispatch'] },
  'candidacy.jury-sessions.assign': { candidacy: ['assign_jury'] },
  'candidacy.candidates.post-message': { candidacy: ['post_message'] },
};

/** Actions no route takes: the platform's own. */
const UNROUTED: Takes = { dossier: ['expire'] };

const expectedRoles = (takes: Takes): Role[] => {
  const steps = (Object.entries(takes) as [TableName, readonly string[]][]).map(([table, actions]) =>
    actorsOf(TABLES[table] as LifecycleTable<string, string, string, Role>, ...(actions as [string])),
  );
  return actorsOfAll(steps[0] ?? [], ...steps.slice(1));
};

const httpRoles = (subject: RpcSubject): readonly Role[] | undefined => {
  const entry = RpcCatalog[subject] as { http?: { roles?: readonly Role[] } };
  return entry.http?.roles;
};

describe('the catalogue’s roles of lifecycle routes', () => {
  it.each(Object.entries(ROUTES) as [RpcSubject, Takes][])(
    '%s is open to who may take its actions, as the tables say',
    (subject, takes) => {
      const expected = expectedRoles(takes);
      expect(expected.length).toBeGreaterThan(0);
      expect([...(httpRoles(subject) ?? [])].sort()).toEqual([...expected].sort());
    },
  );

  it('names actions the tables have', () => {
    const unknown = Object.entries(ROUTES).flatMap(([subject, takes]) =>
      (Object.entries(takes) as [TableName, readonly string[]][]).flatMap(([table, actions]) =>
        actions
          .filter((a) => !TABLES[table].some((row) => row.action === a))
          .map((a) => `${subject}: ${table}.${a}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  // A new action is either taken by a route listed above (whose roles then come from its rows) or
  // said to be the platform's: never a route with roles of its own.
  it('accounts for every action of every table', () => {
    const taken = new Set(
      [...Object.values(ROUTES), UNROUTED].flatMap((takes) =>
        Object.entries(takes).flatMap(([table, actions]) => actions.map((a) => `${table}.${a}`)),
      ),
    );
    const missing = (Object.entries(TABLES) as [TableName, LifecycleTable<string, string>][]).flatMap(
      ([table, rows]) => rows.map((row) => `${table}.${row.action}`).filter((a) => !taken.has(a)),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('leaves to the platform alone the actions no route takes', () => {
    for (const [table, actions] of Object.entries(UNROUTED) as [TableName, readonly string[]][])
      expect([table, expectedRoles({ [table]: actions })]).toEqual([table, []]);
  });
});

describe(actorsOf.name, () => {
  it('unites the rows of the actions in the table’s order, the platform aside', () => {
    expect(actorsOf(CANDIDACY_TABLE, 'abandon')).not.toContain('system');
    expect(actorsOf(DOSSIER_LIFECYCLE, 'request_decision', 'assign')).toEqual([
      'cb_admin',
      'auditor',
      'analyst',
    ]);
  });

  it('keeps, across steps, the roles every step allows', () => {
    expect(actorsOfAll(['cb_admin', 'analyst', 'decision_maker'], ['decision_maker', 'cb_admin'])).toEqual([
      'cb_admin',
      'decision_maker',
    ]);
  });
});

describe(mayTake.name, () => {
  it('asks the row of the status for one of the roles', () => {
    expect(mayTake(DOSSIER_LIFECYCLE, 'certified', 'suspend', ['decision_maker'])).toBe(true);
    expect(mayTake(DOSSIER_LIFECYCLE, 'certified', 'suspend', ['analyst', 'cb_admin'])).toBe(false);
    expect(mayTake(DOSSIER_LIFECYCLE, 'draft', 'suspend', ['decision_maker'])).toBe(false);
  });

  it('never lets a user take what only the platform does', () => {
    expect(mayTake(DOSSIER_LIFECYCLE, 'certified', 'expire', ['system'])).toBe(false);
  });
});
