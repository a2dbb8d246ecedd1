import { Inject, Injectable, Logger } from '@nestjs/common';
import { Metrics, SERVICE_CONFIG } from '@certhub/platform';
import type { Counter } from 'prom-client';
import type { CertificateConfig } from '../../config';
import { CertificatePdfsRepository } from '../certificate-pdfs.repository';
import { RENDERS_TOTAL } from '../render-metrics';
import type { RecordRenderFailureCommand } from './record-render-failure.command';

/**
 * Makes a failed render visible on the certificate's PDFs. Below the attempt limit the event is retried
 * (the caller naks it); at the limit the failure is recorded for good as `render_failed` with its
 * error, logged and counted, so an operator sees it instead of an event that silently vanished.
 */
@Injectable()
export class RecordRenderFailure {
  private readonly logger = new Logger(RecordRenderFailure.name);
  private readonly renders: Counter<'outcome'>;

  constructor(
    private readonly pdfs: CertificatePdfsRepository,
    @Inject(SERVICE_CONFIG) private readonly config: Pick<CertificateConfig, 'RENDER_MAX_ATTEMPTS'>,
    metrics: Metrics,
  ) {
    this.renders = metrics.counter(RENDERS_TOTAL.name, RENDERS_TOTAL.help, RENDERS_TOTAL.labels);
  }

  /** True when the failure is final (no more retries). */
  async execute({ data, attempt, error }: RecordRenderFailureCommand): Promise<boolean> {
    const final = attempt >= this.config.RENDER_MAX_ATTEMPTS;
    const message = error instanceof Error ? error.message : String(error);
    await this.pdfs.setRenderState(
      { _id: data.certificateId, cbId: data.cbId },
      final
        ? { status: 'render_failed', attempts: attempt, error: message, failedAt: new Date() }
        : { status: 'pending', attempts: attempt, error: message },
    );
    this.renders.inc({ outcome: final ? 'failed' : 'retried' });
    if (final) {
      this.logger.error(
        `certificate ${data.number}: render failed for good after ${attempt} attempts: ${message}`,
      );
    }
    return final;
  }
}
