import {
  QUESTION_TYPES,
  SchemeSchema,
  isVisible,
  missingRequired,
  schemeRequirements,
  visibleQuestions,
  type Answers,
  type Scheme,
} from '@certhub/contracts';
import { AMARC_SCHEME, LABEL_SCHEME, SEED_SCHEMES } from './index';

const parse = (input: unknown): Scheme => {
  const parsed = SchemeSchema.safeParse(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data;
};

/** Requirement ids of the AMARC referential's chapter IV, in the referential's order. */
const AMARC_IDS = [
  ...Array.from({ length: 20 }, (_, i) => `1.${i + 1}`),
  ...Array.from({ length: 6 }, (_, i) => `2.${i + 1}`),
  ...Array.from({ length: 10 }, (_, i) => `3.${i + 1}`),
  '4.1',
  '4.2',
  '4.2.1',
  '4.2.2',
  '4.2.3',
  ...Array.from({ length: 14 }, (_, i) => `4.${i + 3}`),
  ...Array.from({ length: 6 }, (_, i) => `5.${i + 1}`),
  ...Array.from({ length: 6 }, (_, i) => `6.${i + 1}`),
];
/** The requirements with an X in the Niv B column only. */
const AMARC_B_ONLY = [
  '1.2',
  '1.7',
  '1.9',
  '1.11',
  '1.14',
  '1.15',
  '1.19',
  '1.20',
  '2.4',
  '4.5',
  '4.7',
  '4.12',
  '5.6',
  '6.4',
  '6.5',
  '6.6',
];

describe('seed schemes', () => {
  it.each(SEED_SCHEMES.map((s) => [s.schemeId, s] as const))('%s is a valid scheme', (_, scheme) => {
    expect(() => parse(scheme)).not.toThrow();
  });

  it('transcribes every AMARC requirement 1.1 to 6.6 in six commitments, with Niv A / Niv B applicability', () => {
    const amarc = parse(AMARC_SCHEME);
    expect(amarc.chapters.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    const requirements = schemeRequirements(amarc);
    expect(requirements.map((r) => r.id)).toEqual(AMARC_IDS);
    expect(requirements.filter((r) => !r.applicability['A']).map((r) => r.id)).toEqual(AMARC_B_ONLY);
    expect(requirements.every((r) => r.applicability['B'])).toBe(true);
    expect(requirements.every((r) => r.referenceDocuments.length > 0)).toBe(true);
    expect(requirements.find((r) => r.id === '3.1')?.controlMethods).toEqual(['mystery_call']);
    expect(requirements.find((r) => r.id === '4.8')?.controlMethods).toEqual(['observation']);
  });

  it('carries AMARC decisions, yearly surveillance, archive periods and the mentions of chapter VIII', () => {
    const amarc = parse(AMARC_SCHEME);
    expect(amarc.decisionOptions.initial).toEqual([
      'grant',
      'complementary_documentary_audit',
      'complementary_on_site_audit',
      'refuse',
    ]);
    expect(amarc.decisionOptions.surveillance).toHaveLength(5);
    expect(amarc.cycle.surveillance).toEqual({ kind: 'yearly', atMonths: [12, 24] });
    expect(amarc.archive.map((a) => [a.kind, a.years])).toEqual([
      ['referential_and_control_plans', 3],
      ['records', 1],
      ['other_documents', undefined],
    ]);
    expect(amarc.certificate.mandatoryMentions).toHaveLength(7);
    expect(amarc.certificate.mandatoryMentions).toContain(
      'La marque collective de certification : Qualicert et son logotype (couleur ou à défaut gris)',
    );
  });

  it('gives the label a 49-question questionnaire with every question type and the 8 × 8 MB files', () => {
    const label = parse(LABEL_SCHEME);
    const questions = label.questionnaire.sections.flatMap((s) => s.questions);
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(questions.find((q) => q.id === 'q35')).toMatchObject({
      rules: { maxCount: 8, maxBytes: 8 * 1024 * 1024 },
    });
    expect(label.cycle).toEqual({
      validityMonths: 36,
      surveillance: { kind: 'single', atMonths: [18] },
      renewalWindowMonths: 6,
      upcomingHorizonDays: 30,
      findingsDeadlineDays: 14,
    });
  });

  it('reveals questions 44 and 45 of the label when 43 is answered "Oui" (docs/domain/organisation-certification.md#conditional-questions)', () => {
    const { questionnaire } = parse(LABEL_SCHEME);
    const yes: Answers = { q43: { value: true } };
    const no: Answers = { q43: { value: false } };
    expect(['q44', 'q45'].map((id) => isVisible(questionnaire, id, yes))).toEqual([true, true]);
    expect(['q44', 'q45'].map((id) => isVisible(questionnaire, id, no))).toEqual([false, false]);
    expect(visibleQuestions(questionnaire, yes).length - visibleQuestions(questionnaire, no).length).toBe(2);
    expect(missingRequired(questionnaire, yes).map((m) => m.questionId)).toEqual(
      expect.arrayContaining(['q44', 'q45']),
    );
    expect(missingRequired(questionnaire, no).map((m) => m.questionId)).not.toContain('q44');
  });
});
