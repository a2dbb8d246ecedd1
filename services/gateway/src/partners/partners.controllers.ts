import { AsyncApiController } from './asyncapi.controller';
import { PartnerDeliveriesController } from './partner-deliveries.controller';
import { PartnerEventStreamController } from './partner-event-stream.controller';
import { PartnerSubscriptionsController } from './partner-subscriptions.controller';
import { PartnersController } from './partners.controller';

/** The partner routes and the AsyncAPI document, registered in the app module as one entry. */
export const PARTNER_CONTROLLERS = [
  AsyncApiController,
  PartnerSubscriptionsController,
  PartnerDeliveriesController,
  PartnerEventStreamController,
  PartnersController,
];
