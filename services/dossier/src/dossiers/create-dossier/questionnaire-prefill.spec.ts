import { SchemeSchema, missingRequired } from '@certhub/contracts';
import { LABEL_SCHEME } from '../../schemes/seed/label.scheme';
import { AMARC_SCHEME } from '../../schemes/seed/amarc.scheme';
import type { OrganisationInfo, SiteInfo } from '../identity-directory';
import { prefillAnswers } from './questionnaire-prefill';

const label = SchemeSchema.parse(LABEL_SCHEME).questionnaire;
const amarc = SchemeSchema.parse(AMARC_SCHEME).questionnaire;

const organisation: OrganisationInfo = {
  id: 'org-1',
  siren: '552100554',
  name: 'Ateliers Démo SAS',
  address: {
    line1: '12 rue des Lilas',
    line2: 'Bâtiment B',
    postalCode: '38000',
    city: 'Grenoble',
    country: 'FR',
  },
  phone: '+33 4 76 00 00 00',
  contacts: [
    { role: 'management', name: 'Jeanne Roux', position: 'Présidente', email: 'jeanne.roux@demo.test' },
    { role: 'quality', name: 'Paul Blanc', email: 'paul.blanc@demo.test' },
  ],
  active: true,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const headOffice: SiteInfo = {
  id: 'site-1',
  organisationId: 'org-1',
  siret: '55210055400013',
  name: 'Siège',
  address: organisation.address,
  headquarters: true,
};

describe('questionnaire pre-filled from the organisation’s record', () => {
  it('fills each question from its declared source', () => {
    const answers = prefillAnswers(label, { organisation, sites: [headOffice], nafCode: '85.59A' });
    expect(answers).toEqual({
      q1: { value: '55210055400013' },
      q2: { value: 'Ateliers Démo SAS' },
      q4: { value: '12 rue des Lilas, Bâtiment B' },
      q5: { value: '38000' },
      q6: { value: 'Grenoble' },
      q8: { value: '85.59A' },
      q12: { value: 'Jeanne Roux' },
      q13: { value: 'Présidente' },
      q14: { value: 'jeanne.roux@demo.test' },
      q15: { value: '+33 4 76 00 00 00' },
      q16: { value: 'Paul Blanc' },
      q17: { value: 'paul.blanc@demo.test' },
      q30: { value: [{ siret: '55210055400013', name: 'Siège', role: 'site' }] },
    });
    // What it fills is no longer in the list of missing answers.
    const missing = missingRequired(label, answers).map((m) => m.questionId);
    expect(missing).not.toContain('q2');
    expect(missing).toContain('q7');
  });

  it('leaves blank what the platform does not know, and what the question would refuse', () => {
    const answers = prefillAnswers(label, {
      organisation: {
        ...organisation,
        contacts: [],
        phone: undefined,
        // Six characters: question 5 takes five at most.
        address: { ...organisation.address, postalCode: '380000' },
      },
      sites: [],
    });
    expect(Object.keys(answers).sort()).toEqual(['q2', 'q4', 'q6']);
  });

  it('serves every scheme that declares sources (AMARC: SIRET, name, contact, sites)', () => {
    const answers = prefillAnswers(amarc, { organisation, sites: [headOffice] });
    expect(answers).toMatchObject({
      siret: { value: '55210055400013' },
      'raison-sociale': { value: 'Ateliers Démo SAS' },
      contact: { value: 'Paul Blanc' },
      'contact-email': { value: 'paul.blanc@demo.test' },
    });
    // Two sites at least for a multi-site application: one is not pre-filled as an answer it refuses.
    expect(answers).not.toHaveProperty('sites');
  });

  it('refuses a scheme whose source does not fit its question', () => {
    const broken = structuredClone(LABEL_SCHEME);
    const q = broken.questionnaire.sections[0]!.questions[0]!;
    q.prefill = 'sites';
    expect(SchemeSchema.safeParse(broken).error?.issues[0]?.message).toBe(
      'sites pre-fills a sites_table question, not a siret one',
    );
  });
});
