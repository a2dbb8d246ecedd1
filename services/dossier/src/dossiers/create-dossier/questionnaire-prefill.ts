import {
  allQuestions,
  validateAnswers,
  type Answers,
  type AnswerValue,
  type PrefillSource,
  type Questionnaire,
} from '@certhub/contracts';
import type { OrganisationInfo, SiteInfo } from '../identity-directory';

/** What the platform knows of the applicant when it opens a dossier. */
export interface ApplicantRecord {
  organisation: OrganisationInfo;
  sites: SiteInfo[];
  /** The company registry's NAF code of the head office, when the registry answered. */
  nafCode?: string;
}

/**
 * The first answers of a new dossier's questionnaire, from the questions' `prefill` sources
 * (docs/domain/organisation-certification.md#pre-filled-questionnaire). A value the question would
 * refuse (too long, a SIRET that fails its check) is left out rather than saved as a draft the
 * applicant cannot submit; a source the platform does not know leaves the question blank.
 */
export function prefillAnswers(questionnaire: Questionnaire, record: ApplicantRecord): Answers {
  const answers: Answers = {};
  for (const { question } of allQuestions(questionnaire)) {
    if (!question.prefill) continue;
    const value = valueOf(question.prefill, record);
    if (value === undefined) continue;
    const answer = { [question.id]: { value } };
    if (validateAnswers(questionnaire, answer).length === 0) Object.assign(answers, answer);
  }
  return answers;
}

function valueOf(
  source: PrefillSource,
  { organisation, sites, nafCode }: ApplicantRecord,
): AnswerValue | undefined {
  const headOffice = sites.find((site) => site.headquarters);
  const contact = (role: 'management' | 'quality') => organisation.contacts.find((c) => c.role === role);
  const { address } = organisation;
  switch (source) {
    case 'siret':
      return headOffice?.siret;
    case 'legalName':
      return organisation.name;
    case 'street':
      return [address.line1, address.line2].filter(Boolean).join(', ');
    case 'postalCode':
      return address.postalCode;
    case 'city':
      return address.city;
    case 'nafCode':
      return nafCode;
    case 'phone':
      return organisation.phone;
    case 'email':
      return organisation.email;
    case 'legalRepresentative.name':
      return contact('management')?.name;
    case 'legalRepresentative.position':
      return contact('management')?.position;
    case 'legalRepresentative.email':
      return contact('management')?.email;
    case 'qualityContact.name':
      return contact('quality')?.name;
    case 'qualityContact.email':
      return contact('quality')?.email;
    case 'sites':
      return sites.length
        ? sites.map((site) => ({ siret: site.siret, name: site.name, role: 'site' as const }))
        : undefined;
  }
}
