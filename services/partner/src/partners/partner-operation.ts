import type { Principal } from '@certhub/contracts';
import { requirePartner } from '../common/access';
import type { ManagedPartner } from './managed-partner';

/**
 * An operation on a partner's own records, called by the partner client on itself (`execute`) and
 * by its administrator through `/partners/{partnerId}/...` (`forAdmin`): each entry point settles
 * which partner it is, then `run` does the same work for both.
 */
export abstract class PartnerOperation<P, R> {
  protected constructor(private readonly managed: ManagedPartner) {}

  protected abstract run(partnerId: string, payload: P): Promise<R>;

  readonly execute = (principal: Principal, payload: P): Promise<R> =>
    this.run(requirePartner(principal), payload);

  readonly forAdmin = async (principal: Principal, payload: P & { partnerId: string }): Promise<R> =>
    this.run(await this.managed.idOf(principal, payload.partnerId), payload);
}
