import { z } from 'zod';
import { EVENTS_STREAM, EventCatalog, type EventType } from './events/catalog';
import { CloudEventSchema } from './events/envelope';
import { HEADERS } from './headers';

/**
 * The event types partners may subscribe to: the certification lifecycle (dossiers and
 * certificates), and the complaints and appeals a CB handles (docs/domain/complaints-and-appeals.md:
 * an accreditation body or the CB's own tools follow its register; the events never name a
 * complainant). Identity events are about accounts and people, not certification, and stay internal.
 */
export const PARTNER_EVENT_TYPES = (Object.keys(EventCatalog) as EventType[]).filter((type) =>
  /^certhub\.(dossier|certificate|complaint|appeal)\./.test(type),
) as [EventType, ...EventType[]];

/** Headers of a webhook delivery (the Standard Webhooks names, with hex HMAC-SHA256 values). */
export const WEBHOOK_HEADERS = {
  /** Stable across retries and redeliveries of one event to one subscription: the receiver's de-duplication key. */
  id: 'webhook-id',
  /** Unix seconds of this attempt; part of the signed content. */
  timestamp: 'webhook-timestamp',
  /** Space-separated `v1=<hex>`, one per valid secret (two during a rotation overlap). */
  signature: 'webhook-signature',
} as const;

/** Where a partner reads its durable feed as Server-Sent Events. */
export const PARTNER_EVENT_STREAM_PATH = '/api/v1/partners/me/events/stream';

export interface AsyncApiOptions {
  /** Public host of the gateway, e.g. `api.certhub.example`. */
  gatewayHost?: string;
  /** Token endpoint of the realm, where partner clients get their access tokens. */
  tokenUrl?: string;
}

type Json = Record<string, unknown>;

/** JSON Schema draft-07, the dialect the AsyncAPI schema format extends. */
const jsonSchema = (schema: z.ZodType): Json => {
  const converted = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'any',
  }) as Json;
  // The dialect is the document's, not each schema's.
  delete converted['$schema'];
  return converted;
};

/** `certhub.dossier.audit_planned.v1` → `dossierAuditPlannedV1`: ids AsyncAPI accepts as keys. */
const idOf = (type: string): string =>
  type
    .replace(/^certhub\./, '')
    .split(/[._]/)
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');

const webhookHeaders: Json = {
  type: 'object',
  required: [WEBHOOK_HEADERS.id, WEBHOOK_HEADERS.timestamp, WEBHOOK_HEADERS.signature, 'content-type'],
  properties: {
    [WEBHOOK_HEADERS.id]: {
      type: 'string',
      description: 'Delivery id: identical on every retry; de-duplicate on it',
    },
    [WEBHOOK_HEADERS.timestamp]: {
      type: 'string',
      pattern: '^[0-9]+$',
      description: 'Unix seconds of the attempt',
    },
    [WEBHOOK_HEADERS.signature]: {
      type: 'string',
      pattern: '^v1=[0-9a-f]{64}( v1=[0-9a-f]{64})*$',
      description: 'HMAC-SHA256 of `<webhook-timestamp>.<raw body>` keyed with the subscription secret',
    },
    'content-type': { type: 'string', const: 'application/cloudevents+json' },
  },
};

const natsHeaders: Json = {
  type: 'object',
  properties: {
    [HEADERS.natsMsgId]: { type: 'string', description: 'The CloudEvent id: JetStream de-duplicates on it' },
    [HEADERS.ceType]: { type: 'string', description: 'The CloudEvent type' },
    [HEADERS.correlationId]: { type: 'string', description: 'Id of the request that caused the event' },
  },
};

function message(type: EventType, forPartners: boolean): Json {
  const { summary } = EventCatalog[type];
  return {
    name: type,
    title: type,
    summary,
    contentType: 'application/cloudevents+json',
    correlationId: { location: '$message.payload#/id', description: 'The CloudEvent id' },
    headers: natsHeaders,
    payload: {
      allOf: [
        { $ref: '#/components/schemas/CloudEvent' },
        {
          type: 'object',
          required: ['type', 'data'],
          properties: {
            type: { type: 'string', const: type },
            data: { $ref: `#/components/schemas/${idOf(type)}Data` },
          },
        },
      ],
    },
    ...(forPartners ? { bindings: { http: { headers: webhookHeaders, bindingVersion: '0.3.0' } } } : {}),
  };
}

/**
 * The two ways partners receive the events of their subscriptions: the same messages, each way
 * with its channel, server, security and HTTP method.
 */
const PARTNER_DELIVERIES = [
  {
    channel: 'partnerWebhook',
    address: null,
    title: 'Partner webhook',
    description:
      'The HTTPS URL of a webhook subscription. certhub POSTs each event in scope as a structured CloudEvent, ' +
      'signed, retried with exponential backoff and jitter until a 2xx answer or the dead-letter state; ' +
      'events of one dossier arrive in order.',
    server: 'partnerEndpoint',
    operation: 'deliverWebhook',
    summary: 'certhub delivers a subscribed event to the partner webhook',
    security: 'webhookSignature',
    method: 'POST',
  },
  {
    channel: 'partnerEventStream',
    address: PARTNER_EVENT_STREAM_PATH,
    title: 'Partner event stream (Server-Sent Events)',
    description:
      'The durable feed of a stream subscription: `id:` is the feed sequence, `event:` the CloudEvent type and ' +
      '`data:` the CloudEvent. Reconnect with `Last-Event-ID` to resume after the last event received.',
    server: 'gateway',
    operation: 'streamEvents',
    summary: 'certhub streams subscribed events to a connected partner',
    security: 'partnerClientCredentials',
    method: 'GET',
  },
] as const;

let cached: { key: string; document: Json } | undefined;

/**
 * AsyncAPI 3.0 document generated from the event catalogue: one channel per JetStream subject
 * with its CloudEvents message and payload schema, plus the two ways partners receive events
 * (signed webhooks, and the SSE feed of the gateway) with their security.
 */
export function asyncApiDocument(options: AsyncApiOptions = {}): Json {
  const gatewayHost = options.gatewayHost ?? 'api.certhub.example';
  const tokenUrl =
    options.tokenUrl ?? 'https://auth.certhub.example/realms/certhub/protocol/openid-connect/token';
  const key = `${gatewayHost} ${tokenUrl}`;
  if (cached?.key === key) return cached.document;

  const types = Object.keys(EventCatalog) as EventType[];
  const partnerRefs = (channel: string) =>
    PARTNER_EVENT_TYPES.map((t) => ({ $ref: `#/channels/${channel}/messages/${idOf(t)}` }));
  const partnerMessages = Object.fromEntries(
    PARTNER_EVENT_TYPES.map((t) => [idOf(t), { $ref: `#/components/messages/${idOf(t)}` }]),
  );

  const channels: Json = {};
  const operations: Json = {};
  for (const type of types) {
    const id = idOf(type);
    channels[id] = {
      address: EventCatalog[type].subject,
      title: type,
      description: EventCatalog[type].summary,
      servers: [{ $ref: '#/servers/jetstream' }],
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
    };
    operations[`publish${id.charAt(0).toUpperCase()}${id.slice(1)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${id}` },
      summary: `certhub publishes ${type}`,
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
  }
  for (const delivery of PARTNER_DELIVERIES) {
    channels[delivery.channel] = {
      address: delivery.address,
      title: delivery.title,
      description: delivery.description,
      servers: [{ $ref: `#/servers/${delivery.server}` }],
      messages: partnerMessages,
    };
    operations[delivery.operation] = {
      action: 'send',
      channel: { $ref: `#/channels/${delivery.channel}` },
      summary: delivery.summary,
      security: [{ $ref: `#/components/securitySchemes/${delivery.security}` }],
      bindings: { http: { method: delivery.method, bindingVersion: '0.3.0' } },
      messages: partnerRefs(delivery.channel),
    };
  }

  const document: Json = {
    asyncapi: '3.0.0',
    info: {
      title: 'certhub events',
      version: '1.0.0',
      description:
        'Every certhub state change is a CloudEvents 1.0 event with a versioned type. Services exchange them ' +
        `over the JetStream stream ${EVENTS_STREAM}; partners receive the certification events of their ` +
        'subscriptions by signed webhook or as a Server-Sent Events feed.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      jetstream: {
        host: 'nats:4222',
        protocol: 'nats',
        description: `JetStream stream ${EVENTS_STREAM}: internal, services only`,
      },
      partnerEndpoint: {
        host: '{partnerHost}',
        protocol: 'https',
        description: 'The partner’s own endpoint, as given in its webhook subscription',
        variables: { partnerHost: { description: 'Host of the subscription URL' } },
        security: [{ $ref: '#/components/securitySchemes/webhookSignature' }],
      },
      gateway: {
        host: gatewayHost,
        protocol: 'https',
        description: 'The certhub API gateway',
        security: [{ $ref: '#/components/securitySchemes/partnerClientCredentials' }],
      },
    },
    channels,
    operations,
    components: {
      schemas: {
        CloudEvent: jsonSchema(CloudEventSchema),
        ...Object.fromEntries(types.map((t) => [`${idOf(t)}Data`, jsonSchema(EventCatalog[t].schema)])),
      },
      messages: Object.fromEntries(
        types.map((t) => [idOf(t), message(t, (PARTNER_EVENT_TYPES as string[]).includes(t))]),
      ),
      securitySchemes: {
        webhookSignature: {
          type: 'httpApiKey',
          name: WEBHOOK_HEADERS.signature,
          in: 'header',
          description:
            'certhub signs every delivery: `v1=` + hex(HMAC-SHA256(secret, `<webhook-timestamp>.<raw body>`)). ' +
            'During a secret rotation both secrets sign, space-separated. Reject timestamps older than 5 minutes.',
        },
        partnerClientCredentials: {
          type: 'oauth2',
          description:
            'A partner client (created by certhub) gets its access token with the client-credentials grant',
          flows: { clientCredentials: { tokenUrl, availableScopes: {} } },
        },
      },
    },
  };
  cached = { key, document };
  return document;
}
