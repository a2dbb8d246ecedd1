import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EVENTS_STREAM, type Principal } from '@certhub/contracts';
import { Metrics, PlatformModule, ensureEventsStream, platformOptionsFromEnv } from '@certhub/platform';
import { amarcCertificate, natsServiceEnv, runtimeEnv, uniqueId, waitFor } from '@certhub/testing';
import { AckPolicy, DeliverPolicy } from 'nats';
import { CERTIFICATE_EVENTS_FILTER } from '../src/certificates/certificate-events';
import { CertificatesModule } from '../src/certificates/certificates.module';
import { DownloadCertificatePdf } from '../src/certificates/download-certificate-pdf/download-certificate-pdf.usecase';
import { ListCertificates } from '../src/certificates/list-certificates/list-certificates.usecase';
import { CERTIFICATES_BUCKET, CertificateEnv } from '../src/config';
import { CertificatePdfsRepository } from '../src/pdfs/certificate-pdfs.repository';
import { DossierEvents } from './dossier-events';

const DURABLES = ['certificate-index', 'certificate-render'];

/**
 * A renderer that can never finish in time (1 ms), in its own namespace and in-process: it
 * consumes events but answers no `certificate.*` request, so other tests' calls never reach it.
 */
describe('a render that fails for good', () => {
  const namespace = uniqueId('ns');
  let app: INestApplication;
  let events: DossierEvents;

  beforeAll(async () => {
    const config = CertificateEnv.parse({
      ...runtimeEnv(),
      ...natsServiceEnv('certificate'),
      MONGO_DB_PREFIX: namespace,
      LOG_LEVEL: 'silent',
      RENDER_TIMEOUT_MS: '1',
      RENDER_MAX_ATTEMPTS: '2',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot(
          platformOptionsFromEnv('certificate', config, { buckets: [CERTIFICATES_BUCKET] }),
        ),
        CertificatesModule,
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    events = await DossierEvents.start();
    // Its consumers start from now: a new namespace would otherwise replay (and fail to print)
    // every certificate ever issued on this NATS before reaching this test's.
    await ensureEventsStream(events.jsm);
    for (const durable of DURABLES) {
      await events.jsm.consumers.add(EVENTS_STREAM, {
        durable_name: `${namespace}-${durable}`,
        filter_subject: CERTIFICATE_EVENTS_FILTER,
        deliver_policy: DeliverPolicy.New,
        ack_policy: AckPolicy.Explicit,
      });
    }
    await app.init();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    // A namespace of its own is a pair of durable consumers of its own: leave none behind.
    for (const durable of DURABLES) {
      await events?.jsm.consumers.delete(EVENTS_STREAM, `${namespace}-${durable}`).catch(() => undefined);
    }
    await events?.close();
  });

  it('is retried, then recorded as render_failed with its error and counted; the certificate stays verifiable', async () => {
    const data = amarcCertificate();
    await events.issue(data);
    const cb: Principal = { userId: 'analyst-1', tenantType: 'cb', tenantId: data.cbId, roles: ['analyst'] };
    const pdfs = app.get(CertificatePdfsRepository);

    const failed = await waitFor(
      'the failure to be recorded',
      async () => {
        const printed = await pdfs.findForReader({ tenantId: data.cbId, field: 'cbId' }, data.certificateId);
        return printed?.render.status === 'render_failed' ? printed : undefined;
      },
      { timeoutMs: 45_000 },
    );
    expect(failed.render).toMatchObject({
      attempts: 2,
      error: expect.stringMatching(/^render timed out after 1 ms/),
    });
    expect(failed.versions).toEqual([]);

    const renders = await app
      .get(Metrics)
      .registry.getSingleMetric('certhub_certificate_renders_total')
      ?.get();
    const count = (outcome: string) =>
      renders?.values.find((v) => v.labels['outcome'] === outcome)?.value ?? 0;
    expect(count('retried')).toBeGreaterThanOrEqual(1);
    expect(count('failed')).toBeGreaterThanOrEqual(1);

    const list = await waitFor('the certificate to be indexed', async () => {
      const page = await app.get(ListCertificates).execute(cb, { page: 1, pageSize: 20 });
      return page.total > 0 ? page : undefined;
    });
    expect(list.items).toEqual([
      expect.objectContaining({ number: data.number, status: 'valid', pdfAvailable: false }),
    ]);
    await expect(app.get(DownloadCertificatePdf).execute(cb, data.certificateId)).rejects.toMatchObject({
      code: 'conflict',
      details: { render: 'render_failed' },
    });
  }, 60_000);
});
