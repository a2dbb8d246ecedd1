import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { WEBHOOK_HEADERS, type CloudEvent } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import { allowsPrivateTargets, type PartnerConfig } from '../../config';
import { Agent, request } from 'undici';
import { signatures } from './webhook-signature';
import { privateTargetReason } from './webhook-target';

/** What one attempt came to; `ok` when the receiver answered 2xx (or the feed stored the event). */
export interface AttemptResult {
  ok: boolean;
  at: Date;
  durationMs: number;
  statusCode?: number;
  error?: string;
}

/**
 * One signed POST of a delivery's CloudEvent to a webhook URL: 2xx within the timeout, or a
 * failure. Sent with undici's `request` (keep-alive connections per receiver), which costs a fifth
 * of the CPU of `fetch` per request here: at a thousand deliveries a second that is the difference.
 */
@Injectable()
export class WebhookSender implements OnApplicationShutdown {
  // undici follows no redirect unless told: a redirect is an answer, not a success (following it
  // would post the event somewhere unvetted).
  private readonly dispatcher = new Agent();

  constructor(@Inject(SERVICE_CONFIG) private readonly config: PartnerConfig) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher.close();
  }

  async send(
    url: string,
    secrets: readonly string[],
    deliveryId: string,
    event: CloudEvent,
  ): Promise<AttemptResult> {
    const body = JSON.stringify(event);
    const timestamp = Math.floor(Date.now() / 1_000);
    const at = new Date();
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    // Checked again at each attempt: the host's DNS may have been repointed since it was accepted.
    const blocked = allowsPrivateTargets(this.config) ? undefined : await privateTargetReason(url);
    if (blocked) return { ok: false, at, durationMs: elapsed(), error: `not sent: ${blocked}` };
    try {
      const res = await request(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/cloudevents+json',
          'user-agent': 'certhub-webhooks/1',
          [WEBHOOK_HEADERS.id]: deliveryId,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signatures(secrets, timestamp, body),
        },
        body,
        dispatcher: this.dispatcher,
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
      // Only the status matters; release the connection without keeping what the receiver said.
      await res.body.dump().catch(() => undefined);
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      return {
        ok,
        at,
        durationMs: elapsed(),
        statusCode: res.statusCode,
        ...(ok ? {} : { error: `HTTP ${res.statusCode}` }),
      };
    } catch (error) {
      return { ok: false, at, durationMs: elapsed(), error: describe(error, this.config.WEBHOOK_TIMEOUT_MS) };
    }
  }
}

function describe(error: unknown, timeoutMs: number): string {
  const e = error as
    { name?: string; code?: string; message?: string; cause?: { code?: string } } | undefined;
  if (e?.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  return e?.code ?? e?.cause?.code ?? e?.message ?? String(error);
}
