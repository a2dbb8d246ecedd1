import type { CertificateStatus } from '@certhub/contracts';
import type { FilterQuery } from 'mongoose';
import type { Certificate } from './certificate.schema';

/** Today as a calendar date in UTC, comparable with `validUntil`. */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);

/**
 * The status a reader sees: a certificate past its validUntil is expired even when no `expired`
 * event has arrived (yet); a withdrawal stays a withdrawal.
 */
export function effectiveStatus(
  certificate: Pick<Certificate, 'status' | 'validUntil'>,
  on: string,
): CertificateStatus {
  if (certificate.status === 'withdrawn' || certificate.status === 'expired') return certificate.status;
  return certificate.validUntil < on ? 'expired' : certificate.status;
}

/** The stored-field filter equivalent to `effectiveStatus(…) === status` on that day. */
export function effectiveStatusFilter(status: CertificateStatus, on: string): FilterQuery<Certificate> {
  switch (status) {
    case 'withdrawn':
      return { status: 'withdrawn' };
    case 'expired':
      return {
        $or: [{ status: 'expired' }, { status: { $in: ['valid', 'suspended'] }, validUntil: { $lt: on } }],
      };
    default:
      return { status, validUntil: { $gte: on } };
  }
}

/**
 * The stored statuses a status event may move a certificate out of, by the status it moves it to.
 * Withdrawal is final; an expired certificate can only be withdrawn; reinstatement only lifts a
 * suspension.
 */
export const ALLOWED_FROM: Record<CertificateStatus, CertificateStatus[]> = {
  suspended: ['valid'],
  valid: ['suspended'],
  withdrawn: ['valid', 'suspended', 'expired'],
  expired: ['valid', 'suspended'],
};
