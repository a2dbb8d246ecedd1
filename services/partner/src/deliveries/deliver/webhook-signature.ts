import { createHmac } from 'node:crypto';

/**
 * The `webhook-signature` value: `v1=<hex HMAC-SHA256 of "<timestamp>.<body>">` per secret,
 * space-separated. Signing the timestamp with the body lets receivers refuse replays of old requests.
 */
export function signatures(secrets: readonly string[], timestamp: number, body: string): string {
  return secrets
    .map((secret) => `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`)
    .join(' ');
}
