import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { CloudEvent } from '@certhub/contracts';
import { ConsumesEvents, EventConsumerDiscovery } from './consumes-events.decorator';
import { DurableConsumers, type DeliveryMeta, type DurableSubscription } from './durable-consumer';

@Injectable()
class Recorder {
  readonly seen: Array<{ id: string; seq: number; self: unknown }> = [];

  @ConsumesEvents(
    { durable: 'a', filter: 'evt.a.>' },
    { durable: 'b', filter: 'evt.b.>', idempotency: 'handler' },
  )
  async record(event: CloudEvent, meta: DeliveryMeta): Promise<void> {
    this.seen.push({ id: event.id, seq: meta.streamSeq, self: this });
  }

  notAHandler(): void {}
}

describe(EventConsumerDiscovery.name, () => {
  it('starts a durable consumer per subscription of each @ConsumesEvents method, handled by its provider', async () => {
    const started: DurableSubscription[] = [];
    const app = await Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [
        Recorder,
        EventConsumerDiscovery,
        {
          provide: DurableConsumers,
          useValue: { start: async (s: DurableSubscription) => void started.push(s) },
        },
      ],
    })
      .compile()
      .then((moduleRef) => moduleRef.init());

    expect(started.map(({ handle: _handle, ...subscription }) => subscription)).toEqual([
      { durable: 'a', filter: 'evt.a.>' },
      { durable: 'b', filter: 'evt.b.>', idempotency: 'handler' },
    ]);
    const meta = { redelivered: false, streamSeq: 7, attempt: 1 };
    await started[1]?.handle({ id: 'e1' } as CloudEvent, meta);
    const recorder = app.get(Recorder);
    expect(recorder.seen).toEqual([{ id: 'e1', seq: 7, self: recorder }]);
    await app.close();
  });
});
