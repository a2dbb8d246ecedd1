import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import type { RpcPayload } from '@certhub/contracts';
import { requirePartner } from '../../common/access';
import { ManagedPartner } from '../../partners/managed-partner';
import { SecretBox, newWebhookSecret } from '../secret-box';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

/**
 * A new signing secret, answered once. During the overlap every delivery is signed with both, so
 * the partner can switch its receiver over without rejecting a single event.
 */
@Injectable()
export class RotateSubscriptionSecret {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly secretBox: SecretBox,
    private readonly managed: ManagedPartner,
  ) {}

  readonly execute: RpcHandler<'partner.subscriptions.rotate-secret'> = (principal, request) =>
    this.rotate(requirePartner(principal), request);

  /** For a partner that lost its secret: its administrator hands the new one over. */
  readonly forAdmin: RpcHandler<'partner.clients.subscriptions.rotate-secret'> = async (principal, request) =>
    this.rotate(await this.managed.idOf(principal, request.partnerId), request);

  private async rotate(partnerId: string, request: RpcPayload<'partner.subscriptions.rotate-secret'>) {
    const subscription = await this.subscriptions.findOwn(partnerId, request.subscriptionId);
    if (!subscription) throw DomainError.notFound(`subscription ${request.subscriptionId}`);
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
