import { Inject, Injectable } from '@nestjs/common';
import { DomainError, SERVICE_CONFIG, type RpcHandler } from '@certhub/platform';
import { newId } from '../../common/ids';
import { allowsPrivateTargets, requiresHttps, type PartnerConfig } from '../../config';
import { privateTargetReason } from '../../deliveries/deliver/webhook-target';
import { CurrentPartner } from '../../partners/current-partner';
import { conflictsWith } from '../../scope/event-scope';
import { SecretBox, newWebhookSecret } from '../secret-box';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

/**
 * A partner subscribes to event types within its allowed scope. A webhook subscription gets its
 * signing secret, answered once; it receives the matching events published from now on.
 */
@Injectable()
export class CreateSubscription {
  constructor(
    private readonly currentPartner: CurrentPartner,
    private readonly subscriptions: SubscriptionRepository,
    private readonly secretBox: SecretBox,
    @Inject(SERVICE_CONFIG) private readonly config: PartnerConfig,
  ) {}

  readonly execute: RpcHandler<'partner.subscriptions.create'> = async (principal, request) => {
    const partner = await this.currentPartner.of(principal);
    const outside = conflictsWith(partner.scope, request.scope);
    if (outside.length)
      throw DomainError.forbidden(`outside the partner's allowed scope: ${outside.join('; ')}`);
    const { delivery } = request;
    if (delivery.kind === 'webhook') await this.checkTarget(delivery.url);

    const secret = delivery.kind === 'webhook' ? newWebhookSecret() : undefined;
    const subscription = await this.subscriptions.insert({
      _id: newId('sub'),
      tenantId: partner._id,
      eventTypes: [...new Set(request.eventTypes)],
      scope: request.scope,
      partnerScope: partner.scope,
      kind: delivery.kind,
      ...(delivery.kind === 'webhook' ? { url: delivery.url } : {}),
      secrets: secret ? [{ sealed: this.secretBox.seal(secret) }] : [],
      active: true,
      createdAt: new Date(),
    });
    return { subscription: toSubscriptionResponse(subscription), ...(secret ? { secret } : {}) };
  };

  private async checkTarget(url: string): Promise<void> {
    const refuse = (message: string) =>
      new DomainError('validation_failed', 'the request is invalid', [{ field: 'delivery.url', message }]);
    if (requiresHttps(this.config) && !url.startsWith('https://'))
      throw refuse('webhook URLs must use https');
    if (allowsPrivateTargets(this.config)) return;
    const reason = await privateTargetReason(url);
    if (reason) throw refuse(`webhook URLs must reach a public address: ${reason}`);
  }
}
