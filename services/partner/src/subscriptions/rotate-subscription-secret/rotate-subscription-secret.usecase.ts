import { Injectable } from '@nestjs/common';
import { DomainError } from '@certhub/platform';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { ManagedPartner } from '../../partners/managed-partner';
import { PartnerOperation } from '../../partners/partner-operation';
import { SecretBox, newWebhookSecret } from '../secret-box';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

/**
 * A new signing secret, answered once. During the overlap every delivery is signed with both, so
 * the partner can switch its receiver over without rejecting a single event.
 */
@Injectable()
export class RotateSubscriptionSecret extends PartnerOperation<
  RpcPayload<'partner.subscriptions.rotate-secret'>,
  RpcResponse<'partner.subscriptions.rotate-secret'>
> {
  // Through forAdmin, for a partner that lost its secret: its administrator hands the new one over.
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly secretBox: SecretBox,
    managed: ManagedPartner,
  ) {
    super(managed);
  }

  protected async run(partnerId: string, request: RpcPayload<'partner.subscriptions.rotate-secret'>) {
    const subscription = await this.subscriptions.getOwn(partnerId, request.subscriptionId);
    const current = subscription.secrets[0];
    if (subscription.kind !== 'webhook' || !current)
      throw DomainError.conflict('only webhook subscriptions have a signing secret');

    const secret = newWebhookSecret();
    const validUntil = new Date(Date.now() + request.overlapSeconds * 1_000);
    const secrets = [
      { sealed: this.secretBox.seal(secret) },
      ...(request.overlapSeconds > 0 ? [{ sealed: current.sealed, validUntil }] : []),
    ];
    const rotated = await this.subscriptions.replaceSecrets(
      partnerId,
      subscription._id,
      current.sealed,
      secrets,
    );
    if (!rotated)
      throw DomainError.conflict('the secret was rotated meanwhile: read the subscription and try again');
    return { subscription: toSubscriptionResponse(rotated), secret };
  }
}
