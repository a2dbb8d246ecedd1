import { EventCatalog } from '@certhub/contracts';
import { startService, waitFor, type ServiceProcess } from '@certhub/testing';
import { DossierHarness } from './support/dossier-harness';
import { seedDossier } from './support/seed';

/**
 * Scheduled expiry, with two replicas of the dossier service scanning the same database: each
 * certificate past its validUntil expires once (one transition, one event), the others stay.
 */
describe('scheduled expiry', () => {
  let h: DossierHarness;
  let second: ServiceProcess;

  beforeAll(async () => {
    h = await DossierHarness.start({ EXPIRY_SCAN_INTERVAL_MS: '300' });
    second = await startService('dossier', {
      NATS_URL: h.stack.nats.url,
      MONGO_DB_PREFIX: h.stack.prefix,
      EXPIRY_SCAN_INTERVAL_MS: '300',
    });
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await h?.stop();
  });

  it('expires certificates past validUntil exactly once, certified or suspended, and leaves valid ones', async () => {
    const elapsed = await seedDossier(h.db, { status: 'certified', certificate: 'elapsed' });
    const suspendedElapsed = await seedDossier(h.db, { status: 'suspended', certificate: 'elapsed' });
    const valid = await seedDossier(h.db, { status: 'certified', certificate: 'valid' });

    for (const id of [elapsed, suspendedElapsed]) {
      const dossier = await waitFor(
        `dossier ${id} to expire`,
        async () => {
          const d = await h.call('dossier.dossiers.get', { dossierId: id }, h.cast.analyst);
          return d.status === 'expired' ? d : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 300 },
      );
      expect(dossier.certificate?.status).toBe('expired');
      const events = await h.waitForEvents(id, (es) =>
        es.some((e) => e.type === 'certhub.certificate.expired.v1'),
      );
      // Let the other replica's next passes run: they must not expire it again.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const again = await h.eventsOf(id);
      expect(again.filter((e) => e.type === 'certhub.certificate.expired.v1')).toHaveLength(1);
      expect(again.filter((e) => e.type === 'certhub.dossier.status_changed.v1')).toHaveLength(1);
      expect(
        EventCatalog['certhub.certificate.expired.v1'].schema.safeParse(events.at(-1)?.data).success,
      ).toBe(true);
      const trail = await h.call('dossier.dossiers.trail', { dossierId: id }, h.cast.orgAdmin);
      expect(trail.items).toEqual([
        expect.objectContaining({ action: 'expire', who: 'system', toStatus: 'expired' }),
      ]);
    }
    const stillValid = await h.call('dossier.dossiers.get', { dossierId: valid }, h.cast.analyst);
    expect(stillValid).toMatchObject({ status: 'certified', certificate: { status: 'valid' } });
  });
});
