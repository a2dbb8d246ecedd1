import type { Routes } from '../../test/render-app';

export const page = <T>(items: T[], total = items.length) => ({
  body: { items, page: 1, pageSize: 20, total },
});

export const subscription = (id: string, delivery: Record<string, unknown>) => ({
  id,
  eventTypes: ['certhub.certificate.issued.v1'],
  scope: { schemeId: 'amarc' },
  delivery,
  active: true,
  createdAt: '2026-11-01T10:00:00.000Z',
});

export const delivery = (id: string, subscriptionId: string, status: string) => ({
  id,
  subscriptionId,
  eventId: `evt-${id}`,
  eventType: 'certhub.certificate.issued.v1',
  eventTime: '2026-11-02T10:00:00.000Z',
  status,
  attempts: status === 'dead_letter' ? 8 : 1,
  lastAttempt: { at: '2026-11-02T10:00:01.000Z', durationMs: 30, statusCode: 500 },
  createdAt: '2026-11-02T10:00:00.000Z',
});

export const partner = (id: string, name: string, ownerTenantId: string) => ({
  id,
  name,
  clientId: `partner-${id}`,
  ownerTenantId,
  scope: ownerTenantId === 'platform' ? {} : { cbId: ownerTenantId },
  createdBy: 'u-1',
  createdAt: '2026-10-01T10:00:00.000Z',
});

/** Partner p-1 (owned by `owner`) with a webhook and a stream subscription, and its delivery log. */
export const partnerRoutes = (owner: string): Routes => ({
  'GET /api/v1/partners/p-1': { body: partner('p-1', 'Banque Partenaire', owner) },
  'GET /api/v1/partners/p-1/subscriptions': page([
    subscription('s-hook', { kind: 'webhook', url: 'https://banque.test/hooks' }),
    subscription('s-stream', { kind: 'stream' }),
  ]),
  'GET /api/v1/partners/p-1/deliveries': page([
    delivery('d-dead', 's-hook', 'dead_letter'),
    delivery('d-feed', 's-stream', 'delivered'),
  ]),
  'POST /api/v1/partners/p-1/deliveries/d-dead/redeliver': { body: delivery('d-dead', 's-hook', 'pending') },
  'POST /api/v1/partners/p-1/subscriptions/s-hook/rotate-secret': {
    body: { subscription: subscription('s-hook', { kind: 'webhook', url: 'x' }), secret: 'whsec_new-one' },
  },
});
