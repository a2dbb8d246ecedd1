import {
  allQuestions,
  isVisible,
  type Answers,
  type AnswerValue,
  type CloudEvent,
  type Questionnaire,
} from '@certhub/contracts';
import {
  MailSink,
  TestStack,
  actionLink,
  applicantRegistration,
  connectNats,
  followEmailLink,
  passwordToken,
  qualifyAuditors,
  sampleAnswer,
  someCompany,
  uniqueId,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';
import type { NatsConnection } from 'nats';

/**
 * Issue 4's journey, through the public API with real Keycloak tokens: an applicant registers and
 * fills the label questionnaire, the CB instructs it, audits, the findings go through the MC/PM
 * flow, a decision-maker grants, then the certificate lives through surveillance, suspension and
 * withdrawal. The events the dossier service emitted are read back from JetStream, in order.
 */
const CB = 'cb-demo';
const SCHEME = 'label-engagement';

const subjectOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sub: string }).sub;
const today = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Answers every question shown, in order, except `leaveOut`; `choose` overrides some values. */
function fill(
  questionnaire: Questionnaire,
  siret: string,
  choose: Record<string, AnswerValue>,
  leaveOut: string[],
): Answers {
  const answers: Answers = {};
  for (const { question } of allQuestions(questionnaire)) {
    if (leaveOut.includes(question.id) || !isVisible(questionnaire, question, answers)) continue;
    answers[question.id] = {
      value:
        choose[question.id] ?? sampleAnswer(question, { siret, date: today(), text: 'Réponse du candidat' }),
    };
  }
  return answers;
}

describe('certification journey through the gateway', () => {
  let stack: TestStack;
  let gateway: ServiceProcess;
  let nc: NatsConnection;

  beforeAll(async () => {
    stack = await TestStack.start(['gateway', 'identity', 'dossier', 'document'], {
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    gateway = stack.service('gateway');
    nc = await connectNats(stack.nats.url);
  }, 120_000);
  afterAll(async () => {
    await nc?.close();
    await stack?.stop();
  });

  async function call<T = Record<string, unknown>>(
    token: string | undefined,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${gateway.url}/api/v1${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
  /** A call that must succeed: the problem body is in the failure message when it does not. */
  async function ok<T = Record<string, unknown>>(
    token: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const res = await call<T>(token, method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** A file as the portal sends it: the raw body into an upload context; the document's id. */
  async function upload(token: string, contextId: string, body: Buffer): Promise<string> {
    const query = new URLSearchParams({ contextId, filename: 'piece' }).toString();
    const res = await fetch(`${gateway.url}/api/v1/documents?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body,
    });
    const text = await res.text();
    if (res.status !== 201) throw new Error(`upload into ${contextId} → ${res.status}: ${text}`);
    return (JSON.parse(text) as { documentId: string }).documentId;
  }
  const pdf = () => Buffer.from(`%PDF-1.7\n${uniqueId('pdf')}`);

  /**
   * Every file question answered with an upload into its context: the completed template for a
   * spreadsheet-only one (downloaded by the applicant), a PDF otherwise.
   */
  async function uploadFor(token: string, dossierId: string, questionnaire: Questionnaire) {
    const answers: Record<string, AnswerValue> = {};
    for (const { question } of allQuestions(questionnaire)) {
      if (question.type !== 'file' && question.type !== 'file_from_template') continue;
      const spreadsheet =
        question.rules.accept.length > 0 && question.rules.accept.every((a) => a === '.xlsx');
      const body =
        spreadsheet && question.type === 'file_from_template'
          ? Buffer.from(
              await (
                await fetch(`${gateway.url}/api/v1/documents/${question.templateDocumentId}/content`, {
                  headers: { authorization: `Bearer ${token}` },
                })
              ).arrayBuffer(),
            )
          : pdf();
      answers[question.id] = [await upload(token, `dossier:${dossierId}:question:${question.id}`, body)];
    }
    return answers;
  }

  /**
   * The events about one dossier in stream order, grouped by the aggregate that emitted them: the
   * dossier itself, or each finding (keyed by its id). The outbox guarantees the order within one
   * aggregate; between aggregates it depends on the relay's passes, so it is not asserted.
   */
  async function eventsOf(dossierId: string, certificateId?: string): Promise<Map<string, string[]>> {
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info('CERTHUB_EVENTS');
    const out = new Map<string, string[]>();
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const msg = await jsm.streams.getMessage('CERTHUB_EVENTS', { seq }).catch(() => undefined);
      if (!msg?.subject.startsWith('evt.dossier.')) continue;
      const event = msg.json<CloudEvent>();
      const data = event.data as {
        dossierId?: string;
        certificateId?: string;
        findingId?: string;
        from?: string;
        to?: string;
      };
      // Certificate status events name the certificate, not the dossier.
      if (data.dossierId !== dossierId && !(certificateId && data.certificateId === certificateId)) continue;
      const type = event.type.replace(/^certhub\./, '').replace(/\.v1$/, '');
      const key = data.findingId && !type.startsWith('dossier.questionnaire') ? data.findingId : 'dossier';
      out.set(key, [...(out.get(key) ?? []), data.from ? `${type} ${data.from}→${data.to}` : type]);
    }
    return out;
  }

  it('registers, applies, is audited, answers findings, is certified, then suspended and withdrawn', async () => {
    // --- an applicant registers (docs/domain/roles-and-tenancy.md#self-registration) ---
    const email = `${uniqueId('journey')}@example.org`;
    const password = 'Journey-2026-ok';
    const registration = applicantRegistration(someCompany(), email, password);
    const registered = await call<{ organisationId: string }>(
      undefined,
      'POST',
      '/registrations',
      registration,
    );
    expect(registered).toMatchObject({ status: 201 }); // the problem body shows when it is not
    await followEmailLink(actionLink(await MailSink.waitForMail(email)));
    const applicant = await passwordToken(email, password);
    const [cbAdmin, analyst, auditor, decider] = await Promise.all([
      passwordToken('cb.admin@certhub.local'),
      passwordToken('analyst@certhub.local'),
      passwordToken('auditor@certhub.local'),
      passwordToken('decider@certhub.local'),
    ]);
    await qualifyAuditors(gateway.url, cbAdmin, [subjectOf(auditor)]);

    // --- a dossier for the label, at the demo CB; a partial questionnaire ---
    const scheme = await ok<{ questionnaire: Questionnaire; chapters: { requirements: { id: string }[] }[] }>(
      applicant,
      'GET',
      `/schemes/${SCHEME}`,
    );
    const dossier = await ok<{ id: string; status: string }>(applicant, 'POST', '/dossiers', {
      schemeId: SCHEME,
      cbId: CB,
    });
    expect(dossier.status).toBe('draft');
    const id = dossier.id;
    // Opened pre-filled from the organisation's record: the head office's SIRET, its name.
    const opened = await ok<{ answers: Record<string, { value: unknown }> }>(
      applicant,
      'GET',
      `/dossiers/${id}/questionnaire`,
    );
    expect(opened.answers).toMatchObject({
      q1: { value: registration.siret },
      q2: { value: expect.any(String) },
    });
    // The first required question the platform cannot answer for the applicant.
    const firstRequired = allQuestions(scheme.questionnaire).find(
      (q) => q.question.required && !q.question.visibleWhen && !q.question.prefill,
    )?.question.id as string;
    // q23 "Êtes-vous certifié Qualiopi ?" = yes reveals q24–q26 (required); q43 = no hides q44–q45.
    const files = await uploadFor(applicant, id, scheme.questionnaire);
    const partial = fill(scheme.questionnaire, registration.siret, { ...files, q23: true, q43: false }, [
      firstRequired,
      'q24',
      'q25',
    ]);
    const saved = await ok<{ questionnaire: { revision: number } }>(
      applicant,
      'PUT',
      `/dossiers/${id}/questionnaire`,
      {
        revision: 0,
        answers: partial,
      },
    );
    const stale = await call(applicant, 'PUT', `/dossiers/${id}/questionnaire`, { revision: 0, answers: {} });
    expect(stale.status).toBe(409);

    const refused = await call<{ errors: unknown }>(
      applicant,
      'POST',
      `/dossiers/${id}/questionnaire/submit`,
    );
    expect(refused.status).toBe(422);
    const missing = JSON.stringify(refused.body.errors);
    const missingIds = [...missing.matchAll(/"questionId":"([^"]+)"/g)].map((m) => m[1]);
    expect(missingIds).toEqual([firstRequired, 'q24', 'q25']);

    // --- completed and submitted: read-only afterwards ---
    const complete = fill(scheme.questionnaire, registration.siret, { ...files, q23: true, q43: false }, []);
    await ok(applicant, 'PUT', `/dossiers/${id}/questionnaire`, {
      revision: saved.questionnaire.revision,
      answers: complete,
    });
    expect(
      (await ok<{ status: string }>(applicant, 'POST', `/dossiers/${id}/questionnaire/submit`)).status,
    ).toBe('submitted');
    const readOnly = await call(applicant, 'PUT', `/dossiers/${id}/questionnaire`, {
      revision: saved.questionnaire.revision + 1,
      answers: complete,
    });
    expect(readOnly.status).toBe(409);

    // --- the CB instructs: analyst assigned, a finding on an answer, corrected, admissible ---
    await ok(cbAdmin, 'PUT', `/dossiers/${id}/analyst`, { analystId: subjectOf(analyst) });
    const qFinding = await ok<{ id: string; number: string }>(
      analyst,
      'POST',
      `/dossiers/${id}/questionnaire/findings`,
      {
        questionId: 'q24',
        description: 'Nommez l’organisme certificateur exact',
      },
    );
    expect(qFinding.number).toMatch(/^NC\d{4,}$/);
    await ok(applicant, 'POST', `/dossiers/${id}/questionnaire/findings/${qFinding.id}/answer`, {
      correctedAnswer: { value: 'AFNOR Certification' },
      correctiveAction: 'Nom complet de l’organisme',
    });
    expect(
      (await ok<{ status: string }>(applicant, 'POST', `/dossiers/${id}/questionnaire/resubmit`)).status,
    ).toBe('corrected');
    await ok(analyst, 'POST', `/dossiers/${id}/questionnaire/findings/${qFinding.id}/close`);
    expect((await ok<{ status: string }>(analyst, 'POST', `/dossiers/${id}/admissibility`)).status).toBe(
      'admissible',
    );
    await ok(analyst, 'PUT', `/dossiers/${id}/contract`, { reference: 'CT-2026-001', signedOn: today() });

    // --- the initial audit, two non-conformities ---
    const audit = await ok<{ id: string; version: number }>(analyst, 'POST', `/dossiers/${id}/audits`, {
      type: 'initial',
      startDate: today(),
      endDate: today(),
      auditorIds: [subjectOf(auditor)],
    });
    const completed = await ok<{ version: number }>(auditor, 'POST', `/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId: await upload(auditor, `audit:${audit.id}:report`, pdf()),
    });
    const requirements = scheme.chapters.flatMap((c) => c.requirements.map((r) => r.id));
    const ncs: { id: string; version: number }[] = [];
    for (const [i, severity] of (['major', 'minor'] as const).entries()) {
      ncs.push(
        await ok(auditor, 'POST', `/audits/${audit.id}/findings`, {
          requirementId: requirements[i],
          severity,
          description: `Écart ${i + 1} constaté en audit`,
          dueDate: today(60),
        }),
      );
    }
    await ok(auditor, 'POST', `/audits/${audit.id}/findings-recorded`, { version: completed.version });
    expect((await ok<{ status: string }>(analyst, 'GET', `/dossiers/${id}`)).status).toBe('findings_open');

    // --- MC: confirmed, requested, drafted, only the ready ones leave in one batch, accepted ---
    type F = {
      id: string;
      version: number;
      status: string;
      items: { id: string; status: string; kind: string }[];
    };
    const step = (token: string, f: { id: string; version: number }, path: string, body: object = {}) =>
      ok<F>(token, 'POST', `/findings/${f.id}/${path}`, { version: f.version, ...body });
    let [nc1, nc2] = ncs as [F, F];
    nc1 = await step(analyst, nc1, 'confirmation');
    nc2 = await step(analyst, nc2, 'confirmation');
    nc1 = await step(analyst, nc1, 'measures-request');
    nc2 = await step(analyst, nc2, 'measures-request');
    nc1 = await step(applicant, nc1, 'items', { kind: 'measure', text: 'Procédure de réclamation revue' });
    nc2 = await step(applicant, nc2, 'items', { kind: 'measure', text: 'Formation des conseillers' });
    const ready = (f: F, kind: 'measure' | 'proof') =>
      ok<F>(applicant, 'PUT', `/findings/${f.id}/items/${f.items.at(-1)?.id}/ready`, {
        version: f.version,
        kind,
        ready: true,
      });
    nc1 = await ready(nc1, 'measure');
    const firstBatch = await ok<{ findings: { findingId: string }[] }>(
      applicant,
      'POST',
      `/dossiers/${id}/findings/send`,
      {
        kind: 'measure',
      },
    );
    expect(firstBatch.findings.map((f) => f.findingId)).toEqual([nc1.id]);
    nc2 = await ok<F>(applicant, 'GET', `/findings/${nc2.id}`);
    expect(nc2.items.map((i) => i.status)).toEqual(['draft']);
    nc2 = await ready(nc2, 'measure');
    await ok(applicant, 'POST', `/dossiers/${id}/findings/send`, { kind: 'measure' });

    const review = async (f: F, kind: 'measure' | 'proof') => {
      const current = await ok<F>(analyst, 'GET', `/findings/${f.id}`);
      const item = current.items.filter((i) => i.kind === kind).at(-1);
      return ok<F>(analyst, 'POST', `/findings/${f.id}/items/${item?.id}/review`, {
        version: current.version,
        kind,
        decision: 'accept',
      });
    };
    nc1 = await review(nc1, 'measure');
    nc2 = await review(nc2, 'measure');

    // --- PM: requested, uploaded, sent, accepted: the findings close, the dossier awaits its decision ---
    for (const f of [nc1, nc2]) {
      let current = await step(analyst, f, 'proofs-request');
      current = await step(applicant, current, 'items', {
        kind: 'proof',
        text: 'Procédure signée',
        documentIds: [await upload(applicant, `finding:${f.id}:proofs`, pdf())],
      });
      await ready(current, 'proof');
    }
    await ok(applicant, 'POST', `/dossiers/${id}/findings/send`, { kind: 'proof' });
    nc1 = await review(nc1, 'proof');
    nc2 = await review(nc2, 'proof');
    expect([nc1.status, nc2.status]).toEqual(['closed', 'closed']);
    await waitFor(
      'the dossier to await its decision',
      async () =>
        (await ok<{ status: string }>(analyst, 'GET', `/dossiers/${id}`)).status === 'decision_pending',
    );

    // --- the decision: a decision-maker who did not audit grants; the certificate record ---
    const granted = await ok<{
      dossier: {
        status: string;
        certificate?: { certificateId: string; number: string; validUntil: string };
      };
    }>(decider, 'POST', `/dossiers/${id}/decisions`, {
      outcome: 'grant',
      reason: 'Écarts levés, preuves acceptées',
    });
    expect(granted.dossier.status).toBe('certified');
    expect(granted.dossier.certificate?.number).toBeTruthy();

    // --- surveillance, suspension, withdrawal ---
    const certified = await ok<{ cycle: { surveillanceDue: string[] } }>(applicant, 'GET', `/dossiers/${id}`);
    expect(certified.cycle.surveillanceDue.length).toBeGreaterThan(0);
    await ok(analyst, 'POST', `/dossiers/${id}/audits`, {
      type: 'surveillance',
      startDate: today(30),
      endDate: today(30),
      auditorIds: [subjectOf(auditor)],
    });
    await ok(decider, 'POST', `/dossiers/${id}/certificate/suspension`, {
      reason: 'Audit de surveillance refusé',
    });
    const withdrawn = await ok<{ status: string }>(
      decider,
      'POST',
      `/dossiers/${id}/certificate/withdrawal`,
      {
        reason: 'Suspension non levée',
      },
    );
    expect(withdrawn.status).toBe('withdrawn');

    // --- every step was an event, in order ---
    const certificateId = granted.dossier.certificate?.certificateId;
    await waitFor('the withdrawal event', async () =>
      (await eventsOf(id, certificateId)).get('dossier')?.includes('certificate.withdrawn'),
    );
    const events = await eventsOf(id, certificateId);
    expect(events.get('dossier')).toEqual([
      'dossier.created',
      'dossier.status_changed draft→submitted',
      'dossier.submitted',
      'dossier.assigned',
      'dossier.status_changed submitted→findings_on_questionnaire',
      'dossier.questionnaire_finding_raised',
      'dossier.status_changed findings_on_questionnaire→corrected',
      'dossier.status_changed corrected→admissible',
      'dossier.admissible',
      'dossier.status_changed admissible→contracted',
      'dossier.status_changed contracted→audit_planned',
      'dossier.audit_planned',
      'dossier.status_changed audit_planned→audited',
      'dossier.audit_completed',
      'dossier.status_changed audited→findings_open',
      'dossier.status_changed findings_open→decision_pending',
      'dossier.status_changed decision_pending→certified',
      'dossier.decision_recorded',
      'certificate.issued',
      'dossier.status_changed certified→audit_planned',
      'dossier.audit_planned',
      'dossier.status_changed audit_planned→suspended',
      'dossier.decision_recorded',
      'certificate.suspended',
      'dossier.status_changed suspended→withdrawn',
      'dossier.decision_recorded',
      'certificate.withdrawn',
    ]);
    for (const finding of [nc1, nc2])
      expect(events.get(finding.id)).toEqual([
        'finding.recorded',
        'dossier.finding_raised',
        'finding.measures_requested',
        'finding.measures_sent',
        'finding.measures_reviewed',
        'finding.proofs_requested',
        'finding.proofs_sent',
        'dossier.finding_closed',
      ]);
  }, 240_000);
});
