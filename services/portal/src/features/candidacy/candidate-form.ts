import type { CandidateFields } from '@certhub/contracts';

/** Where the candidate was born: one choice, so "abroad and overseas at once" cannot be said. */
export type BirthPlace = 'france' | 'abroad' | 'overseas';

/** The form as typed: text everywhere, blanks for what was not answered. */
export interface CandidateFormValues {
  establishmentId: string;
  registrationStatus: string;
  delegatedBranch: string;
  contextualisedBase: '' | 'yes' | 'no';
  publicType: string;
  trainingLevel: string;
  mainFunder: string;
  approachOrigin: string;
  civility: string;
  birthName: string;
  usageName: string;
  firstName: string;
  birthDate: string;
  birthPlace: BirthPlace;
  birthCountry: string;
  birthCollectivity: string;
  birthCity: string;
  birthPostalCode: string;
  email: string;
  phone: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  professionalGoals: string;
  personalGoals: string;
}

export const EMPTY_CANDIDATE: CandidateFormValues = {
  establishmentId: '',
  registrationStatus: '',
  delegatedBranch: '',
  contextualisedBase: '',
  publicType: '',
  trainingLevel: '',
  mainFunder: '',
  approachOrigin: '',
  civility: '',
  birthName: '',
  usageName: '',
  firstName: '',
  birthDate: '',
  birthPlace: 'france',
  birthCountry: '',
  birthCollectivity: '',
  birthCity: '',
  birthPostalCode: '',
  email: '',
  phone: '',
  line1: '',
  line2: '',
  postalCode: '',
  city: '',
  professionalGoals: '',
  personalGoals: '',
};

/** The fields that only exist for some answers, and whether each is asked now. */
export function shownFields(
  v: Pick<CandidateFormValues, 'registrationStatus' | 'delegatedBranch' | 'birthPlace'>,
) {
  const employee = v.registrationStatus === 'employee';
  return {
    delegatedBranch: employee,
    // The base is contextualised to a branch: asked once the branch is named.
    contextualisedBase: employee && v.delegatedBranch.trim() !== '',
    birthCountry: v.birthPlace === 'abroad',
    birthCollectivity: v.birthPlace === 'overseas',
    birthPostalCode: v.birthPlace === 'france',
  };
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * The request body: hidden fields left out (an answer typed before the choice changed is not sent),
 * blanks absent, the yes/no and the level as the API types them.
 */
export function candidateRequest(
  v: CandidateFormValues,
): Partial<CandidateFields> & { establishmentId?: string } {
  const shown = shownFields(v);
  const address =
    text(v.line1) || text(v.postalCode) || text(v.city)
      ? {
          line1: v.line1.trim(),
          ...(text(v.line2) ? { line2: v.line2.trim() } : {}),
          postalCode: v.postalCode.trim(),
          city: v.city.trim(),
          country: 'FR',
        }
      : undefined;
  const body: Record<string, unknown> = {
    establishmentId: text(v.establishmentId),
    registrationStatus: text(v.registrationStatus),
    delegatedBranch: shown.delegatedBranch ? text(v.delegatedBranch) : undefined,
    contextualisedBase:
      shown.contextualisedBase && v.contextualisedBase !== '' ? v.contextualisedBase === 'yes' : undefined,
    publicType: text(v.publicType),
    trainingLevel: v.trainingLevel === '' ? undefined : Number(v.trainingLevel),
    mainFunder: text(v.mainFunder),
    approachOrigin: text(v.approachOrigin),
    civility: text(v.civility),
    birthName: text(v.birthName),
    usageName: text(v.usageName),
    firstName: text(v.firstName),
    birthDate: text(v.birthDate),
    bornAbroad: v.birthPlace === 'abroad',
    bornInOverseasCollectivity: v.birthPlace === 'overseas',
    birthCountry: shown.birthCountry ? text(v.birthCountry) : undefined,
    birthCollectivity: shown.birthCollectivity ? text(v.birthCollectivity) : undefined,
    birthCity: text(v.birthCity),
    birthPostalCode: shown.birthPostalCode ? text(v.birthPostalCode) : undefined,
    email: text(v.email),
    phone: text(v.phone),
    address,
    professionalGoals: text(v.professionalGoals),
    personalGoals: text(v.personalGoals),
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/** A stored candidate back into the form, for an edit. */
export function candidateFormValues(
  c: Partial<CandidateFields> & { establishmentId?: string },
): CandidateFormValues {
  return {
    ...EMPTY_CANDIDATE,
    establishmentId: c.establishmentId ?? '',
    registrationStatus: c.registrationStatus ?? '',
    delegatedBranch: c.delegatedBranch ?? '',
    contextualisedBase: c.contextualisedBase === undefined ? '' : c.contextualisedBase ? 'yes' : 'no',
    publicType: c.publicType ?? '',
    trainingLevel: c.trainingLevel === undefined ? '' : String(c.trainingLevel),
    mainFunder: c.mainFunder ?? '',
    approachOrigin: c.approachOrigin ?? '',
    civility: c.civility ?? '',
    birthName: c.birthName ?? '',
    usageName: c.usageName ?? '',
    firstName: c.firstName ?? '',
    birthDate: c.birthDate ?? '',
    birthPlace: c.bornAbroad ? 'abroad' : c.bornInOverseasCollectivity ? 'overseas' : 'france',
    birthCountry: c.birthCountry ?? '',
    birthCollectivity: c.birthCollectivity ?? '',
    birthCity: c.birthCity ?? '',
    birthPostalCode: c.birthPostalCode ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
    line1: c.address?.line1 ?? '',
    line2: c.address?.line2 ?? '',
    postalCode: c.address?.postalCode ?? '',
    city: c.address?.city ?? '',
    professionalGoals: c.professionalGoals ?? '',
    personalGoals: c.personalGoals ?? '',
  };
}

/** The branches that delegate CléA to their joint body (a list the seed shows; the API takes any name). */
export const DELEGATED_BRANCHES = [
  'Centre National de la Fonction Publique Territoriale',
  'Chaussures',
  'Commerce de détail et de gros à prédominance alimentaire',
  'Cuirs et Peaux (Tannerie Mégisserie)',
  'Équipements thermiques et génie climatique',
  'Établissements d’enseignement privé',
  'Grands magasins et magasins populaires',
  'Industrie de l’habillement',
] as const;

/** ISO 3166-1 alpha-2 codes but France, named in the user's language by Intl. */
const COUNTRY_CODES =
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ GA GB GD GE GH GM GN GQ GR GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KM KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NZ OM PA PE PG PH PK PL PS PT PY QA RO RS RU RW SA SC SD SE SG SI SK SL SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TR TT TW TZ UA UG US UY UZ VA VC VE VN YE ZA ZM ZW'.split(
    ' ',
  );

export function countryOptions(language: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
    a.label.localeCompare(b.label, language),
  );
}
