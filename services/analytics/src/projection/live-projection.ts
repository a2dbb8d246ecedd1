import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DurableConsumers } from '@certhub/platform';
import { Projector } from './projector';

/** Keeps the read models current: every replica joins the one durable consumer and takes its share. */
@Injectable()
export class LiveProjection implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: DurableConsumers,
    private readonly projector: Projector,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.start(this.projector.subscription());
  }
}
