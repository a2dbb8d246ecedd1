import type { INestApplication } from '@nestjs/common';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { natsAuthOf, natsConnectionOptions } from './nats.service';

/**
 * Has the application answer its service's NATS requests, as the service's NATS user, in the queue
 * group of the service's name: replicas share requests instead of each answering them. Started with
 * the application's `startAllMicroservices`.
 */
export function answerNatsRequests(
  app: INestApplication,
  service: string,
  config: { NATS_URL: string; NATS_USER?: string; NATS_PASSWORD?: string },
  /**
   * On shutdown, stop taking requests first and let those in hand answer for up to this long before
   * the connection closes: otherwise their callers wait for a timeout instead of a reply.
   */
  gracePeriodMs?: number,
): void {
  app.connectMicroservice<MicroserviceOptions>(
    {
      transport: Transport.NATS,
      options: {
        ...natsConnectionOptions(config.NATS_URL, service, natsAuthOf(config)),
        queue: service,
        ...(gracePeriodMs === undefined ? {} : { gracefulShutdown: true, gracePeriod: gracePeriodMs }),
      },
    },
    { inheritAppConfig: true },
  );
}
