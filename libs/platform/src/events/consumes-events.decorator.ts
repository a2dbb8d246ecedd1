import { Injectable, SetMetadata, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DurableConsumers, type DurableSubscription } from './durable-consumer';

/** A durable subscription whose handler is the decorated method. */
export type EventSubscription = Omit<DurableSubscription, 'handle'>;

const CONSUMES_EVENTS = Symbol('CONSUMES_EVENTS');

/**
 * Makes a provider's method the handler of durable consumers (DurableConsumers, started once the
 * application has bootstrapped): the consumer states its subscription next to what it does
 * instead of every feature injecting DurableConsumers to start itself. The method is called with
 * `(event, meta)`; several subscriptions (several filters) may share it.
 */
export function ConsumesEvents(...subscriptions: EventSubscription[]): MethodDecorator {
  return SetMetadata(CONSUMES_EVENTS, subscriptions);
}

type HandleMethod = DurableSubscription['handle'];

/** Starts a durable consumer for every `@ConsumesEvents` method of the application's singleton providers. */
@Injectable()
export class EventConsumerDiscovery implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly consumers: DurableConsumers,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!wrapper.isDependencyTreeStatic() || !instance || typeof instance !== 'object') continue;
      for (const name of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const method = (instance as Record<string, HandleMethod>)[name] as HandleMethod;
        const subscriptions = this.reflector.get<EventSubscription[] | undefined>(CONSUMES_EVENTS, method);
        for (const subscription of subscriptions ?? [])
          await this.consumers.start({
            ...subscription,
            handle: (event, meta) => method.call(instance, event, meta),
          });
      }
    }
  }
}
