import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { CurrentPartner } from '../../partners/current-partner';
import { FeedStream } from '../feed-stream';

/** A long poll on the calling partner's feed: what the gateway's SSE endpoint streams. */
@Injectable()
export class ReadFeed {
  constructor(
    private readonly currentPartner: CurrentPartner,
    private readonly feed: FeedStream,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'partner.feed.read'>,
  ): Promise<RpcResponse<'partner.feed.read'>> {
    const partner = await this.currentPartner.of(principal);
    return { items: await this.feed.read(partner._id, request.after, request.limit, request.waitMs) };
  }
}
