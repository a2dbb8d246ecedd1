/**
 * French company identifiers. SIREN: 9 digits, Luhn. SIRET: SIREN + 5-digit establishment number,
 * Luhn over the 14 digits — except La Poste (SIREN 356000000), whose establishments are numbered
 * so that the digit sum of the SIRET is a multiple of 5. Framework-free: the portal uses it too.
 */
export const LA_POSTE_SIREN = '356000000';

export type NumberCheck = { ok: true; value: string } | { ok: false; reason: string };

const normalise = (raw: string) => raw.replace(/[\s.-]/g, '');

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function checkSiren(raw: string): NumberCheck {
  const value = normalise(raw);
  if (!/^\d+$/.test(value)) return { ok: false, reason: 'SIREN must contain digits only' };
  if (value.length !== 9) return { ok: false, reason: `SIREN must have 9 digits, got ${value.length}` };
  if (!luhnValid(value)) return { ok: false, reason: 'SIREN check digit is wrong (Luhn)' };
  return { ok: true, value };
}

export function checkSiret(raw: string): NumberCheck {
  const value = normalise(raw);
  if (!/^\d+$/.test(value)) return { ok: false, reason: 'SIRET must contain digits only' };
  if (value.length !== 14) return { ok: false, reason: `SIRET must have 14 digits, got ${value.length}` };
  const siren = checkSiren(value.slice(0, 9));
  if (!siren.ok) return { ok: false, reason: `SIRET starts with an invalid SIREN: ${siren.reason}` };
  if (value.startsWith(LA_POSTE_SIREN)) {
    const sum = [...value].reduce((acc, c) => acc + Number(c), 0);
    return sum % 5 === 0
      ? { ok: true, value }
      : { ok: false, reason: 'SIRET check digit is wrong (La Poste rule)' };
  }
  if (!luhnValid(value)) return { ok: false, reason: 'SIRET check digit is wrong (Luhn)' };
  return { ok: true, value };
}
