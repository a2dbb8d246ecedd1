import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { PARTNER_EVENT_STREAM_PATH, type Principal, type RpcResponse } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { DescribeRoute } from '../http/route-doc';

/** How long one read of the feed waits for a first event before the stream sends a keep-alive. */
const LONG_POLL_MS = 15_000;

/**
 * A partner's durable feed as Server-Sent Events: each event's `id` is its feed sequence, so a
 * client that reconnects with `Last-Event-ID` resumes right after the last event it got. The
 * partner service owns the feed; the gateway only relays its long polls, staying stateless.
 * Its events are described in the AsyncAPI document.
 */
@Controller(PARTNER_EVENT_STREAM_PATH.replace(/^\//, ''))
export class PartnerEventStreamController {
  private readonly logger = new Logger(PartnerEventStreamController.name);

  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('partner')
  @DescribeRoute({
    operationId: 'partner.feed.stream',
    summary: 'Your event feed as Server-Sent Events (see /api/asyncapi.json for the events)',
    tag: 'partners',
    parameters: [
      { name: 'Last-Event-ID', in: 'header', description: 'Resume after this event (EventSource sends it)' },
      { name: 'lastEventId', in: 'query', description: 'Resume after this event, on a first connection' },
    ],
    ok: { description: 'The stream', content: { bytes: ['text/event-stream'] } },
  })
  async stream(
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    let after = cursorOf(req);
    // The first read happens before the stream opens, so a refusal still answers problem+json.
    let page = await this.read(principal, after, 0);
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    let open = true;
    res.on('close', () => (open = false));
    try {
      while (open) {
        for (const { seq, event } of page.items) {
          res.write(`id: ${seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
          after = seq;
        }
        if (page.items.length === 0) res.write(': keep-alive\n\n');
        page = await this.read(principal, after, LONG_POLL_MS);
      }
    } catch (error) {
      // The client reconnects with Last-Event-ID and loses nothing.
      this.logger.warn(`partner stream of ${principal.tenantId} interrupted: ${String(error)}`);
    } finally {
      res.end();
    }
  }

  private read(
    principal: Principal,
    after: number,
    waitMs: number,
  ): Promise<RpcResponse<'partner.feed.read'>> {
    return this.rpc.call('partner.feed.read', { after, waitMs }, { principal, timeoutMs: waitMs + 10_000 });
  }
}

/** `Last-Event-ID` (what EventSource sends on reconnect), or `?lastEventId=` for a first connection. */
function cursorOf(req: Request): number {
  const raw = req.header('last-event-id') ?? req.query['lastEventId'];
  if (raw === undefined || raw === '') return 0;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw))
    throw new DomainError('validation_failed', 'the request is invalid', [
      { field: 'Last-Event-ID', message: 'must be the id of an event of this stream' },
    ]);
  return Number(raw);
}
