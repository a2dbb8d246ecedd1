#!/usr/bin/env node
// Demo dossiers at each stage of the organisation lifecycle, for `./certhub up`: a visitor signing in
// as org.admin, analyst, auditor or decider finds a populated platform, not only accounts. Everything
// goes through the gateway's public API with the demo users' real tokens, as people would do it, so
// every rule, event, mail and read model follows.
//
// Idempotent and resumable: the plan's n-th dossier is the demo organisation's n-th dossier at the
// demo CB (oldest first). A missing one is opened; each is moved one step at a time from the status it
// is in towards its target, and one already there is left alone. A second run changes nothing.
//   node infra/local/demo-dossiers.mjs            (reads <run dir>/services.json and runtime.json)
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { URLSearchParams, fileURLToPath } from 'node:url';
import { DemoApi as Api, runSeederScript } from './demo-api.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The questionnaire's visibility rules, as the services run them, and the sample answers the
// tests give (built by `npm run build`).
const require = createRequire(import.meta.url);
const { DossierStatusSchema, allQuestions, isVisible } = require(
  join(ROOT, 'dist/libs/contracts/src/index.js'),
);
const { sampleAnswer } = require(join(ROOT, 'dist/libs/testing/src/questionnaire-answers.js'));

const CB = 'cb-demo';
const ORGANISATION = 'org-demo';
const SIRET = '90123456700013';
const DAY_MS = 86_400_000;
const day = (offset = 0) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

/**
 * One dossier per stage a person acts on; its position is its identity (see above), so entries are
 * only ever appended. Certified ones come last: an organisation holding a certificate for a scheme
 * opens no other dossier on it, so every dossier is opened before any is granted.
 */
const PLAN = [
  { scheme: 'label-engagement', target: 'draft' },
  { scheme: 'label-engagement', target: 'submitted' },
  { scheme: 'label-engagement', target: 'findings_on_questionnaire' },
  { scheme: 'label-engagement', target: 'admissible' },
  { scheme: 'label-engagement', target: 'contracted' },
  { scheme: 'label-engagement', target: 'audit_planned' },
  { scheme: 'label-engagement', target: 'findings_open' },
  { scheme: 'label-engagement', target: 'decision_pending' },
  { scheme: 'amarc', level: 'A', target: 'certified' },
];

/** The statuses in the order of the lifecycle's happy path, up to `certified`. */
const PATH = DossierStatusSchema.options;
const before = (status, target) => PATH.indexOf(status) < PATH.indexOf(target);

/** The Ateliers Démo answering; files are uploaded into their question's context. */
const ANSWERER = {
  siret: SIRET,
  date: day(-120),
  text: 'Réponse des Ateliers Démo',
  email: 'qualite@ateliers-demo.fr',
  siteName: 'Siège de Lyon',
};

/**
 * What the platform pre-filled, and every other visible question answered: a file uploaded for each
 * file question (the template itself for a spreadsheet one).
 */
async function answers(api, dossierId, questionnaire, prefilled) {
  const given = { ...prefilled };
  for (const { question } of allQuestions(questionnaire)) {
    if (given[question.id] !== undefined || !isVisible(questionnaire, question, given)) continue;
    let value = sampleAnswer(question, ANSWERER);
    if (question.type === 'file' || question.type === 'file_from_template') {
      const contextId = `dossier:${dossierId}:question:${question.id}`;
      // A run cut short may have uploaded it already: the context keeps it.
      const kept = (
        await api.call('org.admin', 'GET', `/documents?contextId=${encodeURIComponent(contextId)}`)
      ).items;
      if (kept.length) {
        given[question.id] = { value: [kept[0].documentId] };
        continue;
      }
      const spreadsheet =
        question.rules.accept.length > 0 && question.rules.accept.every((a) => a === '.xlsx');
      value = [
        spreadsheet && question.type === 'file_from_template'
          ? await uploadTemplate(api, contextId, question.templateDocumentId)
          : await api.upload('org.admin', contextId, `piece-${question.number ?? question.id}`),
      ];
    }
    given[question.id] = { value };
  }
  return given;
}

async function uploadTemplate(api, contextId, templateDocumentId) {
  const bytes = await api.download('org.admin', `/documents/${templateDocumentId}/content`);
  const query = new URLSearchParams({ contextId, filename: 'sites.xlsx' });
  const res = await fetch(`${api.base}/documents?${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await api.token('org.admin')}`,
      'content-type': 'application/octet-stream',
    },
    body: bytes,
  });
  if (res.status !== 201) throw new Error(`upload into ${contextId} → ${res.status}: ${await res.text()}`);
  return (await res.json()).documentId;
}

/**
 * The one step that moves a dossier on from `status` towards `target`, as the person whose turn it
 * is would take it; answers false when there is none (the target is reached).
 */
async function step(api, dossier, target, schemes, position) {
  const { id, status } = dossier;
  if (status === target || !before(status, target)) return false;
  const scheme = schemes[dossier.schemeId];
  switch (status) {
    case 'draft': {
      const current = await api.call('org.admin', 'GET', `/dossiers/${id}/questionnaire`);
      await api.call('org.admin', 'PUT', `/dossiers/${id}/questionnaire`, {
        revision: current.revision ?? 0,
        answers: await answers(api, id, scheme.questionnaire, current.answers ?? {}),
      });
      await api.call('org.admin', 'POST', `/dossiers/${id}/questionnaire/submit`);
      return true;
    }
    case 'submitted': {
      // Its own step, so that an attempt made before identity has told the dossier service who the
      // demo analyst is resumes here instead of submitting again.
      if (!dossier.analystId) {
        await api.call('cb.admin', 'PUT', `/dossiers/${id}/analyst`, {
          analystId: await api.userId('analyst'),
        });
        return true;
      }
      if (target === 'findings_on_questionnaire') {
        const question = allQuestions(scheme.questionnaire).find(
          ({ question: q }) => q.type === 'text',
        )?.question;
        await api.call('analyst', 'POST', `/dossiers/${id}/questionnaire/findings`, {
          questionId: question.id,
          description: 'Merci de préciser cette réponse : elle ne correspond pas au Kbis fourni.',
        });
      } else await api.call('analyst', 'POST', `/dossiers/${id}/admissibility`);
      return true;
    }
    case 'admissible': {
      const offer = await api.upload('analyst', `dossier:${id}:contract`, 'proposition-commerciale');
      await api.call('analyst', 'PUT', `/dossiers/${id}/offer`, {
        reference: `PC-${dossier.reference}`,
        documentId: offer,
      });
      const signed = await api.upload('org.admin', `dossier:${id}:contract`, 'proposition-signee');
      await api.call('org.admin', 'POST', `/dossiers/${id}/offer/signed`, { documentId: signed });
      await api.call('analyst', 'PUT', `/dossiers/${id}/contract`, {
        reference: `CT-${dossier.reference}`,
        signedOn: day(),
      });
      return true;
    }
    case 'contracted': {
      // An audit the visitor sees coming (within the 30 days of "upcoming"), or one held some days
      // ago to go on; one auditor, so each dossier its own day.
      const date = target === 'audit_planned' ? day(12) : day(-10 - 3 * position);
      await api.call('analyst', 'POST', `/dossiers/${id}/audits`, {
        type: 'initial',
        startDate: date,
        endDate: date,
        auditorIds: [await api.userId('auditor')],
      });
      return true;
    }
    case 'audit_planned': {
      const audit = (await api.call('auditor', 'GET', `/audits?dossierId=${id}`)).items.find(
        (a) => a.status === 'planned',
      );
      const completed = await api.call('auditor', 'POST', `/audits/${audit.id}/completion`, {
        version: audit.version,
        reportDocumentId: await api.upload('auditor', `audit:${audit.id}:report`, 'rapport-audit'),
      });
      const requirements = scheme.chapters.flatMap((c) => c.requirements.map((r) => r.id));
      const findings = [
        ['major', 'Les réclamations ne sont pas enregistrées de façon systématique.'],
        ['minor', 'Le délai de réponse affiché à l’accueil n’est pas celui de la procédure.'],
      ];
      const recorded = [];
      for (const [i, [severity, description]] of findings.entries())
        recorded.push(
          await api.call('auditor', 'POST', `/audits/${audit.id}/findings`, {
            requirementId: requirements[i],
            severity,
            description,
            dueDate: day(45),
          }),
        );
      await api.call('auditor', 'POST', `/audits/${audit.id}/findings-recorded`, {
        version: completed.version,
      });
      // The analyst confirms them and asks the corrective measures: the applicant has something to do.
      for (const { id: findingId } of recorded) {
        const confirmed = await api.call('analyst', 'POST', `/findings/${findingId}/confirmation`, {
          version: (await api.call('analyst', 'GET', `/findings/${findingId}`)).version,
        });
        await api.call('analyst', 'POST', `/findings/${findingId}/measures-request`, {
          version: confirmed.version,
        });
      }
      return true;
    }
    case 'findings_open': {
      await closeFindings(api, id);
      return true;
    }
    case 'decision_pending': {
      await api.call('decider', 'POST', `/dossiers/${id}/decisions`, {
        outcome: 'grant',
        reason: 'Écarts levés, preuves acceptées par le comité de certification',
      });
      return true;
    }
    default:
      throw new Error(`dossier ${dossier.reference} is ${status}: the demo plan has no step from there`);
  }
}

/**
 * The measures (MC) then the proofs (PM) of every finding, each finding moved from the status it is
 * in (so a run cut short goes on where it stopped): the applicant drafts and marks ready, sends the
 * ready ones in one batch, the analyst accepts.
 */
async function closeFindings(api, dossierId) {
  const act = async (who, id, path, body = {}) => {
    const { version } = await api.call(who, 'GET', `/findings/${id}`);
    return api.call(who, 'POST', `/findings/${id}/${path}`, { version, ...body });
  };
  const draft = async (id, kind) => {
    const documentIds =
      kind === 'proof' ? [await api.upload('org.admin', `finding:${id}:proofs`, 'preuve')] : [];
    const text =
      kind === 'measure'
        ? 'Procédure de traitement des réclamations revue et diffusée'
        : 'Procédure signée et registre tenu';
    const drafted = await act('org.admin', id, 'items', {
      kind,
      text,
      ...(documentIds.length ? { documentIds } : {}),
    });
    await api.call('org.admin', 'PUT', `/findings/${id}/items/${drafted.items.at(-1).id}/ready`, {
      version: drafted.version,
      kind,
      ready: true,
    });
  };
  const accept = async (id, kind) => {
    const current = await api.call('analyst', 'GET', `/findings/${id}`);
    const item = current.items.filter((i) => i.kind === kind).at(-1);
    await api.call('analyst', 'POST', `/findings/${id}/items/${item.id}/review`, {
      version: current.version,
      kind,
      decision: 'accept',
    });
  };
  const ACTIONS = {
    recorded: (id) => act('analyst', id, 'confirmation'),
    confirmed: (id) => act('analyst', id, 'measures-request'),
    measures_requested: (id) => draft(id, 'measure'),
    measures_sent: (id) => accept(id, 'measure'),
    measures_accepted: (id) => act('analyst', id, 'proofs-request'),
    proofs_requested: (id) => draft(id, 'proof'),
    proofs_sent: (id) => accept(id, 'proof'),
  };
  for (let pass = 0; pass < 10; pass += 1) {
    const open = (
      await api.call('analyst', 'GET', `/findings?dossierId=${dossierId}&pageSize=100`)
    ).items.filter((f) => ACTIONS[f.status]);
    if (!open.length) return;
    for (const f of open) await ACTIONS[f.status](f.id);
    for (const [status, kind] of [
      ['measures_requested', 'measure'],
      ['proofs_requested', 'proof'],
    ])
      if (open.some((f) => f.status === status))
        await api.call('org.admin', 'POST', `/dossiers/${dossierId}/findings/send`, { kind });
  }
  throw new Error(`the findings of dossier ${dossierId} did not close`);
}

/**
 * Right after `up`, some of what a step needs settles in the background (the demo auditors'
 * qualifications, read from Keycloak by identity then dossier): a failed step is tried again a few
 * times before the run gives up; a later run resumes where it stopped.
 */
async function retried(attempt, log) {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= 5) throw error;
      log(`demo dossiers: ${error.message} — trying again`);
      await new Promise((r) => setTimeout(r, 3_000 * tries));
    }
  }
}

async function waitForStatus(api, id, from) {
  // Most steps answer the new status; closing the last finding moves the dossier a moment later.
  for (let i = 0; i < 150; i += 1) {
    const dossier = await api.call('org.admin', 'GET', `/dossiers/${id}`);
    if (dossier.status !== from) return dossier;
    await new Promise((r) => setTimeout(r, 200));
  }
  return api.call('org.admin', 'GET', `/dossiers/${id}`);
}

export async function seedDemoDossiers({ gateway, keycloak, log = console.error }) {
  const api = new Api(gateway, keycloak);
  const schemes = {};
  for (const schemeId of new Set(PLAN.map((p) => p.scheme)))
    schemes[schemeId] = await api.call('org.admin', 'GET', `/schemes/${schemeId}`);
  const mine = async () =>
    (await api.call('org.admin', 'GET', '/dossiers?pageSize=100&sort=reference')).items.filter(
      (d) => d.organisationId === ORGANISATION && d.cbId === CB,
    );
  const existing = await mine();
  for (const entry of PLAN.slice(existing.length))
    await api.call('org.admin', 'POST', '/dossiers', {
      schemeId: entry.scheme,
      cbId: CB,
      ...(entry.level ? { level: entry.level } : {}),
    });
  const dossiers = (await mine()).slice(0, PLAN.length);
  let moved = 0;
  for (const [i, entry] of PLAN.entries()) {
    let dossier = dossiers[i];
    if (dossier.schemeId !== entry.scheme) {
      log(`demo dossier ${i + 1} (${dossier.reference}) is not on ${entry.scheme}: left as it is`);
      continue;
    }
    // Each attempt starts from the dossier as it is now: a failed one may have taken part of its step.
    const attempt = async () => {
      dossier = await api.call('org.admin', 'GET', `/dossiers/${dossier.id}`);
      return step(api, dossier, entry.target, schemes, i);
    };
    while (await retried(attempt, log)) {
      moved += 1;
      dossier = await waitForStatus(api, dossier.id, dossier.status);
    }
  }
  log(`demo dossiers: ${dossiers.length} at the demo CB, ${moved} step(s) taken this run`);
  return { dossiers: dossiers.length, moved };
}

await runSeederScript(import.meta.url, 'demo-dossiers', seedDemoDossiers);
