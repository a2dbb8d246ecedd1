import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EVENTS_STREAM, eventSubject, newCloudEvent, type CloudEvent } from '@certhub/contracts';
import { DurableConsumers, Metrics, PlatformModule, catalogPayload } from '../src';
import { EventTestClient, PrivateComponent, natsAuth, runtimeEnv, uniqueId, waitFor } from '@certhub/testing';

const TYPE = 'certhub.dossier.created.v1';
const METRIC = 'certhub_test_events_rejected_total';

describe('a durable consumer rejecting an event whose payload breaks its contract', () => {
  const namespace = uniqueId('ns');
  // A private NATS: a fresh durable replays the whole stream, and only this test's events are in it.
  let nats: PrivateComponent;
  let app: INestApplication;
  let bus: EventTestClient;

  beforeAll(async () => {
    nats = await PrivateComponent.start('nats');
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({
          service: 'analytics',
          namespace,
          logLevel: 'silent',
          config: {},
          natsUrl: nats.url,
          natsAuth: natsAuth('analytics', nats.url),
          mongo: { url: runtimeEnv().MONGO_URL, dbName: `${namespace}_analytics` },
        }),
      ],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
    bus = await EventTestClient.connect(nats.url);
  });

  afterAll(async () => {
    await bus?.close();
    await app?.close();
    nats?.stop();
  });

  it('acknowledges it once, counts it in the named metric, and goes on with the next event', async () => {
    const handled: string[] = [];
    const applied: string[] = [];
    await app.get(DurableConsumers).start({
      durable: 'rejecting',
      filter: eventSubject(TYPE),
      rejectedMetric: METRIC,
      handle: async (event: CloudEvent) => {
        handled.push(event.id);
        applied.push(catalogPayload(event, TYPE).dossierId);
      },
    });
    const source = { source: 'certhub/test', tenantId: 'cb-1' };
    const broken = newCloudEvent(TYPE, { dossierId: 'd-broken' }, source);
    const sound = newCloudEvent(
      TYPE,
      { dossierId: 'd-sound', organisationId: 'org-1', schemeId: 'amarc', reference: 'D-0001' },
      source,
    );
    await bus.publish(broken);
    const { seq } = await bus.publish(sound);

    await waitFor('the sound event to be applied', () => applied.includes('d-sound') || undefined);
    const info = await waitFor('both events to be acknowledged', async () => {
      const consumer = await bus.jsm.consumers.info(EVENTS_STREAM, `${namespace}-rejecting`);
      return consumer.ack_floor.stream_seq >= seq ? consumer : undefined;
    });
    expect(info.num_redelivered).toBe(0);
    expect(handled).toEqual([broken.id, sound.id]);
    expect(applied).toEqual(['d-sound']);
    const counted = await app.get(Metrics).registry.getSingleMetric(METRIC)?.get();
    expect(counted?.values[0]?.value).toBe(1);
  });
});
