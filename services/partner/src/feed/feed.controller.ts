import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { ReadFeed } from './read-feed/read-feed.usecase';

@Controller()
export class FeedController {
  constructor(private readonly readFeed: ReadFeed) {}

  @MessagePattern('partner.feed.read')
  read(@Payload() request: RpcPayload<'partner.feed.read'>): Promise<RpcResponse<'partner.feed.read'>> {
    return this.readFeed.execute(requirePrincipal(), request);
  }
}
