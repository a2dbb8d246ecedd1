/** Connection-level failures: no SMTP reply at all, the server may be back in a moment. */
const CONNECTION_ERRORS = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
]);

/**
 * Whether a failed send is worth retrying: an SMTP 4xx reply ("try again later": greylisting, full
 * mailbox, rate limit) or a broken connection. A 5xx reply is the server's final word.
 */
export function isTemporaryFailure(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return responseCode >= 400 && responseCode < 500;
  return typeof code === 'string' && CONNECTION_ERRORS.has(code);
}

/**
 * Exponential backoff after the n-th failed attempt (1-based): base, 2×base, 4×base… capped, with
 * ±20 % jitter so mails that failed together do not all come back at the same instant.
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const delay = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (0.8 + 0.4 * random()));
}

export function describeFailure(error: unknown): string {
  const { responseCode, code, message } = (error ?? {}) as {
    responseCode?: number;
    code?: string;
    message?: string;
  };
  return [code, responseCode, message ?? String(error)].filter((part) => part !== undefined).join(' ');
}
