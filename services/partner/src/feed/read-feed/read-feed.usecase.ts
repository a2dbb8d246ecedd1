import { Injectable } from '@nestjs/common';
import { CurrentPartner } from '../../partners/current-partner';
import { FeedStream } from '../feed-stream';
import { type RpcHandler } from '@certhub/platform';

/** A long poll on the calling partner's feed: what the gateway's SSE endpoint streams. */
@Injectable()
export class ReadFeed {
  constructor(
    private readonly currentPartner: CurrentPartner,
    private readonly feed: FeedStream,
  ) {}

  readonly execute: RpcHandler<'partner.feed.read'> = async (principal, request) => {
    const partner = await this.currentPartner.of(principal);
    return { items: await this.feed.read(partner._id, request.after, request.limit, request.waitMs) };
  };
}
