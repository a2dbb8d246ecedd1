import { Inject, Injectable } from '@nestjs/common';
import { WEBHOOK_HEADERS, type CloudEvent } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import { allowsPrivateTargets, type PartnerConfig } from '../../config';
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

/** One signed POST of a delivery's CloudEvent to a webhook URL: 2xx within the timeout, or a failure. */
@Injectable()
export class WebhookSender {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: PartnerConfig) {}

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
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/cloudevents+json',
          'user-agent': 'certhub-webhooks/1',
          [WEBHOOK_HEADERS.id]: deliveryId,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signatures(secrets, timestamp, body),
        },
        body,
        // A redirect is an answer, not a success: following it would post the event somewhere unvetted.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
      // Only the status matters; release the connection without reading what the receiver said.
      await res.body?.cancel().catch(() => undefined);
      const ok = res.status >= 200 && res.status < 300;
      return {
        ok,
        at,
        durationMs: elapsed(),
        statusCode: res.status,
        ...(ok ? {} : { error: `HTTP ${res.status}` }),
      };
    } catch (error) {
      return { ok: false, at, durationMs: elapsed(), error: describe(error, this.config.WEBHOOK_TIMEOUT_MS) };
    }
  }
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
