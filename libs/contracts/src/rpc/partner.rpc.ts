import { z } from 'zod';
import { textOf } from '../text';
import { PARTNER_EVENT_TYPES } from '../asyncapi';
import { CertificateStatusSchema } from '../certificates/certificate.schemas';
import { CloudEventSchema } from '../events/envelope';
import { SirenSchema, SiretSchema, pageOf } from '../identity/identity.schemas';
import { sortablePageQuery } from '../pagination';
import { routesOf } from './http';
import { id } from '../fields';

const at = z.string();

/**
 * What a partner may see, and what a subscription asks for: every dimension given must match the
 * event (its CB, its scheme, the SIREN of its organisation); a dimension left out matches any.
 */
const PartnerScopeSchema = z
  .object({
    cbId: id.optional(),
    schemeId: id.optional(),
    sirens: z.array(SirenSchema).min(1).max(1_000).optional(),
  })
  .strict();

const ScopeResponse = z.object({
  cbId: z.string().optional(),
  schemeId: z.string().optional(),
  sirens: z.array(z.string()).optional(),
});

const PartnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The OAuth client id to request tokens with (client-credentials grant). */
  clientId: z.string(),
  /** `platform`, or the CB whose admin created the partner. */
  ownerTenantId: z.string(),
  scope: ScopeResponse,
  createdBy: z.string(),
  createdAt: at,
});

const DeliverySpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('webhook'), url: z.url({ protocol: /^https?$/ }).max(2_000) }).strict(),
  z.object({ kind: z.literal('stream') }).strict(),
]);

const SubscriptionSchema = z.object({
  id: z.string(),
  eventTypes: z.array(z.string()),
  scope: ScopeResponse,
  delivery: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('webhook'), url: z.string() }),
    z.object({ kind: z.literal('stream') }),
  ]),
  active: z.boolean(),
  /** Until when the secret replaced by the last rotation still signs deliveries. */
  previousSecretValidUntil: at.optional(),
  createdAt: at,
});

const DeliveryStatusSchema = z.enum(['pending', 'delivered', 'dead_letter']);

const DeliverySchema = z.object({
  /** Also the `webhook-id` header: stable across retries and redeliveries. */
  id: z.string(),
  subscriptionId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  eventTime: at,
  status: DeliveryStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: at.optional(),
  lastAttempt: z
    .object({
      at,
      durationMs: z.number(),
      statusCode: z.number().int().optional(),
      error: z.string().optional(),
    })
    .optional(),
  deliveredAt: at.optional(),
  deadLetteredAt: at.optional(),
  /** Stream subscriptions: the event's sequence in the partner feed (its SSE `id`). */
  feedSeq: z.number().int().optional(),
  createdAt: at,
});

const RotateSecretRequest = z.object({
  subscriptionId: id,
  overlapSeconds: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86_400)
    .default(86_400),
});

const DeliveryListQuery = sortablePageQuery(['createdAt']).extend({
  subscriptionId: id.optional(),
  status: DeliveryStatusSchema.optional(),
});

const SiretVerificationSchema = z.object({
  siret: z.string(),
  certified: z.boolean(),
  certificateNumber: z.string().optional(),
  status: CertificateStatusSchema.optional(),
  validUntil: z.string().optional(),
});

/** The partner's own API: a partner client acting within its scope. */
const partnerApi = routesOf({ roles: ['partner'], tag: 'partner API' });
/** Managing partner clients: the platform, or a CB admin for the partners restricted to his CB. */
const partnerAdmin = routesOf({ roles: ['platform_admin', 'cb_admin'], tag: 'partners' });

export const PartnerRpc = {
  /** platform_admin, or cb_admin for a partner restricted to his own CB. The secret is shown once. */
  'partner.clients.create': {
    http: partnerAdmin({
      method: 'POST',
      path: '/api/v1/partners',
      status: 201,
      summary:
        'Create a partner API client (OAuth client credentials) and its scope; a CB admin sets scope.cbId to his CB. The client secret is shown once',
    }),
    request: z.object({ name: textOf(100), scope: PartnerScopeSchema.default({}) }).strict(),
    response: z.object({ partner: PartnerSchema, clientSecret: z.string() }),
  },
  'partner.clients.list': {
    http: partnerAdmin({
      method: 'GET',
      path: '/api/v1/partners',
      summary: 'Partner clients: all for the platform, those of his CB for a CB admin; q searches names',
    }),
    request: sortablePageQuery(['createdAt', 'name'])
      .extend({ q: z.string().trim().min(1).max(100).optional() })
      .strict(),
    response: pageOf(PartnerSchema),
  },
  'partner.clients.get': {
    http: partnerAdmin({
      method: 'GET',
      path: '/api/v1/partners/{partnerId}',
      summary: 'One partner client',
    }),
    request: z.object({ partnerId: id }).strict(),
    response: PartnerSchema,
  },
  /** The calling partner subscribes; a webhook subscription answers its signing secret, once. */
  'partner.subscriptions.create': {
    http: partnerApi({
      method: 'POST',
      path: '/api/v1/partners/me/subscriptions',
      status: 201,
      summary:
        'Subscribe to event types within your scope, by signed webhook or on your event stream; a webhook subscription answers its signing secret once',
    }),
    request: z
      .object({
        eventTypes: z.array(z.enum(PARTNER_EVENT_TYPES)).min(1).max(PARTNER_EVENT_TYPES.length),
        scope: PartnerScopeSchema.default({}),
        delivery: DeliverySpec,
      })
      .strict(),
    response: z.object({ subscription: SubscriptionSchema, secret: z.string().optional() }),
  },
  'partner.subscriptions.list': {
    http: partnerApi({
      method: 'GET',
      path: '/api/v1/partners/me/subscriptions',
      summary: 'Your subscriptions',
    }),
    request: sortablePageQuery(['createdAt']).strict(),
    response: pageOf(SubscriptionSchema),
  },
  'partner.subscriptions.get': {
    http: partnerApi({
      method: 'GET',
      path: '/api/v1/partners/me/subscriptions/{subscriptionId}',
      summary: 'One subscription',
    }),
    request: z.object({ subscriptionId: id }).strict(),
    response: SubscriptionSchema,
  },
  /** Stops matching new events; deliveries already queued still go out. */
  'partner.subscriptions.delete': {
    http: partnerApi({
      method: 'DELETE',
      path: '/api/v1/partners/me/subscriptions/{subscriptionId}',
      summary: 'Stop a subscription; deliveries already queued still go out',
    }),
    request: z.object({ subscriptionId: id }).strict(),
    response: SubscriptionSchema,
  },
  /** A new secret, shown once; the previous one keeps signing for `overlapSeconds`. */
  'partner.subscriptions.rotate-secret': {
    http: partnerApi({
      method: 'POST',
      path: '/api/v1/partners/me/subscriptions/{subscriptionId}/rotate-secret',
      summary:
        'A new webhook signing secret, shown once; the previous one keeps signing for overlapSeconds (default one day)',
    }),
    request: RotateSecretRequest.strict(),
    response: z.object({ subscription: SubscriptionSchema, secret: z.string() }),
  },
  /** The partner's delivery log, newest first. */
  'partner.deliveries.list': {
    http: partnerApi({
      method: 'GET',
      path: '/api/v1/partners/me/deliveries',
      summary: 'Your delivery log, newest first: status, attempts, last answer, dead letters',
    }),
    request: DeliveryListQuery.strict(),
    response: pageOf(DeliverySchema),
  },
  /** Queues a delivered or dead-lettered event again, under the same delivery id. */
  'partner.deliveries.redeliver': {
    http: partnerApi({
      method: 'POST',
      path: '/api/v1/partners/me/deliveries/{deliveryId}/redeliver',
      summary: 'Send a delivered or dead-lettered webhook again, under the same delivery id',
    }),
    request: z.object({ deliveryId: id }).strict(),
    response: DeliverySchema,
  },
  /**
   * The same subscriptions, delivery log, redelivery and secret rotation seen by whoever manages the
   * partner client (the platform, or the CB that owns it): support answers a partner's "we missed
   * an event" or "we lost our secret" without the partner's token.
   */
  'partner.clients.subscriptions.list': {
    http: partnerAdmin({
      method: 'GET',
      path: '/api/v1/partners/{partnerId}/subscriptions',
      summary: 'A partner client’s subscriptions (the platform, or the CB that owns the partner)',
    }),
    request: sortablePageQuery(['createdAt']).extend({ partnerId: id }).strict(),
    response: pageOf(SubscriptionSchema),
  },
  'partner.clients.subscriptions.rotate-secret': {
    http: partnerAdmin({
      method: 'POST',
      path: '/api/v1/partners/{partnerId}/subscriptions/{subscriptionId}/rotate-secret',
      summary:
        'A new signing secret for a partner client’s webhook subscription, shown once, to hand over to the partner; the previous one keeps signing for overlapSeconds',
    }),
    request: RotateSecretRequest.extend({ partnerId: id }).strict(),
    response: z.object({ subscription: SubscriptionSchema, secret: z.string() }),
  },
  'partner.clients.deliveries.list': {
    http: partnerAdmin({
      method: 'GET',
      path: '/api/v1/partners/{partnerId}/deliveries',
      summary: 'A partner client’s delivery log, newest first',
    }),
    request: DeliveryListQuery.extend({ partnerId: id }).strict(),
    response: pageOf(DeliverySchema),
  },
  'partner.clients.deliveries.redeliver': {
    http: partnerAdmin({
      method: 'POST',
      path: '/api/v1/partners/{partnerId}/deliveries/{deliveryId}/redeliver',
      summary: 'Send one of a partner client’s delivered or dead-lettered webhooks again',
    }),
    request: z.object({ partnerId: id, deliveryId: id }).strict(),
    response: DeliverySchema,
  },
  /** The gateway's SSE endpoint reads the partner feed through this long poll. */
  'partner.feed.read': {
    request: z
      .object({
        after: z.coerce.number().int().min(0).default(0),
        limit: z.coerce.number().int().min(1).max(100).default(100),
        waitMs: z.coerce.number().int().min(0).max(20_000).default(15_000),
      })
      .strict(),
    response: z.object({ items: z.array(z.object({ seq: z.number().int(), event: CloudEventSchema })) }),
  },
  /**
   * Batch check (docs/domain/partners.md#verification): are these SIRETs certified for the scheme, and until
   * when?
   */
  'partner.verify': {
    http: partnerApi({
      method: 'POST',
      path: '/api/v1/partners/verify',
      summary:
        'Are these SIRETs (up to 500) certified for the scheme, and until when? Per SIRET: certified, certificate number, status, validUntil',
    }),
    request: z.object({ schemeId: id, sirets: z.array(SiretSchema).min(1).max(500) }).strict(),
    response: z.object({
      schemeId: z.string(),
      checkedAt: at,
      results: z.array(SiretVerificationSchema),
    }),
  },
} as const;
