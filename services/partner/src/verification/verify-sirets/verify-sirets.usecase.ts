import { Injectable } from '@nestjs/common';
import type { CertificateStatus, RpcResponse } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CurrentPartner } from '../../partners/current-partner';
import type { IndexedCertificate } from '../indexed-certificate.schema';
import { IndexedCertificateRepository } from '../indexed-certificate.repository';

type Result = RpcResponse<'partner.verify'>['results'][number];

/** Today as a calendar date in UTC, comparable with `validUntil`. */
const today = (now: Date): string => now.toISOString().slice(0, 10);

/** A certificate past its validUntil is expired even before its `expired` event arrives. */
const effectiveStatus = (c: IndexedCertificate, on: string): CertificateStatus =>
  (c.status === 'valid' || c.status === 'suspended') && (c.validUntil ?? '') < on ? 'expired' : c.status;

const RANK: Record<CertificateStatus, number> = { valid: 0, suspended: 1, expired: 2, withdrawn: 3 };

/**
 * Seed 001, "vérifier le statut de certification de vos partenaires commerciaux", in batch: for
 * each SIRET, the certificate that covers it for the scheme (a certified site, or its holder when
 * the certificate lists no sites) — the valid one if any, else the most telling. Within the
 * partner's scope only.
 */
@Injectable()
export class VerifySirets {
  constructor(
    private readonly currentPartner: CurrentPartner,
    private readonly certificates: IndexedCertificateRepository,
  ) {}

  readonly execute: RpcHandler<'partner.verify'> = async (principal, request) => {
    const { scope } = await this.currentPartner.of(principal);
    if (scope.schemeId && scope.schemeId !== request.schemeId)
      throw DomainError.forbidden(`this partner may verify scheme ${scope.schemeId} only`);
    const outside = scope.sirens?.length
      ? request.sirets.filter((siret) => !scope.sirens?.includes(siret.slice(0, 9)))
      : [];
    if (outside.length)
      throw DomainError.forbidden(`outside the partner's SIREN scope: ${outside.slice(0, 10).join(', ')}`);

    const now = new Date();
    const on = today(now);
    const found = (await this.certificates.findCovering(request.schemeId, request.sirets, scope.cbId)).filter(
      (c) => c.number !== undefined,
    );
    const results = request.sirets.map((siret): Result => {
      const covering = found.filter((c) =>
        c.sirets.length ? c.sirets.includes(siret) : c.siren === siret.slice(0, 9),
      );
      const best = pick(covering, on);
      if (!best) return { siret, certified: false };
      const status = effectiveStatus(best, on);
      return {
        siret,
        certified: status === 'valid',
        certificateNumber: best.number ?? '',
        status,
        ...(best.validUntil ? { validUntil: best.validUntil } : {}),
      };
    });
    return { schemeId: request.schemeId, checkedAt: now.toISOString(), results };
  };
}

/** The most favourable status first, then the certificate valid the longest; renewed ones last. */
function pick(certificates: IndexedCertificate[], on: string): IndexedCertificate | undefined {
  return [...certificates].sort(
    (a, b) =>
      Number(Boolean(a.supersededBy)) - Number(Boolean(b.supersededBy)) ||
      RANK[effectiveStatus(a, on)] - RANK[effectiveStatus(b, on)] ||
      (b.validUntil ?? '').localeCompare(a.validUntil ?? ''),
  )[0];
}
