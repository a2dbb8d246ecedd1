import type { Answers, DossierStatus, Scheme } from '@certhub/contracts';
import type { AuditDoc } from '../../services/dossier/src/audits/audit.schema';
import type { DossierView, TrailEntry } from '../../services/dossier/src/lifecycle/dossier.schema';
import { buildAudits } from './audit-docs';
import type { Random } from './random';
import { DAY_MS, dayOf, reached, stepsOf, type World } from './world';

export { DAY_MS, dayOf, STATUS_WEIGHTS, type World } from './world';
export { isPastAudit } from './audit-docs';

export interface DossierPlan {
  dossier: DossierView;
  audits: AuditDoc[];
}

/** One dossier of `status`, opened `ageDays` ago, with its audits (no findings: see finding-docs.ts). */
export function buildDossier(
  world: World,
  rnd: Random,
  seq: number,
  options: {
    status: DossierStatus;
    cbIndex: number;
    organisationId: string;
    reference?: string;
    scheme?: Scheme;
  },
): DossierPlan {
  const cb = world.cbs[options.cbIndex] as World['cbs'][number];
  const scheme =
    options.scheme ??
    (rnd.chance(0.6) ? (world.schemes[0] as Scheme) : (world.schemes[1] ?? (world.schemes[0] as Scheme)));
  const status = options.status;
  const steps = stepsOf(status);
  const early = steps.length <= 3 && !['refused', 'abandoned'].includes(status);
  const ageDays = early ? rnd.int(1, 180) : rnd.int(60, 3 * 365);
  const createdAt = world.now - ageDays * DAY_MS - rnd.int(0, DAY_MS);
  const id = rnd.uuid();
  const pool = world.answerPool.get(scheme.schemeId) as { complete: Answers[]; partial: Answers[] };
  const submitted = reached(status, 'submitted');
  const answers = submitted ? rnd.pick(pool.complete) : rnd.pick(pool.partial);
  const analystId = submitted ? rnd.pick(cb.analysts) : undefined;
  const siren = rnd.siren();
  const holderName = `${rnd.words(2).slice(0, -1)} ${rnd.pick(['SARL', 'SAS', 'SA', 'Association'])}`;

  // Each step of the path at a date between the opening and today, in order.
  const span = Math.max(1, world.now - createdAt);
  const at = steps.map((_, i) => new Date(createdAt + (span * i) / steps.length));
  const who = (step: DossierStatus) =>
    ['submitted', 'abandoned', 'corrected'].includes(step)
      ? `user-${options.organisationId}`
      : (analystId ?? cb.analysts[0]);
  const trail: TrailEntry[] = steps.map((step, i) => ({
    at: at[i] as Date,
    who: who(step) as string,
    action: i === 0 ? 'create' : `to_${step}`,
    what: i === 0 ? `dossier opened for ${scheme.title} ${scheme.version}` : `${steps[i - 1]} → ${step}`,
    fromStatus: (i === 0 ? step : steps[i - 1]) as DossierStatus,
    toStatus: step,
    ...(i > 0 && rnd.chance(0.3) ? { before: { note: rnd.words(5) }, after: { note: rnd.words(5) } } : {}),
  }));

  const audits = buildAudits(
    world,
    rnd,
    { id, status, cb, scheme, organisationId: options.organisationId },
    at,
    steps,
  );
  const certified = reached(status, 'certified');
  const validFrom = certified ? dayOf((at[steps.indexOf('certified')] as Date).getTime()) : undefined;
  const validUntil =
    status === 'expired'
      ? dayOf(world.now - rnd.int(1, 200) * DAY_MS)
      : validFrom && dayOf(Date.parse(validFrom) + scheme.cycle.validityMonths * 30.4 * DAY_MS);

  const dossier: DossierView = {
    _id: id,
    reference:
      options.reference ??
      `${cb.prefix}-${new Date(createdAt).getUTCFullYear()}-${String(seq).padStart(7, '0')}`,
    tenantId: [options.organisationId, cb.id],
    organisationId: options.organisationId,
    cbId: cb.id,
    ...(analystId ? { analystId } : {}),
    auditorIds: [...new Set(audits.flatMap((a) => a.auditorIds))],
    schemeId: scheme.schemeId,
    schemeVersion: scheme.version,
    ...(scheme.levels.length ? { level: rnd.pick(scheme.levels).id } : {}),
    status,
    version: steps.length - 1 + rnd.int(0, 6),
    questionnaire: {
      revision: rnd.int(1, 12),
      answers,
      ...(submitted ? { submittedAt: at[1] as Date, submittedBy: `user-${options.organisationId}` } : {}),
    },
    questionnaireFindings: reached(status, 'findings_on_questionnaire')
      ? Array.from({ length: rnd.int(1, 3) }, (_, i) => ({
          id: rnd.uuid(),
          number: `NC${String(i + 1).padStart(4, '0')}`,
          questionId: rnd.pick(Object.keys(answers)),
          description: rnd.prose(rnd.int(60, 400)),
          status: status === 'findings_on_questionnaire' ? ('open' as const) : ('corrected' as const),
          raisedAt: at[2] as Date,
          raisedBy: analystId as string,
        }))
      : [],
    holder: {
      name: holderName,
      siren,
      address: {
        line1: `${rnd.int(1, 200)} rue ${rnd.words(2).slice(0, -1)}`,
        postcode: rnd.digits(5),
        city: 'Lyon',
      },
      sites: Array.from({ length: rnd.int(1, 3) }, () => ({
        siret: rnd.siret(siren),
        name: holderName,
        address: { postcode: rnd.digits(5), city: 'Lyon' },
      })),
    },
    ...(reached(status, 'contracted')
      ? {
          contract: {
            reference: `CT-${rnd.digits(8)}`,
            signedOn: dayOf((at[steps.indexOf('contracted')] as Date).getTime()),
            recordedAt: at[steps.indexOf('contracted')] as Date,
          },
        }
      : {}),
    decisions: certified
      ? [
          {
            id: rnd.uuid(),
            kind: 'initial',
            outcome: 'grant',
            reason: rnd.prose(rnd.int(80, 400)),
            decidedBy: `decider-${cb.id}`,
            decidedAt: at[steps.indexOf('certified')] as Date,
          },
        ]
      : [],
    ...(certified && validFrom && validUntil
      ? {
          certificate: {
            certificateId: rnd.uuid(),
            number: `${cb.prefix}-C-${rnd.digits(8)}`,
            validFrom,
            validUntil,
            status:
              status === 'suspended'
                ? 'suspended'
                : status === 'withdrawn'
                  ? 'withdrawn'
                  : status === 'expired'
                    ? 'expired'
                    : 'valid',
            issuedAt: at[steps.indexOf('certified')] as Date,
            data: { holder: holderName, scheme: scheme.title, mentions: rnd.prose(300) },
          },
        }
      : {}),
    previousCertificates: [],
    cycle: {
      surveillanceDue: validFrom
        ? scheme.cycle.surveillance.atMonths.map((m) => dayOf(Date.parse(validFrom) + m * 30.4 * DAY_MS))
        : [],
    },
    ...(status === 'refused' || status === 'abandoned' ? { closedReason: rnd.prose(rnd.int(40, 200)) } : {}),
    trail,
    outbox: [],
    createdAt: new Date(createdAt),
    updatedAt: at[at.length - 1] as Date,
  };
  return { dossier, audits };
}
