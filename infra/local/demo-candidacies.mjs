#!/usr/bin/env node
// Demo candidacies of the individuals' line, for `./certhub up`: a visitor signing in as
// establishment.a, network.admin, certifier or jury finds a habilitated establishment with
// candidates at the stages people act on, not an empty line. Through the gateway's public API with
// the demo users' real tokens, like demo-dossiers.mjs, so every rule, event and read model follows.
//
// Idempotent and resumable: each planned candidate is known by its birth name in the demo
// establishment; a missing one is registered, each is moved one step at a time from the status it
// is in towards its target, and one already there is left alone.
//   node infra/local/demo-candidacies.mjs          (reads <run dir>/services.json and runtime.json)
import { DemoApi, runSeederScript } from './demo-api.mjs';

const ESTABLISHMENT = 'est-demo-a';
const CERTIFIER = 'cb-demo';
const DAY_MS = 86_400_000;
const day = (offset = 0) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

/** The statuses of the happy path, in order (docs/domain/individuals-certification.md). */
const PATH = [
  'awaiting_preliminary_evaluation',
  'awaiting_final_evaluation',
  'to_send',
  'awaiting_certification',
  'awaiting_jury',
  'certified',
];

const PLAN = [
  {
    birthName: 'BERNARD',
    firstName: 'Lucas',
    civility: 'mr',
    birthDate: '1994-06-02',
    target: 'awaiting_preliminary_evaluation',
  },
  {
    birthName: 'PETIT',
    firstName: 'Inès',
    civility: 'mrs',
    birthDate: '1988-11-21',
    target: 'awaiting_final_evaluation',
  },
  {
    birthName: 'ROUX',
    firstName: 'Karim',
    civility: 'mr',
    birthDate: '1979-02-14',
    target: 'awaiting_certification',
  },
  {
    birthName: 'FONTAINE',
    firstName: 'Julie',
    civility: 'mrs',
    birthDate: '1990-09-08',
    target: 'certified',
  },
];

/** The registration form of seed 002's candidate, complete enough to be sent to certification. */
const form = (entry) => ({
  establishmentId: ESTABLISHMENT,
  civility: entry.civility,
  birthName: entry.birthName,
  firstName: entry.firstName,
  birthDate: entry.birthDate,
  birthCity: 'Lyon',
  birthPostalCode: '69003',
  registrationStatus: 'employee',
  delegatedBranch: 'Commerce de détail et de gros à prédominance alimentaire',
  contextualisedBase: false,
  trainingLevel: 3,
  mainFunder: 'opco',
  professionalGoals: 'Évoluer vers un poste de chef d’équipe',
  personalGoals: 'Reprendre confiance à l’écrit',
  email: `${entry.firstName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')}.${entry.birthName.toLowerCase()}@example.org`,
  address: { line1: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
});

/** The demo establishment habilitated by the demo certifier for three years, once. */
async function habilitate(api) {
  const mine = await api.call(
    'certifier',
    'GET',
    `/habilitations?establishmentId=${ESTABLISHMENT}&pageSize=100`,
  );
  if (mine.items.some((h) => h.status === 'validated')) return false;
  let pending = mine.items.find((h) => h.status === 'pending');
  if (!pending)
    pending = (
      await api.call('establishment.a', 'POST', `/establishments/${ESTABLISHMENT}/habilitations`, {
        certifierIds: [CERTIFIER],
      })
    ).items[0];
  await api.call('certifier', 'PUT', `/habilitations/${pending.id}/decision`, {
    decision: 'validated',
    startsOn: day(-30),
    endsOn: day(3 * 365),
  });
  return true;
}

/** Opens (or resumes the draft of), scores (every sub-domain acquired but `missing`), attaches a matrix and finalises. */
async function evaluate(api, candidate, missing) {
  const who = 'establishment.a';
  const evaluator = {
    evaluatorName: 'Claire Dubois',
    evaluatorEmail: 'claire.dubois@example.org',
    evaluatedOn: day(-7),
  };
  const framework = await api.call(who, 'GET', '/clea-framework');
  const scores = framework.domains.flatMap((d) =>
    d.subDomains.map((s) => ({ subDomainId: s.id, acquired: !missing.includes(s.id) })),
  );
  // A run cut short after the opening left a draft: the service refuses a second one, so it is resumed.
  const evaluations = await api.call(who, 'GET', `/candidates/${candidate.id}/evaluations?pageSize=100`);
  const draft = evaluations.items.find((e) => e.status === 'draft');
  const opened = draft
    ? { id: draft.id, candidateVersion: candidate.version }
    : await api.call(who, 'POST', `/candidates/${candidate.id}/evaluations`, evaluator);
  const saved = await api.call(who, 'PUT', `/candidates/${candidate.id}/evaluations/${opened.id}`, {
    ...evaluator,
    scores,
    matrixDocumentId: await api.upload(who, candidate.filesContextId, 'matrice-evaluation'),
    version: opened.candidateVersion,
  });
  await api.call(who, 'POST', `/candidates/${candidate.id}/evaluations/${opened.id}/finalisation`, {
    version: saved.candidateVersion,
  });
}

/** A session of the demo certifier two weeks ahead, shared by the demo's candidates. */
async function jurySession(api) {
  const upcoming = await api.call('certifier', 'GET', `/jury-sessions?pageSize=100`);
  const found = upcoming.items.find((s) => s.sittingOn >= day() && s.region === 'Auvergne-Rhône-Alpes');
  return (
    found ??
    api.call('certifier', 'POST', '/jury-sessions', {
      region: 'Auvergne-Rhône-Alpes',
      sittingOn: day(14),
      sendMode: 'digital',
    })
  );
}

/** The one step from the candidate's status towards its target; false once it is there. */
async function step(api, candidate, target) {
  const { id, status } = candidate;
  if (status === target || PATH.indexOf(status) >= PATH.indexOf(target)) return false;
  const who = 'establishment.a';
  switch (status) {
    case 'awaiting_preliminary_evaluation':
      // Two sub-domains not acquired: a training comes before the final evaluation.
      await evaluate(api, candidate, ['2.3', '4.2']);
      return true;
    case 'awaiting_final_evaluation': {
      const trainings = await api.call(who, 'GET', `/candidates/${id}/trainings?pageSize=100`);
      if (!trainings.items.length) {
        await api.call(who, 'POST', `/candidates/${id}/trainings`, {
          title: 'Calcul professionnel et travail en équipe',
          startsOn: day(-6),
          endsOn: day(-5),
          durationHours: 14,
          domainIds: ['2', '4'],
          attendanceCertificateDocumentId: await api.upload(
            who,
            candidate.filesContextId,
            'attestation-presence',
          ),
          proofDocumentIds: [await api.upload(who, candidate.filesContextId, 'feuille-emargement')],
        });
        if (target === 'awaiting_final_evaluation') return false;
      }
      await evaluate(api, candidate, []);
      return true;
    }
    case 'to_send':
      await api.call(who, 'POST', `/candidates/${id}/certification-sending`);
      return true;
    case 'awaiting_certification': {
      const session = await jurySession(api);
      await api.call('certifier', 'POST', `/jury-sessions/${session.id}/assignments`, { candidateIds: [id] });
      return true;
    }
    case 'awaiting_jury':
      await api.call('jury', 'PUT', `/candidates/${id}/jury-decision`, { decision: 'certified' });
      return true;
    default:
      throw new Error(`candidate ${candidate.reference} is ${status}: the demo plan has no step from there`);
  }
}

export async function seedDemoCandidacies({ gateway, keycloak, log = console.error }) {
  const api = new DemoApi(gateway, keycloak);
  const habilitated = await habilitate(api);
  const mine = async () =>
    (await api.call('establishment.a', 'GET', `/candidates?establishmentId=${ESTABLISHMENT}&pageSize=100`))
      .items;
  let moved = 0;
  for (const entry of PLAN) {
    let candidate = (await mine()).find(
      (c) => c.birthName === entry.birthName && c.firstName === entry.firstName,
    );
    candidate ??= await api.call('establishment.a', 'POST', '/candidates', form(entry));
    // Each step starts from the candidate as it is now: a failed run may have taken part of one.
    for (;;) {
      candidate = await api.call('establishment.a', 'GET', `/candidates/${candidate.id}`);
      if (!(await step(api, candidate, entry.target))) break;
      moved += 1;
    }
  }
  log(
    `demo candidacies: ${PLAN.length} in the demo establishment${habilitated ? ' (habilitation validated)' : ''}, ${moved} step(s) taken this run`,
  );
}

await runSeederScript(import.meta.url, 'demo-candidacies', seedDemoCandidacies);
