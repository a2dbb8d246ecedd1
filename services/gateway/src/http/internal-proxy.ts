import { Inject, Injectable } from '@nestjs/common';
import {
  HEADERS,
  OBJECT_HANDOFF_TYPE,
  ObjectHandoffSchema,
  isRpcErrorBody,
  type Principal,
} from '@certhub/contracts';
import { DomainError, InternalTokens, RequestContext, SERVICE_CONFIG, drainRequest } from '@certhub/platform';
import type { Request, Response } from 'express';
import { Agent, request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
import type { GatewayConfig } from '../config';

/**
 * Connections to the services and to the object store are reused: 50 parallel uploads must not
 * mean 50 handshakes each.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
/** A production object store is reached over TLS. */
const tlsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 256 });

const PASSED_ON = [
  'content-type',
  'content-length',
  'content-range',
  'accept-ranges',
  'content-disposition',
  'etag',
  'last-modified',
  'x-content-type-options',
];

/** The services whose internal HTTP routes carry what NATS does not: file bytes and exports. */
export type InternalService =
  'document' | 'certificate' | 'dossier' | 'analytics' | 'complaints' | 'candidacy';

/** What an id in a URL may look like: never `.` or `..`, which URL parsing would resolve away. */
const PATH_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;

/**
 * An internal route's path with the client's ids checked and encoded: an id that cannot be one
 * (`..`, `%2e%2e`, a slash) is answered 404 before any internal call, instead of reaching another
 * route of the service once the URL is normalised.
 */
export function internalPath(parts: TemplateStringsArray, ...segments: string[]): string {
  return parts.reduce((path, part, i) => {
    if (i === 0) return part;
    const segment = segments[i - 1] ?? '';
    if (!PATH_SEGMENT.test(segment)) throw DomainError.notFound(`"${segment.slice(0, 64)}"`);
    return path + encodeURIComponent(segment) + part;
  }, '');
}

/** The client's query string as it came (`?…` or empty), passed on to a service that validates it. */
export function clientQuery(req: Request): string {
  const at = req.originalUrl.indexOf('?');
  return at < 0 ? '' : req.originalUrl.slice(at);
}

/** The cause (an internal address) is logged with the 503, never sent. */
const unavailable = (service: InternalService, error: unknown) =>
  Object.assign(
    new DomainError('dependency_unavailable', `the ${service} service is unavailable: try again in a moment`),
    { cause: error },
  );

/**
 * The gateway's side of the services' internal HTTP routes: each call carries a token signed for
 * that one service (InternalTokens) naming the principal the gateway verified, and the
 * correlation id; errors come back as the RPC error body and are raised as DomainErrors, so they
 * reach the client as problem+json like NATS replies do.
 */
@Injectable()
export class InternalProxy {
  private readonly bases: Record<InternalService, string>;
  private readonly idleTimeoutMs: number;

  constructor(
    private readonly tokens: InternalTokens,
    @Inject(SERVICE_CONFIG) config: GatewayConfig,
  ) {
    this.bases = {
      document: config.DOCUMENT_URL,
      certificate: config.CERTIFICATE_URL,
      dossier: config.DOSSIER_URL,
      analytics: config.ANALYTICS_URL,
      complaints: config.COMPLAINTS_URL,
      candidacy: config.CANDIDACY_URL,
    };
    this.idleTimeoutMs = config.INTERNAL_HTTP_TIMEOUT_MS;
  }

  /** Streams an upload to `service` (see proxyUpload) and returns its JSON answer. */
  async upload(
    service: InternalService,
    path: string,
    method: 'POST' | 'PUT',
    req: Request,
    principal: Principal,
  ): Promise<unknown> {
    return proxyUpload(await this.target(service, path, principal), method, req);
  }

  /** Streams a file (whole or a Range) from `service` to the client, passing its headers on. */
  async download(
    service: InternalService,
    path: string,
    req: Request,
    res: Response,
    principal: Principal | undefined,
  ): Promise<void> {
    return proxyDownload(await this.target(service, path, principal), req, res);
  }

  private async target(
    service: InternalService,
    path: string,
    principal: Principal | undefined,
  ): Promise<Target> {
    return {
      service,
      url: this.bases[service] + path,
      headers: {
        authorization: `Bearer ${await this.tokens.sign(service, principal)}`,
        [HEADERS.correlationId]: RequestContext.correlationId() ?? '',
      },
      timeoutMs: this.idleTimeoutMs,
    };
  }
}

interface Target {
  service: InternalService;
  url: string;
  headers: Record<string, string>;
  /** Without a byte either way for this long, the call ends (503): a frozen service never holds a client. */
  timeoutMs: number;
}

/** A request to a service's internal route that gives up after the target's idle timeout. */
function internalRequest(target: Target, method: string, headers: Record<string, string>) {
  const tls = target.url.startsWith('https:');
  const upstream = (tls ? httpsRequest : request)(target.url, {
    method,
    agent: tls ? tlsAgent : agent,
    timeout: target.timeoutMs,
    headers: { ...target.headers, ...headers },
  });
  upstream.on('timeout', () => upstream.destroy(new Error(`no answer within ${target.timeoutMs} ms`)));
  return upstream;
}

/** What a client sends when it wraps the file instead of sending it: JSON, a form. */
const NOT_A_FILE =
  /^(?:application\/(?:[\w.-]+\+)?json|application\/x-www-form-urlencoded|multipart\/form-data)$/;

/**
 * Streams the request body to the document service as it arrives (backpressure end to end, with
 * the client's Content-Length when it sent one) and returns its JSON answer. A refusal (413 as
 * soon as the limit is passed, 415, 409…) comes back while the client may still be sending: the
 * rest of its body is then dropped so that it reads the answer instead of a reset.
 */
async function proxyUpload(target: Target, method: 'POST' | 'PUT', req: Request): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (NOT_A_FILE.test(type)) {
    throw new DomainError(
      'unsupported_media_type',
      'send the file itself as the request body (for example as application/octet-stream), not as JSON or a form',
    );
  }
  const length = req.headers['content-length'];
  const upstream = internalRequest(target, method, {
    'content-type': 'application/octet-stream',
    ...(length ? { 'content-length': length } : {}),
  });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    upstream.once('response', resolve);
    upstream.once('error', reject);
  });
  // The client going away mid-upload aborts the upstream request: the service drops its spool.
  req.once('close', () => {
    if (!req.readableEnded) upstream.destroy();
  });
  req.pipe(upstream);
  let response: IncomingMessage;
  try {
    response = await answered;
  } catch (error) {
    drainRequest(req);
    throw unavailable(target.service, error);
  }
  upstream.on('error', () => undefined);
  const body = await readJson(response);
  if (response.statusCode && response.statusCode < 300) return body;
  // The rest of the client's body goes nowhere: this upstream request is never finished, so its
  // connection is closed rather than left to the keep-alive pool.
  req.unpipe(upstream);
  upstream.destroy();
  drainRequest(req);
  if (isRpcErrorBody(body)) throw DomainError.fromBody(body);
  throw unavailable(target.service, `status ${response.statusCode}`);
}

/**
 * Streams a file from `service` to the client with the service's headers. A service may answer
 * with an ObjectHandoff instead of the bytes (the document service does): the gateway then fetches
 * the presigned object itself and the bytes skip the service.
 */
async function proxyDownload(target: Target, req: Request, res: Response): Promise<void> {
  const range = req.headers.range;
  const response = await get(target, { accept: OBJECT_HANDOFF_TYPE, ...(range ? { range } : {}) }).catch(
    (error: unknown) => {
      throw unavailable(target.service, error);
    },
  );
  const status = response.statusCode ?? 502;
  if (status >= 400 && status !== 416) {
    const body = await readJson(response);
    if (isRpcErrorBody(body)) throw DomainError.fromBody(body);
    throw unavailable(target.service, `status ${status}`);
  }
  const file = isHandoff(response)
    ? await fetchHandedOff(target, response)
    : { status, headers: response.headers, response };
  res.status(file.status);
  for (const name of PASSED_ON) {
    const value = file.headers[name];
    if (value !== undefined) res.setHeader(name, value);
  }
  // A failure half-way cuts the response short: the client sees a broken download, never a bad file.
  await pipeline(file.response, res).catch(() => res.destroy());
}

function get(target: Target, headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const upstream = internalRequest(target, 'GET', headers);
    upstream.once('response', resolve);
    upstream.once('error', reject);
    upstream.end();
  });
}

const isHandoff = (response: IncomingMessage) =>
  response.statusCode === 200 &&
  (response.headers['content-type'] ?? '').split(';')[0] === OBJECT_HANDOFF_TYPE;

/**
 * The object a service handed off, with the status and headers the service decided: the store
 * must answer exactly that (the whole object or the one range, of the announced length), or the
 * client gets a 503 before any byte rather than a file that differs from its headers.
 */
async function fetchHandedOff(
  target: Target,
  answer: IncomingMessage,
): Promise<{ status: number; headers: IncomingHttpHeaders; response: IncomingMessage }> {
  const handoff = ObjectHandoffSchema.safeParse(await readJson(answer));
  if (!handoff.success) throw unavailable(target.service, `a malformed handoff: ${handoff.error.message}`);
  const { status, headers, url, range, timeoutMs } = handoff.data;
  // The presigned URL is its own credential: no internal token goes to the store.
  const store: Target = { ...target, url, headers: {}, timeoutMs: timeoutMs ?? target.timeoutMs };
  const response = await get(store, range ? { range } : {}).catch((error: unknown) => {
    throw storeUnavailable(target.service, error);
  });
  const length = response.headers['content-length'];
  if (response.statusCode !== status || (headers['content-length'] && length !== headers['content-length'])) {
    response.destroy();
    throw storeUnavailable(
      target.service,
      `status ${response.statusCode}, ${length} bytes for ${status} of ${headers['content-length']}`,
    );
  }
  return { status, headers, response };
}

/** Like `unavailable`: the store's address stays in the log. */
const storeUnavailable = (service: InternalService, cause: unknown) =>
  Object.assign(
    new DomainError('dependency_unavailable', `the ${service} store is unavailable: try again later`),
    { cause },
  );

async function readJson(response: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    // Answers here are metadata or an error body: anything larger is not one.
    if (size > 1024 * 1024) break;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
