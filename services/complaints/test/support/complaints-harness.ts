import type { INestApplication } from '@nestjs/common';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { mongoDbName, natsAuthOf, natsConnectionOptions } from '@certhub/platform';
import {
  GatewayClient,
  type GatewayAnswer,
  TestStack,
  freePort,
  natsServiceEnv,
  runtimeEnv,
  ensureCbUser,
  projectCbUser,
  uniqueId,
  waitFor,
  serviceDatabase,
} from '@certhub/testing';
import type { Connection } from 'mongoose';
import { AppModule } from '../../src/app.module';
import { ComplaintsEnv } from '../../src/config';
// The dossier service's test seeding: certified dossiers straight in its database, every later
// step through its real routes.
// Crossing into the dossier service's test fixtures on purpose: the complaint journeys need
// certified dossiers in its database, written as its own tests write them.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { dossierDocument, type SeedOptions } from '../../../dossier/test/support/seed';

/**
 * Complaints and appeals with the services they act through: identity, dossier, notification,
 * document (the evidence) and the gateway as processes; the complaints service in this process (its deadline watch is called
 * at a clock the test moves, as the job calls it), answering the gateway over NATS.
 */
export class ComplaintsHarness {
  private constructor(
    readonly stack: TestStack,
    readonly app: INestApplication,
    readonly dossiers: Connection,
    readonly gateway: GatewayClient,
    readonly ids: Record<string, string>,
  ) {}

  /** `extra`: more services as processes (the partner service, to follow the events partners get). */
  static async start(users: string[], extra: string[] = []): Promise<ComplaintsHarness> {
    // A second decision maker, who took no part in the contested decision.
    const decider2 = await ensureCbUser('decider2@certhub.local', 'decision_maker');
    // The administrator of another CB, for the tests that ask so: a register is its CB's alone.
    const otherAdmin = users.includes('other.admin')
      ? await ensureCbUser('other.admin@certhub.local', 'cb_admin', 'cb-other')
      : undefined;
    // The gateway streams the register's export from this process's internal route.
    const port = await freePort();
    const stack = await TestStack.start(
      ['identity', 'dossier', 'notification', 'document', 'gateway', ...extra],
      {
        RATE_LIMIT_PER_MINUTE: '100000',
        COMPLAINTS_URL: `http://127.0.0.1:${port}`,
      },
    );
    const env = runtimeEnv();
    const config = ComplaintsEnv.parse({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      NATS_URL: stack.nats.url,
      ...natsServiceEnv('complaints', stack.nats.url),
      MONGO_URL: env.MONGO_URL,
      MONGO_DB_PREFIX: stack.prefix,
      INTERNAL_TOKEN_SECRET: env.INTERNAL_TOKEN_SECRET,
      PUBLIC_PORTAL_URL: stack.service('gateway').url,
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
    const app = moduleRef.createNestApplication({ logger: ['error'] });
    app.connectMicroservice<MicroserviceOptions>(
      {
        transport: Transport.NATS,
        options: {
          ...natsConnectionOptions(config.NATS_URL, 'complaints', natsAuthOf(config)),
          queue: 'complaints',
        },
      },
      { inheritAppConfig: true },
    );
    await app.startAllMicroservices();
    await app.listen(port, '127.0.0.1');
    const dossiers = await serviceDatabase(stack, 'dossier');
    await projectCbUser(mongoDbName(stack.prefix, 'identity'), decider2, {
      email: 'decider2@certhub.local',
      firstName: 'Second',
      lastName: 'Décideur',
      role: 'decision_maker',
    });
    if (otherAdmin)
      await projectCbUser(
        mongoDbName(stack.prefix, 'identity'),
        otherAdmin,
        { email: 'other.admin@certhub.local', firstName: 'Autre', lastName: 'Organisme', role: 'cb_admin' },
        'cb-other',
      );
    const gateway = await GatewayClient.signIn(stack.service('gateway').url, users);
    const ids: Record<string, string> = {};
    for (const who of users) ids[who] = await gateway.userId(who);
    // A complementary audit books the auditor, who must be qualified for the dossier's scheme. The
    // dossier service's demo job qualifies the auditors identity knows when it runs, which on a loaded
    // machine missed him (CI saw 422 "not qualified"); qualifying waits for identity to know him too.
    if (users.includes('auditor') && users.includes('cb.admin'))
      await waitFor(
        'the auditor qualified for the seeded schemes',
        () => gateway.qualify('auditor').then(() => true),
        {
          timeoutMs: 60_000,
          intervalMs: 500,
        },
      );
    return new ComplaintsHarness(stack, app, dossiers, gateway, ids);
  }

  async stop(): Promise<void> {
    await this.dossiers?.close();
    await this.app?.close();
    await this.stack?.stop();
  }

  /**
   * A non-conformity of that dossier as the findings module keeps it, told to the applicant and
   * awaiting its corrective measures, recorded today (within any appeal period) or `daysAgo`; its id
   * and number.
   */
  async seedFinding(
    dossierId: string,
    severity: 'major' | 'minor',
    daysAgo = 0,
  ): Promise<{ id: string; number: string }> {
    const dossier = await this.dossiers.collection('dossiers').findOne({ _id: dossierId as never });
    if (!dossier) throw new Error(`no dossier ${dossierId}`);
    const id = uniqueId('nc-');
    const number = `NC${id.slice(-4)}`;
    const now = new Date(Date.now() - daysAgo * 86_400_000);
    await this.dossiers.collection('findings').insertOne({
      _id: id as never,
      tenantId: dossier['tenantId'],
      organisationId: dossier['organisationId'],
      cbId: dossier['cbId'],
      dossierId,
      dossierReference: dossier['reference'],
      auditId: uniqueId('audit-'),
      schemeId: dossier['schemeId'],
      schemeVersion: dossier['schemeVersion'],
      auditorIds: [],
      analystId: this.ids['analyst'],
      number,
      requirementId: '2.1',
      severity,
      description: 'Engagements de service non affichés',
      dueDate: now.toISOString().slice(0, 10),
      late: false,
      status: 'measures_requested',
      open: true,
      items: [],
      recordedAt: now,
      recordedBy: 'seed',
      version: 0,
      trail: [],
      outbox: [],
    });
    return { id, number };
  }

  /**
   * A complaint lodged under `reference`, as the CB administrator's register lists it while it
   * waits to be taken in charge (undefined when it is not listed there).
   */
  async receivedComplaint(reference: string): Promise<GatewayAnswer['body']> {
    const { items } = await this.gateway.ok('cb.admin', 'GET', '/complaints?status=received&pageSize=100');
    return items.find((c: { reference: string }) => c.reference === reference);
  }

  /** A dossier of the demo organisation with the demo CB, in the given state; its id and certificate. */
  async seedDossier(o: SeedOptions): Promise<{ id: string; certificateNumber: string }> {
    const doc = dossierDocument({ analystId: this.ids['analyst'], ...o });
    await this.dossiers.collection('dossiers').insertOne(doc);
    const certificate = doc['certificate'] as { number: string } | undefined;
    return { id: doc._id as unknown as string, certificateNumber: certificate?.number ?? '' };
  }
}

/**
 * `api` and `ok` as `who` on the gateway of the harness a suite starts in beforeAll: `current` is
 * read when a test calls, not when the suite is declared.
 */
export function gatewayCalls(current: () => ComplaintsHarness) {
  return {
    api: (who: string | null, method: string, path: string, body?: unknown) =>
      current().gateway.api(who, method, path, body),
    ok: (who: string | null, method: string, path: string, body?: unknown) =>
      current().gateway.ok(who, method, path, body),
  };
}
