import type { z } from 'zod';

/**
 * Stable error codes. Each maps to one HTTP status and one problem `type` URI
 * (RFC 9457), so clients can branch on `type` without parsing messages.
 */
export const ERROR_CODES = {
  validation_failed: 422,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  invalid_transition: 409,
  stale_version: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  headers_too_large: 431,
  rate_limited: 429,
  dependency_unavailable: 503,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export const PROBLEM_TYPE_BASE = 'https://certhub.dev/problems/';
export const problemType = (code: ErrorCode): string => `${PROBLEM_TYPE_BASE}${code.replace(/_/g, '-')}`;

/** The error body that crosses NATS from a service to the gateway. */
export interface RpcErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
  errorId?: string;
}

export function isRpcErrorBody(value: unknown): value is RpcErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RpcErrorBody).code === 'string' &&
    (value as RpcErrorBody).code in ERROR_CODES &&
    typeof (value as RpcErrorBody).message === 'string'
  );
}

/**
 * One reason a request was refused, on one field: a dotted path into the request (`delivery.url`),
 * a header (`Idempotency-Key`), or `(request)` when it concerns the whole. The `errors` of a
 * problem answer, and the `details` of a `validation_failed` RPC error, are lists of these.
 */
export interface ErrorDetail {
  field: string;
  /** In English, for developers and logs; a client shows its own words for a `code`. */
  message: string;
  /** A stable name of the reason, for clients that say it in their user's language. */
  code?: ErrorDetailCode;
}

/**
 * Reasons a client words for its users: the person named took part in the dossier an appeal contests
 * (as its analyst, an auditor or a decider) and may not handle it; the caller did, and may not review it.
 */
export const ERROR_DETAIL_CODES = ['handler_not_impartial', 'reviewer_not_impartial'] as const;
export type ErrorDetailCode = (typeof ERROR_DETAIL_CODES)[number];

/** Every issue of a failed parse, one detail each; unknown keys are named, since they have no path. */
export function errorDetails(issues: readonly z.core.$ZodIssue[]): ErrorDetail[] {
  return issues.map((issue) => ({
    field: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(request)'),
    message: issue.message,
  }));
}
