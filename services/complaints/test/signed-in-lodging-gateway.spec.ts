import { MailSink, uniqueId, waitFor } from '@certhub/testing';
import { ComplaintsHarness, gatewayCalls } from './support/complaints-harness';

/**
 * Lodging a complaint signed in (docs/domain/complaints-and-appeals.md#lodging): the route stays
 * public, but a token, when sent, is verified and makes the lodger known, so that the
 * acknowledgement reaches his inbox as well as the address he gave; his account is part of the
 * complainant's identity, for the CB staff handling the case alone. Through the gateway with the
 * realm's tokens.
 */
describe('complaints lodged signed in', () => {
  let h: ComplaintsHarness;
  const users = ['cb.admin', 'analyst', 'org.admin', 'other.admin'];

  const { ok } = gatewayCalls(() => h);

  /** The inbox titles of `who` about `reference`, once one matches `expected`. */
  const inbox = (who: string, reference: string, expected: RegExp) =>
    waitFor(
      `${who} told of ${reference}: ${expected}`,
      async () => {
        const page = await ok(
          who,
          'GET',
          `/notifications?title=${encodeURIComponent(reference)}&pageSize=100`,
        );
        const items: { title: string; content: string; link?: string }[] = page.items;
        return items.some((n) => expected.test(n.title)) ? items : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );

  beforeAll(async () => {
    h = await ComplaintsHarness.start(users);
  }, 240_000);
  afterAll(() => h?.stop());

  it('acknowledges an organisation’s complaint about its CB by mail and in its inbox, the account seen by the CB alone', async () => {
    const email = `${uniqueId('org-')}@example.org`;
    const lodged = await ok('org.admin', 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certification_body',
      subject: 'Audit reporté trois fois',
      facts: 'L’audit de surveillance a été reporté trois fois sans explication.',
      complainant: { name: 'Odile Admin', email, organisation: 'Demo SAS' },
      locale: 'fr',
    });
    expect(lodged.reference).toMatch(/-R\d{4}-\d{5}$/);

    const mail = await MailSink.waitForMail(email, (m) => m.subject.includes(lodged.reference));
    const follow = mail.text?.match(/\/complaints\/follow\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/)?.[0];
    expect(follow).toBeDefined();
    // The same notice in the lodger's inbox, in the language he lodged in, linking to his case.
    const [entry] = (await inbox('org.admin', lodged.reference, /réclamation/i)).filter((n) =>
      n.title.includes(lodged.reference),
    );
    expect(entry?.link).toContain(follow);

    // The CB's administrator reads who lodged it; the trail names the platform, not the lodger.
    const complaint = await h.receivedComplaint(lodged.reference);
    expect(complaint).toMatchObject({
      lodgedBy: { userId: h.ids['org.admin'], tenantType: 'organisation', tenantId: 'org-demo' },
    });
    const full = await ok('cb.admin', 'GET', `/complaints/${complaint.id}`);
    expect(full.trail.map((t: { by: string }) => t.by)).not.toContain(h.ids['org.admin']);
  });

  it('never tells the organisation complained about who lodged, signed in or not', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    // Another CB's administrator, signed in, complains about the demo organisation.
    const email = `${uniqueId('lodger-')}@example.org`;
    const lodged = await ok('other.admin', 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certified_organisation',
      certificateNumber: dossier.certificateNumber,
      subject: 'Logo utilisé hors périmètre',
      facts: 'Le logo de certification figure sur des produits non couverts.',
      complainant: { name: 'Lucien Témoin', email },
      locale: 'en',
    });
    await inbox('other.admin', lodged.reference, /complaint/i);
    const complaint = await h.receivedComplaint(lodged.reference);
    expect(complaint.lodgedBy).toMatchObject({ userId: h.ids['other.admin'] });
    await ok('cb.admin', 'POST', `/complaints/${complaint.id}/acknowledgement`, {
      version: 0,
      handlerId: h.ids['analyst'],
      dossierId: dossier.id,
    });
    // The organisation hears of the complaint, never of its lodger nor of his words, in its inbox or
    // its mail.
    const told = await inbox('org.admin', lodged.reference, /complaint|réclamation/i);
    const orgMail = await MailSink.waitForMail('org.admin@certhub.local', (m) =>
      m.subject.includes(lodged.reference),
    );
    const shown = JSON.stringify([told, orgMail.subject, orgMail.text, orgMail.html]);
    const words = ['Logo utilisé hors périmètre', 'produits non couverts'];
    for (const secret of [h.ids['other.admin'] as string, 'other.admin', 'Lucien', 'Témoin', email, ...words])
      expect([secret, shown.includes(secret)]).toEqual([secret, false]);
  });

  it('refuses a wrong token rather than lodging as nobody', async () => {
    const res = await fetch(`${h.stack.service('gateway').url}/api/v1/complaints`, {
      method: 'POST',
      headers: { authorization: 'Bearer not-a-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        cbId: 'cb-demo',
        about: 'other',
        subject: 'Sujet',
        facts: 'Des faits.',
        complainant: { name: 'Anne Onyme', email: `${uniqueId('anon-')}@example.org` },
      }),
    });
    expect(res.status).toBe(401);
  });
});
