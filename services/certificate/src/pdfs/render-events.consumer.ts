import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { DurableConsumers, SERVICE_CONFIG } from '@certhub/platform';
import type { CertificateConfig } from '../config';
import { CERTIFICATE_EVENTS_FILTER, parseCertificateEvent } from '../certificates/certificate-events';
import { RecordRenderFailure } from './record-render-failure/record-render-failure.usecase';
import { RenderCertificate } from './render-certificate/render-certificate.usecase';

/**
 * Prints the PDF of each issued or renewed certificate. Twice as many events as pages are in hand,
 * so a page that finishes finds its next job waiting. A failed print is redelivered with backoff
 * until the attempt limit, then recorded as `render_failed` and acknowledged: never dropped unseen.
 */
@Injectable()
export class RenderEventsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: DurableConsumers,
    private readonly renderCertificate: RenderCertificate,
    private readonly recordRenderFailure: RecordRenderFailure,
    @Inject(SERVICE_CONFIG) private readonly config: Pick<CertificateConfig, 'RENDER_PAGES'>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.start({
      durable: 'certificate-render',
      filter: CERTIFICATE_EVENTS_FILTER,
      concurrency: this.config.RENDER_PAGES * 2,
      // Long enough for a job that waits its turn behind a full page pool, then prints.
      ackWaitMs: 120_000,
      // The render records the event id with the PDF it printed.
      idempotency: 'handler',
      handle: (event, { attempt }) => this.render(event, attempt),
    });
  }

  private async render(event: CloudEvent, attempt: number): Promise<void> {
    const parsed = parseCertificateEvent(event);
    if (parsed.kind !== 'issued') return;
    try {
      await this.renderCertificate.execute({ data: parsed.data, eventId: event.id });
    } catch (error) {
      const final = await this.recordRenderFailure.execute({ data: parsed.data, attempt, error });
      if (!final) throw error;
    }
  }
}
