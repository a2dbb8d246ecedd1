import { PrincipalSchema, RoleSchema, SYSTEM_PRINCIPAL, type Principal, type Role } from '@certhub/contracts';
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { DomainError } from '../errors/domain-error';
import { LastGoodJwks, type LastGoodJwksOptions } from './last-good-jwks';

export interface TokenVerifierOptions {
  /** Keycloak base URL, without /realms. */
  keycloakUrl: string;
  realm: string;
  audience: string;
  clockToleranceSeconds: number;
  /** The verifier's notion of now; tests move it to check expiry without waiting. */
  clock?: () => Date;
  jwks?: LastGoodJwksOptions;
}

/**
 * Only asymmetric algorithms: `none` and HMAC are refused outright, which closes the
 * "HS256 signed with the public key" confusion attack.
 */
const ALLOWED_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

interface KeycloakClaims extends JWTPayload {
  tenant_type?: string;
  tenant_id?: string;
  /** A training network's user: the organisation and establishment his account is bound to. */
  training_organisation_id?: string;
  establishment_id?: string;
  email?: string;
  azp?: string;
  realm_access?: { roles?: string[] };
}

/**
 * Verifies Keycloak access tokens against the realm's JWKS: cached, refreshed on an unknown kid,
 * and kept while Keycloak is unreachable (LastGoodJwks).
 */
export class TokenVerifier {
  readonly issuer: string;
  private readonly jwks: JWTVerifyGetKey;

  constructor(private readonly options: TokenVerifierOptions) {
    this.issuer = `${options.keycloakUrl.replace(/\/$/, '')}/realms/${options.realm}`;
    this.jwks = new LastGoodJwks(
      new URL(`${this.issuer}/protocol/openid-connect/certs`),
      options.jwks,
    ).getKey;
  }

  async verify(token: string): Promise<Principal> {
    let payload: KeycloakClaims;
    try {
      ({ payload } = await jwtVerify<KeycloakClaims>(token, this.jwks, {
        issuer: this.issuer,
        audience: this.options.audience,
        algorithms: ALLOWED_ALGORITHMS,
        clockTolerance: this.options.clockToleranceSeconds,
        requiredClaims: ['exp', 'iat', 'sub'],
        ...(this.options.clock ? { currentDate: this.options.clock() } : {}),
      }));
    } catch (error) {
      if (error instanceof DomainError) throw error; // the identity provider is away: 503, not 401
      throw new DomainError('unauthenticated', describe(error));
    }
    return toPrincipal(payload);
  }
}

function toPrincipal(claims: KeycloakClaims): Principal {
  const roles = (claims.realm_access?.roles ?? []).filter((r): r is Role => RoleSchema.safeParse(r).success);
  const parsed = PrincipalSchema.safeParse({
    userId: claims.sub,
    tenantType: claims.tenant_type,
    tenantId: claims.tenant_id,
    roles,
    ...(claims.email ? { email: claims.email } : {}),
    ...(claims.azp ? { clientId: claims.azp } : {}),
    ...(claims.training_organisation_id
      ? {
          perimeter: {
            trainingOrganisationId: claims.training_organisation_id,
            ...(claims.establishment_id ? { establishmentId: claims.establishment_id } : {}),
          },
        }
      : {}),
  });
  if (!parsed.success)
    throw new DomainError('unauthenticated', 'token carries no valid tenant (tenant_type, tenant_id)');
  if (parsed.data.userId === SYSTEM_PRINCIPAL.userId)
    throw new DomainError('unauthenticated', 'token subject is reserved for the platform itself');
  return parsed.data;
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `token claim "${error.claim}" is invalid`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'token algorithm is not allowed';
  if (error instanceof errors.JWKSNoMatchingKey) return 'token was not signed by a known key';
  if (error instanceof errors.JOSEError) return 'token is invalid';
  return 'token could not be verified';
}
