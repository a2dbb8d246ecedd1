import { DomainError } from '@certhub/platform';
import type { Request } from 'express';
import { isUtf8 } from 'node:buffer';
import getRawBody from 'raw-body';

/** `application/json` and its structured-syntax suffix (`application/merge-patch+json`…). */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/;

/** Whether the request carries a body at all (RFC 9112 §6.3: a length or a transfer coding). */
export function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * The JSON body of a command, read only now, after the guards: an anonymous or unauthorised caller
 * never gets a byte of his body parsed. A body that is not declared JSON is refused (415) rather
 * than silently taken as empty; bytes that are not UTF-8 are refused (400) rather than decoded
 * into replacement characters; no body at all is an empty object (commands without fields).
 */
export async function readJsonBody(req: Request, limit: string): Promise<unknown> {
  if (!hasBody(req)) return undefined;
  const [mediaType, ...params] = (req.headers['content-type'] ?? '').split(';').map((p) => p.trim());
  if (!JSON_TYPE.test(mediaType?.toLowerCase() ?? ''))
    throw new DomainError('unsupported_media_type', 'send the request body as application/json');
  const charset = params
    .find((p) => /^charset=/i.test(p))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset && charset.toLowerCase() !== 'utf-8')
    throw new DomainError('unsupported_media_type', 'send the request body as UTF-8 JSON');

  const raw = await getRawBody(req, { length: req.headers['content-length'], limit }).catch(
    (error: { type?: string }) => {
      if (error.type === 'entity.too.large')
        throw new DomainError('payload_too_large', `the request body is larger than ${limit}`);
      throw new DomainError('bad_request', 'the request body could not be read');
    },
  );
  if (!isUtf8(raw)) throw new DomainError('bad_request', 'the request body is not valid UTF-8');
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new DomainError('bad_request', 'the request body is not valid JSON');
  }
}
