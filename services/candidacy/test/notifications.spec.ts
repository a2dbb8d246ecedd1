import { EventTestClient, GatewayClient, TestStack, waitFor } from '@certhub/testing';
import { habilitate, person } from './support/candidacy-fixtures';

type Body = Record<string, unknown>;

/**
 * The inbox categories of the individuals' line (seed guide §21) filled by the candidacy service's
 * own events, through the real notification and identity services: who hears of a transfer on
 * both sides, of a habilitation and its renewal, of a change of certifier, and that an
 * establishment's users never hear of another establishment's candidates.
 */
describe('notifications of the individuals’ line', () => {
  let stack: TestStack;
  let gateway: GatewayClient;
  let bus: EventTestClient;

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'document', 'candidacy', 'notification', 'gateway']);
    gateway = await GatewayClient.signIn(stack.service('gateway').url, [
      'establishment.a',
      'establishment.b',
      'network.admin',
      'certifier',
    ]);
    bus = await EventTestClient.connect(stack.nats.url);
  }, 180_000);
  afterAll(async () => {
    await bus?.close();
    await stack?.stop();
  });

  const inbox = async (user: string, category: string) =>
    (await gateway.ok(user, 'GET', `/notifications?category=${category}&pageSize=100`))['items'] as Body[];
  /** Waits until the user's inbox has an entry of the category whose title names `text`. */
  const told = (user: string, category: string, text: string) =>
    waitFor(
      `${user} told of ${text} (${category})`,
      async () => (await inbox(user, category)).find((n) => String(n['title']).includes(text)),
      { timeoutMs: 30_000, intervalMs: 300 },
    );
  const titles = async (user: string, category: string) =>
    (await inbox(user, category)).map((n) => String(n['title']));

  it('tells both sides of a transfer request and of its answer', async () => {
    const candidate = await gateway.ok('establishment.a', 'POST', '/candidates', person('est-demo-a'));
    const reference = candidate['reference'] as string;
    const asked = await gateway.ok(
      'establishment.b',
      'POST',
      `/candidates/${String(candidate['id'])}/transfer-requests`,
      { establishmentId: 'est-demo-b', reason: 'candidate_moved' },
    );
    // Asked: the certifier decides; the establishment the dossier would leave learns of it.
    expect(await told('certifier', 'transfer', reference)).toMatchObject({
      link: expect.stringMatching(/\/training\/transfers$/),
    });
    // The side asked still holds the candidate until the answer: his page.
    expect(await told('establishment.a', 'transfer', reference)).toMatchObject({
      link: expect.stringMatching(new RegExp(`/training/candidates/${String(candidate['id'])}$`)),
    });
    await told('network.admin', 'transfer', reference);

    await gateway.ok('certifier', 'PUT', `/transfer-requests/${String(asked['id'])}/decision`, {
      decision: 'refused',
      reason: 'Pas de justificatif de déménagement',
    });
    // Answered: the establishment that asked (its administrator asked himself) and the one that keeps it.
    const answer = await told('establishment.b', 'transfer', `${reference} refusé`);
    expect(answer['content']).toContain('Pas de justificatif de déménagement');
    expect(answer['link']).toMatch(/\/training\/transfers$/);
    await told('establishment.a', 'transfer', `${reference} refusé`);
  });

  it('files a habilitation, its renewal and a change of certifier under their own categories, for that establishment only', async () => {
    await habilitate(gateway, 'establishment.a', 'est-demo-a', 1);
    await told('certifier', 'accreditation_request', 'Demande d’habilitation');
    await told('establishment.a', 'accreditation_request', 'Habilitation validée');
    // Asked again while validated: a renewal, in its own category on both sides.
    await habilitate(gateway, 'establishment.a', 'est-demo-a', 1);
    await told('certifier', 'accreditation_renewal', 'renouvellement');
    await told('establishment.a', 'accreditation_renewal', 'Renouvellement d’habilitation validé');
    await told('network.admin', 'accreditation_renewal', 'Renouvellement d’habilitation validé');
    // Establishment B, once told of its own validation, has heard nothing of A's.
    await habilitate(gateway, 'establishment.b', 'est-demo-b', 1);
    await told('establishment.b', 'accreditation_request', 'Habilitation validée');
    expect(await titles('establishment.b', 'accreditation_renewal')).toEqual([]);
    expect(await titles('establishment.b', 'accreditation_request')).toHaveLength(1);

    // A dossier moved to another certifier (a transfer accepted across certifiers, which the demo's
    // single certifier cannot make, so its event is published as candidacy would): the new
    // certifier's staff and the receiving network's heads hear of it.
    const moved = await gateway.ok('establishment.a', 'POST', '/candidates', person('est-demo-a'));
    await bus.emit(
      'certhub.candidacy.certifier_changed.v1',
      {
        candidateId: moved['id'] as string,
        reference: moved['reference'] as string,
        transferId: 'trf_probe',
        establishmentId: 'est-demo-a',
        networkId: 'net-demo',
        fromNetworkId: 'net-other',
        fromCertifierId: 'cb-other',
        certifierId: 'cb-demo',
        changedBy: 'u-certifier',
      },
      { source: 'certhub/candidacy', tenantId: 'cb-demo' },
    );
    const change = await told('certifier', 'change_of_certifier', 'réaffectation');
    expect(change['content']).toContain(moved['reference'] as string);
    await told('network.admin', 'change_of_certifier', 'réaffectation');
  });

  it('tells the certifier of a send, and of a jury decision or an undelivered certificate only the candidate’s own establishment', async () => {
    const ref = (establishmentId: string, reference: string) => ({
      candidateId: `cand-${reference}`,
      reference,
      establishmentId,
      trainingOrganisationId: 'of-demo',
      networkId: 'net-demo',
      certifierId: 'cb-demo',
    });
    const emit = bus.emit.bind(bus);
    const from = { source: 'certhub/candidacy', tenantId: 'net-demo' };
    const ofA = `CL-A-${Date.now().toString(36)}`;
    const ofB = `CL-B-${Date.now().toString(36)}`;
    await emit(
      'certhub.candidacy.sent_to_certification.v1',
      { ...ref('est-demo-a', ofA), resent: false, sentBy: 'u' },
      from,
    );
    await told('certifier', 'sending_to_certification', ofA);
    await emit(
      'certhub.candidacy.jury_decided.v1',
      {
        ...ref('est-demo-a', ofA),
        decision: 'not_certified',
        juryDate: '2026-12-01',
        reason: 'Écrit',
        decidedBy: 'j',
      },
      from,
    );
    await emit(
      'certhub.candidacy.dispatch_undelivered.v1',
      { ...ref('est-demo-a', ofA), dispatchId: 'd-1', returnedOn: '2026-12-02', recordedBy: 'c' },
      from,
    );
    await told('establishment.a', 'jury_decision', ofA);
    await told('establishment.a', 'undelivered_mail', ofA);
    await told('network.admin', 'jury_decision', ofA);
    // B, once told of its own candidate's decision, has heard nothing of A's.
    await emit(
      'certhub.candidacy.jury_decided.v1',
      { ...ref('est-demo-b', ofB), decision: 'certified', juryDate: '2026-12-01', decidedBy: 'j' },
      from,
    );
    await told('establishment.b', 'jury_decision', ofB);
    expect((await titles('establishment.b', 'jury_decision')).filter((t) => t.includes(ofA))).toEqual([]);
    expect((await titles('establishment.b', 'undelivered_mail')).filter((t) => t.includes(ofA))).toEqual([]);
  });

  it('tells an establishment’s administrators that their certifier deactivated it, not the other establishments’', async () => {
    const toggle = async (establishmentId: string) => {
      await gateway.ok('certifier', 'PUT', `/establishments/${establishmentId}/active`, { active: false });
      await gateway.ok('certifier', 'PUT', `/establishments/${establishmentId}/active`, { active: true });
    };
    const about = async (user: string, establishmentId: string) =>
      (await inbox(user, 'account')).filter(
        (n) =>
          n['eventType'] === 'certhub.establishment.activation_changed.v1' &&
          String(n['link']).endsWith(`/training/establishments/${establishmentId}`),
      );
    await toggle('est-demo-b');
    await told('establishment.b', 'account', 'de nouveau actif');
    expect(await about('establishment.b', 'est-demo-b')).toHaveLength(2);
    await told('network.admin', 'account', 'de nouveau actif');
    // A, once told of its own, has heard nothing of B's.
    await toggle('est-demo-a');
    await told('establishment.a', 'account', 'de nouveau actif');
    expect(await about('establishment.a', 'est-demo-b')).toEqual([]);
  });

  it('tells the network and every establishment of a training organisation that their certifier deactivated it', async () => {
    for (const active of [false, true])
      await gateway.ok('certifier', 'PUT', '/training-organisations/of-demo/active', { active });
    for (const user of ['establishment.a', 'establishment.b', 'network.admin'])
      await told(user, 'account', 'organisme de formation est de nouveau actif');
  });
});
