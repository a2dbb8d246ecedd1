import { RpcCatalog, errorDetails, type RpcPayload, type RpcSubject } from '@certhub/contracts';
import { DomainError } from '../errors/domain-error';

/**
 * Input validated against the subject's request schema (strict: unknown fields refused), every
 * field error listed: for the routes that are not catalogue forwards (exports, streams) at either
 * edge, refused exactly as the catalogue routes are.
 */
export function parseRequest<K extends RpcSubject>(subject: K, input: unknown): RpcPayload<K> {
  const parsed = RpcCatalog[subject].request.safeParse(input);
  if (!parsed.success) throw DomainError.invalid(errorDetails(parsed.error.issues));
  return parsed.data as RpcPayload<K>;
}
