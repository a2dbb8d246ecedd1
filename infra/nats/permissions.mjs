#!/usr/bin/env node
// Who may publish and subscribe to what on NATS: one user per service, so a principal header is
// only ever set by the gateway (or a service, for its own calls) and never by anyone who merely
// reaches the bus. Rendered into the nats-server `authorization` block used everywhere: the local
// runtime renders it into its run dir, docker-compose and Kubernetes use the committed render
// `auth.conf` next to this file (passwords are environment references, never in the file).
//
//   node infra/nats/permissions.mjs > infra/nats/auth.conf
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';

export const EVENTS_STREAM = 'CERTHUB_EVENTS';

/** The services answering request/reply subjects `<service>.<verb>` (queue group = service name). */
export const RPC_SERVICES = [
  'identity',
  'dossier',
  'document',
  'notification',
  'certificate',
  'analytics',
  'partner',
  'complaints',
  'candidacy',
  'credentials',
];

/**
 * Per user: `calls` the request subjects it may publish (a test checks they cover every `.call()`
 * in its sources), `events` whether it publishes `evt.<user>.>` through its outbox, `streams` the
 * JetStream streams it creates, reads or consumes, `publish` extra subjects (its own streams').
 */
export const USERS = {
  gateway: { calls: RPC_SERVICES.map((service) => `${service}.>`), streams: [] },
  identity: {
    // The sites import: its upload context, and the rows of the uploaded spreadsheet.
    calls: ['document.contexts.upsert', 'document.spreadsheets.read'],
    events: true,
    streams: [EVENTS_STREAM],
  },
  dossier: {
    calls: [
      'identity.certification-bodies.list',
      'identity.companies.lookup',
      'identity.organisations.get',
      'identity.recipients.resolve',
      'identity.sites.list',
      'identity.users.get',
      'document.contexts.upsert',
      'document.documents.check',
    ],
    events: true,
    streams: [EVENTS_STREAM],
  },
  document: { events: true, streams: [EVENTS_STREAM] },
  notification: {
    calls: [
      'identity.recipients.resolve',
      // A network's option "notify me when a candidacy is created".
      'identity.networks.get',
      // The CB's mail attachments: their upload context, and the documents filed there.
      'document.contexts.upsert',
      'document.documents.check',
      'document.documents.get',
    ],
    streams: [EVENTS_STREAM],
  },
  certificate: { calls: ['credentials.credential.get'], events: true, streams: [EVENTS_STREAM] },
  analytics: { streams: [EVENTS_STREAM] },
  partner: {
    streams: [
      EVENTS_STREAM,
      'CERTHUB_PARTNER_DELIVERIES',
      'CERTHUB_PARTNER_FEEDS',
      'KV_CERTHUB_PARTNER_LEASES',
    ],
    publish: ['partnerdlv.>', 'partnerfeed.>', '$KV.CERTHUB_PARTNER_LEASES.>'],
  },
  complaints: {
    calls: [
      'identity.certification-bodies.list',
      'identity.users.get',
      // Appeals and complaint actions go through the dossier lifecycle, as the caller.
      'dossier.dossiers.get',
      'dossier.decisions.list',
      'dossier.audits.search',
      'dossier.audits.plan',
      'dossier.certificates.suspend',
      'dossier.appeals.review',
      'dossier.findings.get',
      'dossier.schemes.get',
      'certificate.verify.number',
      'notification.mails.send',
      // The complaint's files: upload contexts of the document service; the complainant's, listed
      // on the follow page.
      'document.contexts.upsert',
      'document.documents.list',
    ],
    events: true,
    streams: [EVENTS_STREAM],
  },
  candidacy: {
    calls: [
      'identity.certification-bodies.list',
      'identity.establishments.get',
      // An organisation's establishments, when its certifier toggles the organisation's flag.
      'identity.establishments.list',
      'document.contexts.upsert',
      'document.documents.check',
      // The documents tab: the files of a candidate's context.
      'document.documents.list',
    ],
    events: true,
    streams: [EVENTS_STREAM],
  },
  credentials: { events: true, streams: [EVENTS_STREAM] },
};

/**
 * The JetStream API a client of stream `s` needs (nats.js: stream info/create, message get,
 * consumer info/create/next/delete, acks and "working" heartbeats), and nothing that deletes,
 * purges or reconfigures a stream.
 */
const jetStreamApi = (s) => [
  `$JS.API.STREAM.INFO.${s}`,
  `$JS.API.STREAM.CREATE.${s}`,
  `$JS.API.STREAM.MSG.GET.${s}`,
  `$JS.API.DIRECT.GET.${s}`,
  `$JS.API.DIRECT.GET.${s}.>`,
  `$JS.API.CONSUMER.INFO.${s}.>`,
  `$JS.API.CONSUMER.CREATE.${s}`,
  `$JS.API.CONSUMER.CREATE.${s}.>`,
  `$JS.API.CONSUMER.DURABLE.CREATE.${s}.>`,
  `$JS.API.CONSUMER.MSG.NEXT.${s}.>`,
  `$JS.API.CONSUMER.DELETE.${s}.>`,
  `$JS.ACK.${s}.>`,
];

/** Replies come back on `_INBOX.<user>.…` (libs/platform sets the inbox prefix): nobody reads another's. */
export const inboxPrefix = (user) => `_INBOX.${user}`;

export const passwordVariable = (user) => `NATS_PASSWORD_${user.toUpperCase()}`;

/**
 * nats-server parses a variable's value as a config value (a leading digit makes it a number):
 * passwords are a letter then hex digits, which it reads back as the same string.
 */
export const natsPassword = () => `n${randomBytes(24).toString('hex')}`;

/** Publish and subscribe allow-lists of one user. */
export function permissionsOf(user) {
  const spec = USERS[user];
  if (!spec) throw new Error(`no NATS user "${user}" (one of: ${Object.keys(USERS).join(', ')})`);
  return {
    publish: [
      ...(spec.calls ?? []),
      ...(spec.events ? [`evt.${user}.>`] : []),
      ...(spec.publish ?? []),
      '$JS.API.INFO',
      ...spec.streams.flatMap(jetStreamApi),
    ],
    subscribe: [...(RPC_SERVICES.includes(user) ? [`${user}.>`] : []), `${inboxPrefix(user)}.>`],
  };
}

/**
 * `tools`: tests and benches seeding or reading streams on a local runtime. Everything but the
 * request subjects: it neither calls services (tests do that as the gateway) nor listens in their
 * place. Never rendered into auth.conf.
 */
export const TOOLS_USER = 'tools';

const quote = (subjects) => `[${subjects.map((s) => JSON.stringify(s)).join(', ')}]`;

const rule = (allow, deny) =>
  deny ? `{ allow: ${quote(allow)}, deny: ${quote(deny)} }` : `{ allow: ${quote(allow)} }`;

function userBlock(user, { publish, subscribe, deny }) {
  return [
    '    {',
    `      user: ${user}`,
    `      password: $${passwordVariable(user)}`,
    '      permissions: {',
    `        publish: ${rule(publish, deny)}`,
    `        subscribe: ${rule(subscribe, deny)}`,
    // A service answers requests on their reply subject, whoever the caller is.
    '        allow_responses: true',
    '      }',
    '    }',
  ].join('\n');
}

/** The nats-server `authorization` block; `withTools` adds the local runtime's tools user. */
export function renderAuthConf({ withTools = false } = {}) {
  const blocks = Object.keys(USERS).map((user) => userBlock(user, permissionsOf(user)));
  if (withTools)
    blocks.push(
      userBlock(TOOLS_USER, {
        publish: ['>'],
        subscribe: ['>'],
        deny: RPC_SERVICES.map((service) => `${service}.>`),
      }),
    );
  return [
    '# Generated by infra/nats/permissions.mjs (node infra/nats/permissions.mjs > infra/nats/auth.conf):',
    '# edit the table there. Passwords are environment variables of the nats-server process',
    `# (${passwordVariable('<user>')}); each service connects as its own user (NATS_USER/NATS_PASSWORD).`,
    'authorization {',
    '  users = [',
    blocks.join('\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** Every user of a local runtime (the services' and tools). */
export const LOCAL_USERS = [...Object.keys(USERS), TOOLS_USER];

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
// `--with-tools`: the local variant (the test harness's containers use it).
if (invokedDirectly)
  process.stdout.write(renderAuthConf({ withTools: process.argv.includes('--with-tools') }));
