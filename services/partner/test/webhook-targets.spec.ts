import { uniqueId } from '@certhub/testing';
import { PartnerHarness } from './support/partner-harness';

/** As deployed (private targets not allowed), a webhook cannot point into the platform's network. */
describe('webhook targets outside local development', () => {
  let h: PartnerHarness;

  beforeAll(async () => {
    h = await PartnerHarness.start({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' });
  }, 120_000);
  afterAll(() => h?.stop());

  it.each([
    'http://127.0.0.1:4222/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://localhost:8080/hook',
    'http://[::ffff:10.0.0.1]/hook',
  ])('refuses a subscription to %s with the reason', async (url) => {
    const { principal } = await h.createPartner({ cbId: uniqueId('cb') });
    await expect(
      h.call(
        'partner.subscriptions.create',
        { eventTypes: ['certhub.dossier.created.v1'], delivery: { kind: 'webhook', url } },
        principal,
      ),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'delivery.url', message: expect.stringMatching(/non-public address/) }],
    });
  });
});
