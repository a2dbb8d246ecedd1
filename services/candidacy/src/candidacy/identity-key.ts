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
