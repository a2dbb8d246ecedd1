import {
  EventCatalog,
  newCloudEvent,
  type CloudEvent,
  type DossierStatus,
  type EventPayload,
  type EventType,
} from '@certhub/contracts';

/** Who a generated dossier belongs to: CBs, organisations and schemes are picked in turn. */
export interface Cast {
  cbs: string[];
  organisations: string[];
  schemes: string[];
}

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2025, 0, 6);
const REQUIREMENTS = ['1.1', '1.2', '2.3', '4.1'];

/** A deterministic pick in [0, n) for dossier `i`: knobs vary independently of one another. */
function pick(i: number, salt: number, n: number): number {
  let x = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return ((x ^ (x >>> 16)) >>> 0) % n;
}

/**
 * The events of dossier `i`, in the order the dossier service would emit them: created, submitted,
 * assigned, (questionnaire findings and correction), admissible, contracted, audit planned and
 * completed, findings raised and (mostly) closed, decision. Each dossier stops after a number of
 * steps picked for it, so the generated dossiers end in every status; every payload is checked
 * against the event catalogue.
 */
export function journey(i: number, cast: Cast, idPrefix: string): CloudEvent[] {
  const dossierId = `${idPrefix}-d${i}`;
  const cbId = cast.cbs[pick(i, 1, cast.cbs.length)] as string;
  const ref = {
    dossierId,
    organisationId: cast.organisations[pick(i, 2, cast.organisations.length)] as string,
    schemeId: cast.schemes[pick(i, 3, cast.schemes.length)] as string,
  };
  let clock = BASE + (i % 50) * 3_600_000;
  const steps: ((at: string) => CloudEvent[])[] = [];
  const events: CloudEvent[] = [];
  let status: DossierStatus = 'draft';
  let assigned = false;
  const event = <K extends EventType>(type: K, data: EventPayload<K>, at: string): CloudEvent => {
    EventCatalog[type].schema.parse(data);
    return newCloudEvent(type, data, {
      source: 'certhub/dossier',
      partitionKey: dossierId,
      time: new Date(at),
      ...(assigned ? { tenantId: cbId } : {}),
    });
  };
  const dossier = () => (assigned ? { ...ref, cbId } : ref);
  const move = (to: DossierStatus, at: string) => {
    const from = status;
    status = to;
    return event(
      'certhub.dossier.status_changed.v1',
      { ...dossier(), reference: `D-${i}`, from, to, at, by: 'u-analyst' },
      at,
    );
  };
  const findings = Array.from({ length: pick(i, 4, 3) }, (_, n) => ({
    findingId: `${dossierId}-f${n}`,
    number: `NC${String(n + 1).padStart(4, '0')}`,
    requirementId: REQUIREMENTS[(i + n) % REQUIREMENTS.length] as string,
    severity: (i + n) % 2 === 0 ? ('minor' as const) : ('major' as const),
  }));
  const dueDate = (at: string) =>
    pick(i, 5, 6) === 0 ? '2099-12-31' : new Date(Date.parse(at) + 14 * DAY_MS).toISOString().slice(0, 10);
  let raisedAt = '';

  steps.push((at) => [event('certhub.dossier.created.v1', { ...ref, reference: `D-${i}` }, at)]);
  steps.push((at) => [
    move('submitted', at),
    event('certhub.dossier.submitted.v1', { ...ref, submittedBy: 'u-org', submittedAt: at }, at),
  ]);
  steps.push((at) => {
    assigned = true;
    return [
      event('certhub.dossier.assigned.v1', { ...ref, cbId, analystId: 'u-analyst', at, by: 'u-admin' }, at),
    ];
  });
  if (pick(i, 6, 4) === 0) {
    steps.push((at) => [
      move('findings_on_questionnaire', at),
      event(
        'certhub.dossier.questionnaire_finding_raised.v1',
        {
          ...dossier(),
          findingId: `${dossierId}-q`,
          number: 'NC0001',
          questionId: 'q3',
          at,
          by: 'u-analyst',
        },
        at,
      ),
    ]);
    steps.push((at) => [move('corrected', at)]);
  }
  steps.push((at) => [
    move('admissible', at),
    event('certhub.dossier.admissible.v1', { ...dossier(), at, by: 'u-analyst' }, at),
  ]);
  steps.push((at) => [move('contracted', at)]);
  const audit = { auditId: `${dossierId}-a`, type: 'initial' as const };
  steps.push((at) => [
    event(
      'certhub.dossier.audit_planned.v1',
      {
        ...dossier(),
        ...audit,
        startDate: at.slice(0, 10),
        endDate: at.slice(0, 10),
        auditorIds: ['u-aud'],
        at,
        by: 'u-analyst',
      },
      at,
    ),
    move('audit_planned', at),
  ]);
  steps.push((at) => [
    event('certhub.dossier.audit_completed.v1', { ...dossier(), ...audit, at, by: 'u-aud' }, at),
    move('audited', at),
  ]);
  if (findings.length) {
    steps.push((at) => {
      raisedAt = at;
      return [
        ...findings.map((f) =>
          event(
            'certhub.dossier.finding_raised.v1',
            { ...dossier(), ...f, auditId: audit.auditId, dueDate: dueDate(at), at, by: 'u-aud' },
            at,
          ),
        ),
        move('findings_open', at),
      ];
    });
    // One dossier in five leaves its last finding open.
    steps.push((at) =>
      findings
        .slice(0, pick(i, 7, 5) === 0 ? -1 : undefined)
        .map((f) =>
          event(
            'certhub.dossier.finding_closed.v1',
            { ...dossier(), ...f, raisedAt, at, by: 'u-analyst' },
            at,
          ),
        ),
    );
  }
  steps.push((at) => [move('decision_pending', at)]);
  steps.push((at) => {
    const outcome = pick(i, 8, 7) === 0 ? ('refuse' as const) : ('grant' as const);
    return [
      event(
        'certhub.dossier.decision_recorded.v1',
        {
          ...dossier(),
          decisionId: `${dossierId}-dec`,
          kind: 'initial',
          outcome,
          reason: 'committee',
          at,
          by: 'u-dm',
        },
        at,
      ),
      move(outcome === 'grant' ? 'certified' : 'refused', at),
    ];
  });

  for (const [s, step] of steps.slice(0, 1 + pick(i, 9, 13)).entries()) {
    clock += (1 + ((i * 7 + s) % 5)) * DAY_MS + s * 3_600_000;
    events.push(...step(new Date(clock).toISOString()));
  }
  return events;
}

/**
 * Exactly `total` events of as many dossiers as needed, interleaved one dossier after the other
 * as concurrent activity would publish them; each dossier's events stay in order.
 */
export function scenario(total: number, cast: Cast, idPrefix: string, firstDossier = 0): CloudEvent[] {
  const journeys: CloudEvent[][] = [];
  let count = 0;
  for (let i = firstDossier; count < total; i++) {
    const events = journey(i, cast, idPrefix);
    journeys.push(events);
    count += events.length;
  }
  const interleaved: CloudEvent[] = [];
  for (let round = 0; interleaved.length < total; round++) {
    for (const events of journeys) {
      const next = events[round];
      if (next && interleaved.length < total) interleaved.push(next);
    }
  }
  return interleaved;
}
