import type { CloudEvent, Principal, RpcRequest, RpcResponse } from '@certhub/contracts';
import {
  StackHarness,
  removeClients,
  startService,
  uniqueId,
  type ServiceProcess,
  type StackParts,
} from '@certhub/testing';
import { settledFor } from './delivery-queue';

export const PLATFORM_ADMIN: Principal = {
  userId: 'u-platform-admin',
  tenantType: 'platform',
  tenantId: 'platform',
  roles: ['platform_admin'],
};

export type Partner = RpcResponse<'partner.clients.create'>['partner'];

/**
 * The partner service (and the gateway when asked) on a private NATS and database prefix, a NATS
 * client that publishes events as the other services would, and typed RPC calls as any principal.
 */
export class PartnerHarness extends StackHarness {
  private readonly clientIds: string[] = [];
  private extra: ServiceProcess[] = [];

  private constructor(
    parts: StackParts,
    private readonly env: Record<string, string>,
  ) {
    super(parts);
  }

  static async start(
    env: Record<string, string> = {},
    services: string[] = ['partner'],
  ): Promise<PartnerHarness> {
    return new PartnerHarness(await StackHarness.open(services, env), env);
  }

  get partner(): ServiceProcess {
    return this.extra.at(-1) ?? this.stack.service('partner');
  }

  /** A partner client created by the platform admin (its Keycloak client is removed at the end). */
  async createPartner(scope: RpcRequest<'partner.clients.create'>['scope'] = {}): Promise<{
    partner: Partner;
    clientSecret: string;
    principal: Principal;
  }> {
    const created = await this.call(
      'partner.clients.create',
      { name: uniqueId('Partner '), scope },
      PLATFORM_ADMIN,
    );
    this.clientIds.push(created.partner.clientId);
    return { ...created, principal: partnerPrincipal(created.partner) };
  }

  /**
   * A partner of a new CB of its own, subscribed by webhook at `url` to these event types: the
   * subscription and its secret.
   */
  async webhookPartner(
    url: string,
    eventTypes: RpcRequest<'partner.subscriptions.create'>['eventTypes'],
  ): Promise<{ cbId: string; principal: Principal; subscriptionId: string; secret: string }> {
    const cbId = uniqueId('cb');
    const { principal } = await this.createPartner({ cbId });
    const { subscription, secret } = await this.call(
      'partner.subscriptions.create',
      { eventTypes, delivery: { kind: 'webhook', url } },
      principal,
    );
    if (!secret) throw new Error('a webhook subscription answers its secret');
    return { cbId, principal, subscriptionId: subscription.id, secret };
  }

  /** What the partner's endpoint received is final: nothing is queued for it (delivery-queue.ts). */
  settled(partnerId: string): Promise<true> {
    return settledFor(this.bus.jsm, partnerId);
  }

  /** Remembers a client created another way (through the gateway) for removal at the end. */
  track(clientId: string): void {
    this.clientIds.push(clientId);
  }

  async publish(...events: CloudEvent[]): Promise<void> {
    for (const event of events) await this.bus.publish(event);
  }

  async metric(name: string, labels = ''): Promise<number> {
    const text = await (await fetch(`${this.partner.url}/metrics`)).text();
    const line = text
      .split('\n')
      .find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && l.includes(labels));
    return line ? Number(line.split(' ').pop()) : 0;
  }

  /** SIGKILL: no graceful shutdown, nothing flushed. */
  kill(): void {
    this.partner.process.kill('SIGKILL');
  }

  /** Another partner process on the same NATS and database, as after a crash and restart. */
  async startPartnerAgain(): Promise<void> {
    this.extra.push(await startService('partner', { ...this.serviceEnv, ...this.env }));
  }

  override async stop(): Promise<void> {
    await Promise.allSettled([removeClients(this.clientIds), ...this.extra.map((s) => s.stop())]);
    await super.stop();
  }
}

export const partnerPrincipal = (partner: Partner): Principal => ({
  userId: `service-account-${partner.clientId}`,
  tenantType: 'partner',
  tenantId: partner.id,
  roles: ['partner'],
  clientId: partner.clientId,
});
