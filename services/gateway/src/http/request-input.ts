import { UNSAFE_TEXT_MESSAGE, unsafeTextPaths, type RpcRequest, type RpcSubject } from '@certhub/contracts';
import { DomainError, parseRequest } from '@certhub/platform';
import type { Request } from 'express';

/**
 * A request's path parameters, query and JSON body (read by readJsonBody; none for a query
 * method) merged and validated for its subject. The raw input is what gets forwarded once valid:
 * the service parses it again at its own edge.
 */
export function requestInput<K extends RpcSubject>(subject: K, req: Request, json?: unknown): RpcRequest<K> {
  const body: unknown = json === undefined || json === null ? {} : json;
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new DomainError('validation_failed', 'the request body must be a JSON object');
  }
  const input = { ...req.query, ...body, ...req.params };
  const unsafe = unsafeTextPaths(input);
  if (unsafe.length)
    throw new DomainError(
      'validation_failed',
      'the request is invalid',
      unsafe.map((field) => ({ field, message: UNSAFE_TEXT_MESSAGE })),
    );
  parseRequest(subject, input);
  return input as RpcRequest<K>;
}
