import type { CandidateFields } from '@certhub/contracts';

/** Upper case, accents, apostrophes and dashes away: "Lefèvre-d'Arc" and "LEFEVRE D ARC" are one name. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/**
 * The names a normalised prefix starts, as a string range: `DUP` → [`DUP`, `DUQ`). The store pushes
 * a range down to its index (a regular expression makes it read every row the rest of the filter
 * selects); normalised names hold only A–Z, 0–9 and spaces, so raising the last character bounds them.
 */
export function prefixRange(prefix: string): { $gte: string; $lt: string } {
  if (!prefix) throw new Error('an empty prefix bounds nothing');
  const last = prefix.charCodeAt(prefix.length - 1);
  return { $gte: prefix, $lt: prefix.slice(0, -1) + String.fromCharCode(last + 1) };
}

type BirthPlace = Pick<
  CandidateFields,
  | 'bornAbroad'
  | 'bornInOverseasCollectivity'
  | 'birthCountry'
  | 'birthCollectivity'
  | 'birthCity'
  | 'birthPostalCode'
>;

/** Where the person was born, one spelling per place: the country, the collectivity or the postal code, then the city. */
export function birthPlaceKey(c: BirthPlace): string {
  const where = c.bornAbroad
    ? `XX:${c.birthCountry ?? ''}`
    : c.bornInOverseasCollectivity
      ? `COM:${c.birthCollectivity ?? ''}`
      : `FR:${c.birthPostalCode ?? ''}`;
  return `${where}:${normaliseName(c.birthCity)}`;
}

/**
 * One person on the whole platform: birth name, first name, birth date and birth place, normalised.
 * Two candidacies with the same key are the same person registered twice.
 */
export function identityKey(
  c: Pick<CandidateFields, 'birthName' | 'firstName' | 'birthDate'> & BirthPlace,
): string {
  return [normaliseName(c.birthName), normaliseName(c.firstName), c.birthDate, birthPlaceKey(c)].join('|');
}
