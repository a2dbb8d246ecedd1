import { PrivateComponent } from './components';
import { uniqueId } from './ids';
import { freePorts } from './ports';
import { startService, type ServiceProcess } from './service-process';

/** Services the gateway reaches over HTTP (files, exports), each at `<NAME>_URL`. */
const INTERNAL_HTTP = ['document', 'certificate', 'dossier', 'analytics', 'complaints', 'candidacy'];

/**
 * Several services wired together on their own NATS server and databases. Services of one name
 * share a NATS queue group: on the shared server, another test file's process would answer this
 * test's requests, so each stack gets a private NATS and its own database prefix.
 */
export class TestStack {
  private constructor(
    readonly nats: PrivateComponent,
    readonly prefix: string,
    readonly services: Map<string, ServiceProcess>,
  ) {}

  static async start(names: string[], env: Record<string, string> = {}): Promise<TestStack> {
    const nats = await PrivateComponent.start('nats');
    const prefix = uniqueId('st');
    // Ports first: the gateway is told where the services it streams files and exports from listen.
    const chosen = await freePorts(names.length);
    const ports = new Map(names.map((name, i) => [name, chosen[i]]));
    const urls = Object.fromEntries(
      INTERNAL_HTTP.filter((name) => ports.has(name)).map((name) => [
        `${name.toUpperCase()}_URL`,
        `http://127.0.0.1:${ports.get(name)}`,
      ]),
    );
    const results = await Promise.allSettled(
      names.map((name) =>
        startService(
          name,
          { NATS_URL: nats.url, MONGO_DB_PREFIX: prefix, ...urls, ...env },
          { port: ports.get(name) ?? 0 },
        ),
      ),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    if (failed) {
      // The services that did start must not outlive the failed stack (they would hold ports and
      // consume events of the next test).
      await Promise.all(started.map((s) => s.stop()));
      nats.stop();
      throw failed.reason;
    }
    return new TestStack(nats, prefix, new Map(started.map((s) => [s.name, s])));
  }

  service(name: string): ServiceProcess {
    const service = this.services.get(name);
    if (!service) throw new Error(`${name} is not part of this stack`);
    return service;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((s) => s.stop()));
    this.nats.stop();
  }
}
