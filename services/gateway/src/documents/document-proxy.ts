import { HEADERS, isRpcErrorBody, type Principal } from '@certhub/contracts';
import { DomainError, RequestContext } from '@certhub/platform';
import type { Request, Response } from 'express';
import { Agent, request, type ClientRequest, type IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';

/** Connections to the document service are reused: 50 parallel uploads must not mean 50 handshakes each. */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** After a refusal the client's remaining body is dropped up to this much, then the connection is cut. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

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

function headersFor(principal: Principal): Record<string, string> {
  return {
    [HEADERS.principal]: JSON.stringify(principal),
    [HEADERS.correlationId]: RequestContext.correlationId() ?? '',
  };
}

/**
 * Arms the socket's idle timeout before the connection is made: a document service that accepts
 * and then stays silent (frozen, overloaded) fails the call as 503 instead of holding it.
 */
function bounded(upstream: ClientRequest, timeoutMs: number): ClientRequest {
  upstream.setTimeout(timeoutMs, () =>
    upstream.destroy(new Error(`the document service stayed silent for ${timeoutMs} ms`)),
  );
  return upstream;
}

/** The cause (an internal address) is logged with the 503, never sent. */
const unavailable = (error: unknown) =>
  Object.assign(
    new DomainError('dependency_unavailable', 'the document service is unavailable: try again in a moment'),
    { cause: error },
  );

/**
 * Streams the request body to the document service as it arrives (backpressure end to end, with
 * the client's Content-Length when it sent one) and returns its JSON answer. A refusal (413 as
 * soon as the limit is passed, 415, 409…) comes back while the client may still be sending: the
 * rest of its body is then dropped so that it reads the answer instead of a reset.
 */
export async function proxyUpload(
  base: string,
  path: string,
  method: 'POST' | 'PUT',
  req: Request,
  principal: Principal,
  timeoutMs: number,
): Promise<unknown> {
  if (req.readableEnded) {
    throw new DomainError(
      'unsupported_media_type',
      'send the file itself as the request body (for example as application/octet-stream), not as JSON or a form',
    );
  }
  const length = req.headers['content-length'];
  const upstream = bounded(
    request(`${base}${path}`, {
      method,
      agent,
      timeout: timeoutMs,
      headers: {
        ...headersFor(principal),
        'content-type': 'application/octet-stream',
        ...(length ? { 'content-length': length } : {}),
      },
    }),
    timeoutMs,
  );
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
    drain(req);
    throw unavailable(error);
  }
  upstream.on('error', () => undefined);
  const body = await readJson(response);
  if (response.statusCode && response.statusCode < 300) return body;
  // The rest of the client's body goes nowhere: this upstream request is never finished, so its
  // connection is closed rather than left to the keep-alive pool.
  req.unpipe(upstream);
  upstream.destroy();
  drain(req);
  if (isRpcErrorBody(body)) throw new DomainError(body.code, body.message, body.details);
  throw unavailable(`status ${response.statusCode}`);
}

/** Streams a download (whole or a Range) from the document service, passing its headers on. */
export async function proxyDownload(
  base: string,
  path: string,
  req: Request,
  res: Response,
  principal: Principal,
  timeoutMs: number,
): Promise<void> {
  const range = req.headers.range;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const upstream = bounded(
      request(`${base}${path}`, {
        method: 'GET',
        agent,
        timeout: timeoutMs,
        headers: { ...headersFor(principal), ...(range ? { range } : {}) },
      }),
      timeoutMs,
    );
    upstream.once('response', resolve);
    upstream.once('error', reject);
    upstream.end();
  }).catch((error: unknown) => {
    throw unavailable(error);
  });
  const status = response.statusCode ?? 502;
  if (status >= 400 && status !== 416) {
    const body = await readJson(response);
    if (isRpcErrorBody(body)) throw new DomainError(body.code, body.message, body.details);
    throw unavailable(`status ${status}`);
  }
  res.status(status);
  for (const name of PASSED_ON) {
    const value = response.headers[name];
    if (value !== undefined) res.setHeader(name, value);
  }
  // A failure half-way cuts the response short: the client sees a broken download, never a bad file.
  await pipeline(response, res).catch(() => res.destroy());
}

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

function drain(req: Request): void {
  if (req.readableEnded) return;
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DRAIN_LIMIT) req.destroy();
  });
  req.resume();
}
