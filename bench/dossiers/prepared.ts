import type { Scheme } from '@certhub/contracts';
import type { AuditDoc } from '../../services/dossier/src/audits/audit.schema';
import type { DossierView } from '../../services/dossier/src/lifecycle/dossier.schema';
import type { FindingDoc } from '../../services/dossier/src/findings/finding.schema';
import { buildDossier, type World } from './dossier-docs';
import { auditRef, buildSendableFinding } from './finding-docs';
import type { Random } from './random';

export type Side = 'gateway' | 'database';
export type PreparedCommand = 'submit' | 'send';

/** Reference prefix of the dossiers one command consumes on one side (one dossier per call). */
export const preparedPrefix = (command: PreparedCommand, side: Side): string =>
  `DEMO-BENCH-${command.toUpperCase()}-${side === 'gateway' ? 'G' : 'D'}-`;

export type Prepared = Record<PreparedCommand, Record<Side, number>>;

interface Writers {
  dossiers: { add(doc: DossierView): Promise<void> };
  audits: { add(doc: AuditDoc): Promise<void> };
  findings: { add(doc: FindingDoc): Promise<void> };
}

/**
 * Dossiers of org-demo with cb-demo that the measured commands consume, the same number for the
 * gateway and for the direct database run:
 * - `submit`: drafts of the label scheme whose questionnaire is complete (the submit succeeds);
 * - `send`: dossiers in findings_open with three findings in measures_requested, each with one
 *   measure marked ready and one draft not ready (the batch sends three items, leaves three).
 */
export async function prepareCommandDossiers(
  world: World,
  rnd: Random,
  count: number,
  writers: Writers,
): Promise<Prepared> {
  const label = world.schemes.find((s) => s.schemeId === 'label-engagement') ?? (world.schemes[0] as Scheme);
  const pool = world.answerPool.get(label.schemeId)?.complete ?? [];
  const prepared: Prepared = { submit: { gateway: 0, database: 0 }, send: { gateway: 0, database: 0 } };
  for (const side of ['gateway', 'database'] as const) {
    for (let i = 1; i <= count; i++) {
      const { dossier } = buildDossier(world, rnd, 0, {
        status: 'draft',
        cbIndex: 0,
        organisationId: 'org-demo',
        scheme: label,
        reference: `${preparedPrefix('submit', side)}${String(i).padStart(6, '0')}`,
      });
      dossier.questionnaire.answers = rnd.pick(pool);
      await writers.dossiers.add(dossier);
      prepared.submit[side] += 1;
    }
    for (let i = 1; i <= count; i++) {
      const { dossier, audits } = buildDossier(world, rnd, 0, {
        status: 'findings_open',
        cbIndex: 0,
        organisationId: 'org-demo',
        scheme: label,
        reference: `${preparedPrefix('send', side)}${String(i).padStart(6, '0')}`,
      });
      await writers.dossiers.add(dossier);
      const audit = audits[0] as AuditDoc;
      for (const a of audits) await writers.audits.add(a);
      const requirementIds = label.chapters.flatMap((c) => c.requirements.map((r) => r.id));
      const ref = auditRef(dossier, audit, true, requirementIds);
      for (let n = 1; n <= 3; n++) await writers.findings.add(buildSendableFinding(ref, rnd, n, world.now));
      prepared.send[side] += 1;
    }
  }
  return prepared;
}
