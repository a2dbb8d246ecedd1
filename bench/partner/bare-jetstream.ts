import { connectNats } from '@certhub/testing';
import { AckPolicy, JSONCodec, RetentionPolicy, StorageType } from 'nats';
import { atFixedRate, quantile, type Figures } from './stats';

const STREAM = 'BENCH_BARE';
const codec = JSONCodec<{ i: number }>();

/**
 * The floor: a JetStream publish consumed by a durable pull consumer that acks each message,
 * file storage as the events stream — what any event costs before certhub does anything with it.
 */
export async function bareJetStream(
  natsUrl: string,
  count: number,
  rate: number,
  seconds: number,
): Promise<Figures> {
  const nc = await connectNats(natsUrl);
  const jsm = await nc.jetstreamManager();
  await jsm.streams.add({
    name: STREAM,
    subjects: ['bench.bare'],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
  });
  await jsm.consumers.add(STREAM, {
    durable_name: 'bench',
    ack_policy: AckPolicy.Explicit,
    max_ack_pending: 10_000,
  });
  const js = nc.jetstream();
  const received = new Map<number, number>();
  let expected = 0;
  let done: () => void = () => undefined;
  const messages = await (await js.consumers.get(STREAM, 'bench')).consume({ max_messages: 1_000 });
  void (async () => {
    for await (const msg of messages) {
      received.set(codec.decode(msg.data).i, performance.now());
      msg.ack();
      if (received.size === expected) done();
    }
  })();
  const allReceived = (n: number) =>
    new Promise<void>((resolve) => {
      expected = n;
      done = resolve;
      if (received.size === n) resolve();
    });

  // Throughput: publish as fast as acks come back, a window at a time.
  const started = performance.now();
  const arrived = allReceived(count);
  for (let i = 0; i < count; i += 256)
    await Promise.all(
      Array.from({ length: Math.min(256, count - i) }, (_, k) =>
        js.publish('bench.bare', codec.encode({ i: i + k })),
      ),
    );
  await arrived;
  const eventsPerSecond = count / ((performance.now() - started) / 1_000);

  // Latency at a fixed rate.
  const sent = new Map<number, number>();
  const total = rate * seconds;
  const latencyArrived = allReceived(count + total);
  await atFixedRate(rate, total, async (k) => {
    const i = count + k;
    sent.set(i, performance.now());
    await js.publish('bench.bare', codec.encode({ i }));
  });
  await latencyArrived;
  const latencies = [...sent].map(([i, at]) => (received.get(i) as number) - at);
  messages.stop();
  await nc.close();
  return {
    label: 'bare JetStream publish → consume',
    eventsPerSecond,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    latencySamples: latencies.length,
  };
}
