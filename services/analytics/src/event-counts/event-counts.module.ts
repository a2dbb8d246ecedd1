import { Controller, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MongooseModule } from '@nestjs/mongoose';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError, DurableConsumers, RequestContext } from '@certhub/platform';
import { EventCountRepository } from './event-count.repository';
import { EventCount, EventCountSchema } from './event-count.schema';

/** Events without a tenant (platform-level) are counted under the platform itself. */
const PLATFORM_TENANT = 'platform';

@Injectable()
export class EventCountsProjector implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: DurableConsumers,
    private readonly counts: EventCountRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.start({
      durable: 'analytics-event-counts',
      filter: 'evt.>',
      handle: (event) =>
        this.counts.increment(event.tenantid ?? PLATFORM_TENANT, event.type, new Date(event.time)),
    });
  }
}

@Controller()
export class EventCountsController {
  constructor(private readonly counts: EventCountRepository) {}

  @MessagePattern('analytics.event-counts')
  async eventCounts(
    @Payload() request: RpcPayload<'analytics.event-counts'>,
  ): Promise<RpcResponse<'analytics.event-counts'>> {
    const principal = RequestContext.principal();
    if (!principal) throw DomainError.forbidden('a principal is required');
    const scope = principal.tenantType === 'platform' ? 'all' : [principal.tenantId];
    return { counts: await this.counts.countsFor(scope, request.types) };
  }
}

@Module({
  imports: [MongooseModule.forFeature([{ name: EventCount.name, schema: EventCountSchema }])],
  controllers: [EventCountsController],
  providers: [EventCountRepository, EventCountsProjector],
})
export class EventCountsModule {}
