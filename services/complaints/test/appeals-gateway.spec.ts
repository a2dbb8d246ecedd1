import { waitFor } from '@certhub/testing';
import { WatchAppealDeadlines } from '../src/appeals/watch-appeal-deadlines/watch-appeal-deadlines.usecase';
import { ComplaintsHarness, gatewayCalls } from './support/complaints-harness';

/**
 * Appeals beyond their first journey (journeys-gateway.spec.ts): an upheld appeal drives the dossier lifecycle (docs/domain/complaints-and-appeals.md#review): a
 * refused application goes back to its pending decision, a withdrawn certificate is given back, a
 * finding takes the classification the appeal's decision gives it;
 * each through the gateway with the realm's real tokens, by a decision maker who took no part; and
 * the answer's deadline reminded before and after it passes.
 */
describe('appeals: review through the dossier, deadline reminders', () => {
  let h: ComplaintsHarness;
  const users = ['cb.admin', 'analyst', 'decider', 'decider2', 'org.admin'];

  beforeAll(async () => {
    h = await ComplaintsHarness.start(users);
  }, 180_000);
  afterAll(() => h?.stop());

  const { api, ok } = gatewayCalls(() => h);

  /** Lodged by the organisation, handled by the second decider, upheld; the appeal as it then stands. */
  async function upheldAppeal(dossierId: string, decision: string) {
    const appeal = await ok('org.admin', 'POST', '/appeals', {
      dossierId,
      decision,
      grounds: 'La décision ignore les preuves transmises en mai.',
    });
    await ok('cb.admin', 'POST', `/appeals/${appeal.id}/assignment`, {
      version: 0,
      handlerId: h.ids['decider2'],
    });
    return ok('decider2', 'POST', `/appeals/${appeal.id}/upholding`, {
      version: 1,
      answer: 'Les preuves de mai lèvent le motif de la décision.',
    });
  }

  it('sends a refused application back to its pending decision', async () => {
    const dossier = await h.seedDossier({ status: 'decision_pending' });
    await ok('decider', 'POST', `/dossiers/${dossier.id}/decisions`, {
      outcome: 'refuse',
      reason: 'Engagements non démontrés',
    });
    const appeal = await upheldAppeal(dossier.id, 'refusal');
    // The decider of the refusal does not review it.
    expect(
      await api('decider', 'POST', `/appeals/${appeal.id}/review`, { version: 2, reason: 'x' }),
    ).toMatchObject({ status: 404 });
    const reviewed = await ok('decider2', 'POST', `/appeals/${appeal.id}/review`, {
      version: 2,
      reason: 'Décision à reprendre avec les preuves de mai',
    });
    expect(reviewed).toMatchObject({
      status: 'reviewed',
      review: 'Décision à reprendre avec les preuves de mai',
    });
    expect(reviewed.trail.at(-1).what).toContain('decision_pending');
    expect(await ok('analyst', 'GET', `/dossiers/${dossier.id}`)).toMatchObject({
      status: 'decision_pending',
    });
    const trail = await ok('analyst', 'GET', `/dossiers/${dossier.id}/trail?pageSize=100`);
    expect(JSON.stringify(trail)).toContain(appeal.reference);
    // Decided again, by someone who did not refuse it.
    const granted = await ok('decider2', 'POST', `/dossiers/${dossier.id}/decisions`, {
      outcome: 'grant',
      reason: 'Preuves de mai probantes',
    });
    expect(granted.dossier.status).toBe('certified');
  });

  it('gives a withdrawn certificate back', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    await ok('decider', 'POST', `/dossiers/${dossier.id}/certificate/withdrawal`, {
      reason: 'Engagements non tenus',
    });
    const appeal = await upheldAppeal(dossier.id, 'withdrawal');
    await ok('decider2', 'POST', `/appeals/${appeal.id}/review`, {
      version: 2,
      reason: 'Retrait annulé après recours',
    });
    expect(await ok('analyst', 'GET', `/dossiers/${dossier.id}`)).toMatchObject({
      status: 'certified',
      certificate: { status: 'valid' },
    });
    // Once reviewed, the dossier is no longer withdrawn: a second review has nothing to act on.
    expect(
      (await api('decider2', 'POST', `/appeals/${appeal.id}/review`, { version: 3, reason: 'x' })).status,
    ).toBe(409);
  });

  it('reclassifies a finding as the upheld appeal states, in its trail and to the organisation', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    const finding = await h.seedFinding(dossier.id, 'major');
    const appeal = await ok('org.admin', 'POST', '/appeals', {
      dossierId: dossier.id,
      decision: 'finding_classification',
      findingId: finding.id,
      grounds: 'Un affichage incomplet est un écart mineur, pas majeur.',
    });
    expect(appeal.contestedId).toBe(finding.id);
    await ok('cb.admin', 'POST', `/appeals/${appeal.id}/assignment`, {
      version: 0,
      handlerId: h.ids['decider2'],
    });
    // Upholding says which classification the finding takes: required, and another than its own.
    const uphold = (severity?: string) =>
      api('decider2', 'POST', `/appeals/${appeal.id}/upholding`, {
        version: 1,
        answer: 'L’écart ne met pas en cause le résultat : il est mineur.',
        ...(severity ? { severity } : {}),
      });
    for (const severity of [undefined, 'major'])
      expect(await uphold(severity)).toMatchObject({
        status: 422,
        body: { errors: [{ field: 'severity' }] },
      });
    expect((await uphold('minor')).body).toMatchObject({ status: 'upheld', severity: 'minor' });
    // The appeal on a refusal takes none.
    expect(
      await api('decider2', 'POST', `/appeals/${appeal.id}/rejection`, {
        version: 2,
        answer: 'x',
        severity: 'minor',
      }),
    ).toMatchObject({ status: 422 });

    const reviewed = await ok('decider2', 'POST', `/appeals/${appeal.id}/review`, {
      version: 2,
      reason: 'Écart reclassé mineur après recours',
    });
    expect(reviewed.status).toBe('reviewed');
    const after = await ok('analyst', 'GET', `/findings/${finding.id}`);
    expect(after).toMatchObject({ severity: 'minor', status: 'measures_requested' });
    expect(after.trail.at(-1)).toMatchObject({ action: 'reclassify_on_appeal', by: h.ids['decider2'] });
    expect(after.trail.at(-1).what).toContain(appeal.reference);
    expect(after.trail.at(-1).what).toContain('major → minor');
    // The event reaches the organisation's inbox.
    const titles = await waitFor(
      `the organisation told of ${finding.number}'s reclassification`,
      async () => {
        const page = await ok(
          'org.admin',
          'GET',
          `/notifications?title=${encodeURIComponent(finding.number)}&pageSize=100`,
        );
        const seen = page.items.map((n: { title: string }) => n.title);
        return seen.some((t: string) => /reclass/.test(t)) ? seen : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );
    expect(titles.join(' | ')).toContain(finding.number);
  });

  /** The organisation's inbox titles about `reference`, once `expected` is among them. */
  const toldOrganisation = (reference: string, expected: RegExp) =>
    waitFor(
      `the organisation told of ${reference}: ${expected}`,
      async () => {
        const page = await ok(
          'org.admin',
          'GET',
          `/notifications?title=${encodeURIComponent(reference)}&pageSize=100`,
        );
        const seen: string[] = page.items.map((n: { title: string }) => n.title);
        return seen.some((t) => expected.test(t)) ? seen : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );

  it('keeps the decision in force unless its effect is suspended; rejected, the decision stands', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    await ok('decider', 'POST', `/dossiers/${dossier.id}/certificate/suspension`, { reason: 'Réclamation' });
    const appeal = await ok('org.admin', 'POST', '/appeals', {
      dossierId: dossier.id,
      decision: 'suspension',
      grounds: 'La suspension ignore les preuves transmises.',
    });
    // Lodged, the appeal changes nothing to the decision.
    expect(await ok('analyst', 'GET', `/dossiers/${dossier.id}`)).toMatchObject({
      status: 'suspended',
      certificate: { status: 'suspended' },
    });
    expect(appeal.effectSuspended).toBeUndefined();

    // Only the CB's administrator suspends its effect, once, with the reason; the organisation is told.
    const reason = { version: 0, reason: 'Preuves sérieuses : effet suspendu pendant l’examen' };
    expect((await api('decider', 'POST', `/appeals/${appeal.id}/effect-suspension`, reason)).status).toBe(
      403,
    );
    const suspended = await ok('cb.admin', 'POST', `/appeals/${appeal.id}/effect-suspension`, reason);
    expect(suspended).toMatchObject({
      status: 'lodged',
      version: 1,
      effectSuspended: { reason: reason.reason, by: h.ids['cb.admin'] },
    });
    expect(suspended.trail.at(-1)).toMatchObject({ action: 'suspend_effect' });
    expect(
      await api('cb.admin', 'POST', `/appeals/${appeal.id}/effect-suspension`, {
        ...reason,
        version: 1,
      }),
    ).toMatchObject({ status: 409 });
    await toldOrganisation(appeal.reference, /effet de la décision suspendu/);

    await ok('cb.admin', 'POST', `/appeals/${appeal.id}/assignment`, {
      version: 1,
      handlerId: h.ids['decider2'],
    });
    const rejected = await ok('decider2', 'POST', `/appeals/${appeal.id}/rejection`, {
      version: 2,
      answer: 'Les preuves ne couvrent pas la période contrôlée : la suspension est maintenue.',
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      answer: 'Les preuves ne couvrent pas la période contrôlée : la suspension est maintenue.',
      decidedAt: expect.any(String),
      closedAt: expect.any(String),
    });
    // Rejected: final, and the decision stands.
    expect(
      (await api('decider2', 'POST', `/appeals/${appeal.id}/review`, { version: 3, reason: 'x' })).status,
    ).toBe(409);
    expect(await ok('analyst', 'GET', `/dossiers/${dossier.id}`)).toMatchObject({
      certificate: { status: 'suspended' },
    });
    await toldOrganisation(appeal.reference, /rejeté/);
  });

  it('is withdrawn by the appellant alone, until it is decided', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    await ok('decider', 'POST', `/dossiers/${dossier.id}/certificate/withdrawal`, { reason: 'Fraude' });
    const appeal = await ok('org.admin', 'POST', '/appeals', {
      dossierId: dossier.id,
      decision: 'withdrawal',
      grounds: 'Aucune fraude : les pièces ont été mal classées.',
    });
    expect((await api('cb.admin', 'POST', `/appeals/${appeal.id}/withdrawal`, { version: 0 })).status).toBe(
      403,
    );
    const withdrawn = await ok('org.admin', 'POST', `/appeals/${appeal.id}/withdrawal`, { version: 0 });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', closedAt: expect.any(String) });
    expect(withdrawn.trail.map((t: { action: string }) => t.action)).toEqual(['lodge', 'withdraw']);
    expect((await api('org.admin', 'POST', `/appeals/${appeal.id}/withdrawal`, { version: 1 })).status).toBe(
      409,
    );
  });

  it('refuses an appeal lodged after the scheme’s appeal period, naming the day it ended', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    const old = await h.seedFinding(dossier.id, 'major', 31);
    const late = await api('org.admin', 'POST', '/appeals', {
      dossierId: dossier.id,
      decision: 'finding_classification',
      findingId: old.id,
      grounds: 'Un affichage incomplet est un écart mineur.',
    });
    expect(late).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'decision', message: expect.stringMatching(/appeal period \(30 days\)/) }] },
    });
    // The day the period ends is still within it.
    const inTime = await h.seedFinding(dossier.id, 'major', 30);
    expect(
      (
        await api('org.admin', 'POST', '/appeals', {
          dossierId: dossier.id,
          decision: 'finding_classification',
          findingId: inTime.id,
          grounds: 'Un affichage incomplet est un écart mineur.',
        })
      ).status,
    ).toBe(201);
  });

  it('reminds the CB of an appeal’s answer deadline once before it, once after', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    await ok('decider', 'POST', `/dossiers/${dossier.id}/certificate/suspension`, { reason: 'Réclamation' });
    const appeal = await ok('org.admin', 'POST', '/appeals', {
      dossierId: dossier.id,
      decision: 'suspension',
      grounds: 'Suspension disproportionnée.',
    });
    const watch = h.app.get(WatchAppealDeadlines);
    const at = (offset: number) => {
      const d = new Date(`${appeal.answerBy}T08:00:00Z`);
      d.setUTCDate(d.getUTCDate() + offset);
      return d;
    };
    const remindersOf = async () =>
      (await ok('cb.admin', 'GET', `/appeals/${appeal.id}`)).trail
        .map((t: { action: string }) => t.action)
        .filter((a: string) => a === 'due_soon' || a === 'overdue');
    await watch.runOnce(at(-30));
    expect(await remindersOf()).toEqual([]);
    await watch.runOnce(at(-3));
    await watch.runOnce(at(-2));
    expect(await remindersOf()).toEqual(['due_soon']);
    await watch.runOnce(at(1));
    await watch.runOnce(at(2));
    expect(await remindersOf()).toEqual(['due_soon', 'overdue']);
    // Not a change of the appeal: its version stays for the handler's next step.
    expect((await ok('cb.admin', 'GET', `/appeals/${appeal.id}`)).version).toBe(0);
    const titles = await waitFor(
      `the CB's reminders of ${appeal.reference}`,
      async () => {
        const page = await ok(
          'cb.admin',
          'GET',
          `/notifications?title=${encodeURIComponent(appeal.reference)}&pageSize=100`,
        );
        const seen = page.items.map((n: { title: string }) => n.title);
        return seen.length >= 3 ? seen : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );
    expect(titles.join(' | ')).toMatch(/en retard/);
  });
});
