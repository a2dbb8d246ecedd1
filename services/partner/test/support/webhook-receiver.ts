import type { CloudEvent } from '@certhub/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  id: string;
  timestamp: string;
  signature: string;
  contentType: string;
  body: string;
  event: CloudEvent;
  answer: Answer;
}

/** An HTTP status to answer with, or `hang`: read the request and never answer. */
export type Answer = number | 'hang';

/** A partner's webhook endpoint: records every request and answers as the test decides. */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  answer: (request: Omit<ReceivedRequest, 'answer'>) => Answer = () => 204;
  /** How long the receiver takes to answer. */
  delayMs = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  /** At-least-once, never out of order: the first receipt of each event follows its dossier's order. */
  expectDossierOrder(events: CloudEvent[]): void {
    const firstReceipts = [...new Set(this.acceptedEventIds())];
    for (const dossier of new Set(events.map((e) => e.partitionkey))) {
      const published = events.filter((e) => e.partitionkey === dossier).map((e) => e.id);
      expect(firstReceipts.filter((id) => published.includes(id))).toEqual(published);
    }
  }

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const receiver = new WebhookReceiver(
      server,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    );
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const request = {
          id: String(req.headers['webhook-id']),
          timestamp: String(req.headers['webhook-timestamp']),
          signature: String(req.headers['webhook-signature']),
          contentType: String(req.headers['content-type']),
          body,
          event: JSON.parse(body) as CloudEvent,
        };
        const answer = receiver.answer(request);
        receiver.requests.push({ ...request, answer });
        if (answer !== 'hang') setTimeout(() => res.writeHead(answer).end(), receiver.delayMs);
      });
    });
    return receiver;
  }

  /** Requests answered 2xx: what the partner accepted. */
  get accepted(): ReceivedRequest[] {
    return this.requests.filter((r) => typeof r.answer === 'number' && r.answer >= 200 && r.answer < 300);
  }

  acceptedEventIds(): string[] {
    return this.accepted.map((r) => r.event.id);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The receiver side of the signature, written from the README, independently of the service's code. */
export function signedWith(
  secret: string,
  request: Pick<ReceivedRequest, 'timestamp' | 'body' | 'signature'>,
): boolean {
  const expected = Buffer.from(
    createHmac('sha256', secret).update(`${request.timestamp}.${request.body}`).digest('hex'),
  );
  return request.signature
    .split(' ')
    .map((part) => Buffer.from(part.replace(/^v1=/, '')))
    .some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected));
}
