import type { CloudEvent, FindingResponse } from '@certhub/contracts';
import { startService, type RpcCallError, type ServiceProcess } from '@certhub/testing';
import { Calendar, completedAudit, recordFinding } from './audits-fixtures';
import { AMARC_COMPLETE, amarcCompleteFor, pick } from './support/amarc';
import { CB, DossierHarness } from './support/dossier-harness';

/**
 * Two replicas of the dossier service share the work (one NATS queue group, one database) and race
 * on the same dossiers and findings. Every command must either apply or answer 409, no update may
 * be lost, no number handed out twice, and every applied change must publish its events once.
 */
describe('two replicas of the dossier service racing on the same aggregates', () => {
  let h: DossierHarness;
  let second: ServiceProcess;

  beforeAll(async () => {
    h = await DossierHarness.start();
    second = await startService('dossier', { NATS_URL: h.stack.nats.url, MONGO_DB_PREFIX: h.stack.prefix });
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await h?.stop();
  });

  /** Runs the commands `width` at a time; counts what applied and what was refused as stale. */
  async function race(commands: (() => Promise<unknown>)[], width = 16) {
    const outcome = { applied: 0, stale: 0 };
    let next = 0;
    await Promise.all(
      Array.from({ length: width }, async () => {
        while (next < commands.length) {
          const command = commands[next++]!;
          try {
            await command();
            outcome.applied += 1;
          } catch (error) {
            // Anything but a 409 fails the test: no 500, no timeout.
            if ((error as RpcCallError).code !== 'stale_version') throw new Error(unexpected(error));
            outcome.stale += 1;
          }
        }
      }),
    );
    return outcome;
  }

  /**
   * The refusal, with what the services logged for it (their output is not printed): the lines
   * naming its error id, or every unhandled error when it came without one (passed on from a
   * service the dossier service called).
   */
  function unexpected(error: unknown): string {
    const { errorId, subject } = error as RpcCallError;
    const logged = [...h.stack.services.values(), second]
      .flatMap((service) =>
        service
          .output()
          .split('\n')
          .map((line) => `${service.name}: ${line}`),
      )
      .filter((line) => (errorId ? line.includes(errorId) : line.includes('unhandled error')));
    return [`${subject ?? ''} ${String(error)} (error id ${errorId ?? 'none'})`, ...logged].join('\n');
  }

  const eventsOfType = (events: CloudEvent[], type: string) => events.filter((e) => e.type === type);

  it('hands out distinct references to simultaneous creations, each announced once', async () => {
    const created = await Promise.all(
      Array.from({ length: 16 }, () =>
        h.call('dossier.dossiers.create', { schemeId: 'amarc', level: 'A', cbId: CB }, h.cast.orgAdmin),
      ),
    );
    expect(new Set(created.map((d) => d.reference)).size).toBe(16);
    for (const d of created.slice(0, 4)) {
      const events = await h.waitForEvents(d.id, (e) => e.length >= 1);
      expect(eventsOfType(events, 'certhub.dossier.created.v1')).toHaveLength(1);
    }
  });

  it('loses no draft save and no assignment, and publishes one event per applied assignment', async () => {
    const open = () =>
      h.call('dossier.dossiers.create', { schemeId: 'amarc', level: 'A', cbId: CB }, h.cast.orgAdmin);
    const drafts = await Promise.all([open(), open(), open()]);
    // Assignment starts once the questionnaire is submitted.
    const submitted = await Promise.all(
      [open(), open(), open()].map(async (opened) => {
        const { id } = await opened;
        await h.call(
          'dossier.questionnaire.save',
          { dossierId: id, revision: 0, answers: await amarcCompleteFor(h, id) },
          h.cast.orgMember,
        );
        return h.call('dossier.questionnaire.submit', { dossierId: id }, h.cast.orgAdmin);
      }),
    );
    const answers = pick(AMARC_COMPLETE, 'contact');
    // A save names the revision its caller just read: racing saves of one dossier make 409s.
    const save = (dossierId: string) => async () => {
      const { revision } = await h.call('dossier.questionnaire.get', { dossierId }, h.cast.orgMember);
      await h.call('dossier.questionnaire.save', { dossierId, revision, answers }, h.cast.orgMember);
    };
    const assign = (dossierId: string) => () =>
      h.call('dossier.dossiers.assign', { dossierId, analystId: h.cast.analyst.userId }, h.cast.cbAdmin);
    const commands = Array.from({ length: 400 }, (_, i) =>
      i % 4 === 3 ? assign(submitted[i % 3]!.id) : save(drafts[i % 3]!.id),
    );

    const outcome = await race(commands);
    expect(outcome.applied + outcome.stale).toBe(400);
    expect(outcome.applied).toBeGreaterThan(0);

    let applied = 0;
    for (const d of [...drafts, ...submitted]) {
      const stored = await h.dossiers.findOne({ _id: d.id as never });
      const trail = (stored?.['trail'] ?? []) as { action: string }[];
      const saves = trail.filter((t) => t.action === 'save_questionnaire').length;
      const assigns = trail.filter((t) => t.action === 'assign').length;
      // Every applied change left its trail entry, its version step and, for a save, its revision
      // step (the creation's entry is version 0).
      expect(stored?.['version']).toBe(trail.length - 1);
      if (drafts.includes(d)) {
        expect((stored?.['questionnaire'] as { revision: number }).revision).toBe(saves);
        applied += saves;
      }
      applied += assigns;
      const events = await h.waitForEvents(
        d.id,
        (e) => eventsOfType(e, 'certhub.dossier.assigned.v1').length >= assigns,
      );
      expect(eventsOfType(events, 'certhub.dossier.assigned.v1')).toHaveLength(assigns);
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    }
    expect(applied).toBe(outcome.applied);
  }, 240_000);

  it('loses no item added to a finding by racing callers', async () => {
    const audit = await completedAudit(h, new Calendar(-2000).take());
    let finding: FindingResponse = await recordFinding(h, audit.id);
    finding = await h.call(
      'dossier.findings.confirm',
      { findingId: finding.id, version: finding.version },
      h.cast.analyst,
    );
    finding = await h.call(
      'dossier.findings.request-measures',
      { findingId: finding.id, version: finding.version },
      h.cast.analyst,
    );
    const startVersion = finding.version;
    const add = (i: number) => async () => {
      const { version } = await h.call('dossier.findings.get', { findingId: finding.id }, h.cast.orgMember);
      await h.call(
        'dossier.findings.items.add',
        { findingId: finding.id, version, kind: 'measure', text: `Mesure ${i}` },
        h.cast.orgMember,
      );
    };

    const outcome = await race(Array.from({ length: 500 }, (_, i) => add(i)));
    expect(outcome.applied + outcome.stale).toBe(500);

    const stored = await h.call('dossier.findings.get', { findingId: finding.id }, h.cast.analyst);
    expect(stored.items).toHaveLength(outcome.applied);
    expect(stored.version).toBe(startVersion + outcome.applied);
    expect(new Set(stored.items.map((item) => item.text)).size).toBe(outcome.applied);
  }, 240_000);
});
