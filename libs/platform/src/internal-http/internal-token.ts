import { PrincipalSchema, type Principal } from '@certhub/contracts';
import { SignJWT, jwtVerify } from 'jose';
import { DomainError } from '../errors/domain-error';

/** Who signs: the gateway, after it verified the caller's access token. */
const ISSUER = 'certhub-gateway';
/** A token carries one request from the gateway to one service: seconds, not minutes. */
const LIFETIME_S = 30;
const ALGORITHM = 'HS256';

/**
 * The gateway's word to a service's internal HTTP routes (file streams, exports), which NATS does
 * not carry: a short-lived JWT signed with a secret the deployment shares between the gateway and
 * the services, naming the one service it is for (`aud`) and the principal the gateway verified
 * (`null` for an anonymous public route). Reaching a service's port is then not enough to act as
 * someone: a forged or copied principal header is refused.
 */
export class InternalTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    /** This service's name: the audience its routes accept. */
    private readonly service: string,
  ) {
    if (secret.length < 32) throw new Error('INTERNAL_TOKEN_SECRET must hold at least 32 characters');
    this.key = new TextEncoder().encode(secret);
  }

  /** A token for one call to `audience`'s internal routes on behalf of `principal`. */
  sign(audience: string, principal: Principal | undefined): Promise<string> {
    return new SignJWT({ principal: principal ?? null })
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${LIFETIME_S}s`)
      .sign(this.key);
  }

  /**
   * The principal a request to this service's internal routes carries (undefined: anonymous);
   * 401 without a valid token for this service.
   */
  async verify(authorization: string | undefined): Promise<Principal | undefined> {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) throw new DomainError('unauthenticated', 'internal route: a gateway token is required');
    let claim: unknown;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: this.service,
        algorithms: [ALGORITHM],
        clockTolerance: 5,
      });
      claim = payload['principal'];
    } catch {
      throw new DomainError('unauthenticated', 'internal route: the gateway token is invalid or expired');
    }
    if (claim === null) return undefined;
    const principal = PrincipalSchema.safeParse(claim);
    if (!principal.success) throw new DomainError('unauthenticated', 'internal route: no valid principal');
    return principal.data;
  }

  /** The signed-in user a request carries; 401 for an anonymous one (every export is someone's). */
  async user(authorization: string | undefined): Promise<Principal> {
    const principal = await this.verify(authorization);
    if (!principal) throw new DomainError('unauthenticated', 'this export needs a signed-in user');
    return principal;
  }
}
