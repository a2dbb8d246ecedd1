/** Calendar arithmetic on YYYY-MM-DD dates, in UTC (certificate dates are days, not instants). */

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  // 31 January + 1 month is the last day of February, not 3 March.
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

export interface CertificateCycle {
  validFrom: string;
  validUntil: string;
  surveillanceDue: string[];
  renewalOpensOn: string;
}

/**
 * Validity from the scheme: valid from the decision day for `validityMonths` (last day included),
 * surveillance audits due `atMonths` after the start, the renewal window opening before the end.
 */
export function certificateCycle(
  validFrom: string,
  cycle: { validityMonths: number; surveillance: { atMonths: number[] }; renewalWindowMonths: number },
): CertificateCycle {
  const validUntil = addDays(addMonths(validFrom, cycle.validityMonths), -1);
  return {
    validFrom,
    validUntil,
    surveillanceDue: cycle.surveillance.atMonths.map((m) => addMonths(validFrom, m)),
    renewalOpensOn: addMonths(validUntil, -cycle.renewalWindowMonths),
  };
}
