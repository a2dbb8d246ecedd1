import { describeCondition, describeVisibility, formatAnswerValue } from './describe';
import { QuestionnaireSchema, type Answers, type Questionnaire } from './questionnaire.schemas';
import { missingRequired, validateAnswers } from './validation';
import { isVisible, pruneHidden, visibleQuestions } from './visibility';

// 73282932000074 is a valid SIRET (Luhn over 14 digits, valid SIREN 732829320).
const SIRET = '73282932000074';

const sut: Questionnaire = QuestionnaireSchema.parse({
  title: 'Dossier de recevabilité',
  sections: [
    {
      id: 'org',
      title: 'Organisation',
      questions: [
        { id: 'name', number: '1', type: 'text', label: 'Raison sociale', required: true, maxLength: 20 },
        { id: 'siret', number: '2', type: 'siret', label: 'SIRET', required: true },
        { id: 'staff', number: '3', type: 'number', label: 'Effectif', min: 1, max: 5000, integer: true },
        { id: 'since', number: '4', type: 'date', label: 'Date de création', min: '1900-01-01' },
        {
          id: 'multi',
          number: '5',
          type: 'single_choice',
          label: 'Déclaration des sites',
          required: true,
          options: [
            { value: 'platform', label: 'Déclaration sur la plateforme' },
            { value: 'excel', label: 'Fichier Excel' },
            { value: 'none', label: 'Mono-site' },
          ],
        },
        {
          id: 'sites',
          number: '6',
          type: 'sites_table',
          label: 'Sites et sous-traitants',
          required: true,
          visibleWhen: { questionId: 'multi', equals: 'platform' },
        },
        {
          id: 'sites-file',
          number: '7',
          type: 'file_from_template',
          label: 'Fichier des sites',
          required: true,
          templateDocumentId: 'tpl-sites',
          templateFileName: 'modele-sites.xlsx',
          templateDescription: 'Modèle de déclaration des sites',
          visibleWhen: { questionId: 'multi', equals: 'excel' },
        },
      ],
    },
    {
      id: 'handicap',
      title: 'Handicap',
      questions: [
        {
          id: 'q43',
          number: '43',
          type: 'yes_no',
          label: 'Avez-vous un référent handicap ?',
          required: true,
        },
        {
          id: 'q44',
          number: '44',
          type: 'text',
          label: 'Nom du référent',
          required: true,
          visibleWhen: { questionId: 'q43', equals: true },
        },
        {
          id: 'q45',
          number: '45',
          type: 'file',
          label: 'Lettre de mission',
          required: true,
          visibleWhen: { questionId: 'q43', equals: true },
        },
        {
          id: 'q46',
          number: '46',
          type: 'long_text',
          label: 'Précisez la formation du référent',
          required: true,
          // Its parent q44 is itself conditional: hidden with it.
          visibleWhen: { not: { questionId: 'q44', equals: 'formé' } },
        },
        {
          id: 'channels',
          number: '47',
          type: 'multiple_choice',
          label: 'Canaux',
          options: [
            { value: 'phone', label: 'Téléphone' },
            { value: 'mail', label: 'Courriel' },
          ],
          maxSelected: 1,
        },
        {
          id: 'phone-hours',
          number: '48',
          type: 'text',
          label: 'Horaires téléphoniques',
          required: true,
          visibleWhen: {
            all: [
              { questionId: 'channels', equals: 'phone' },
              {
                any: [
                  { questionId: 'staff', in: [10, 20] },
                  { questionId: 'since', answered: true },
                ],
              },
            ],
          },
        },
      ],
    },
  ],
});

const a = (entries: Record<string, unknown>): Answers =>
  Object.fromEntries(Object.entries(entries).map(([k, value]) => [k, { value }])) as Answers;

describe('questionnaire visibility', () => {
  it('reveals the label questionnaire’s questions 44 and 45 when 43 is answered "Oui", and only then', () => {
    expect(isVisible(sut, 'q44', a({ q43: true }))).toBe(true);
    expect(isVisible(sut, 'q45', a({ q43: true }))).toBe(true);
    expect(isVisible(sut, 'q44', a({ q43: false }))).toBe(false);
    expect(isVisible(sut, 'q45', a({}))).toBe(false);
  });

  it('hides a question whose parent is hidden, even behind a not', () => {
    expect(isVisible(sut, 'q46', a({ q43: true, q44: 'pas formé' }))).toBe(true);
    expect(isVisible(sut, 'q46', a({ q43: true, q44: 'formé' }))).toBe(false);
    // q44 answered but hidden (43 = Non): q46 follows its parent into hiding.
    expect(isVisible(sut, 'q46', a({ q43: false, q44: 'pas formé' }))).toBe(false);
  });

  it('evaluates all / any / in / answered and multiple-choice membership', () => {
    expect(isVisible(sut, 'phone-hours', a({ channels: ['phone'], staff: 10 }))).toBe(true);
    expect(isVisible(sut, 'phone-hours', a({ channels: ['phone'], staff: 11 }))).toBe(false);
    expect(isVisible(sut, 'phone-hours', a({ channels: ['phone'], since: '2001-02-03' }))).toBe(true);
    expect(isVisible(sut, 'phone-hours', a({ channels: ['mail'], staff: 10 }))).toBe(false);
    expect(isVisible(sut, 'phone-hours', a({ channels: ['phone'], since: '  ' }))).toBe(false);
  });

  it('lists visible questions in order and prunes the answers of hidden ones', () => {
    const answers = a({
      multi: 'excel',
      sites: [{ siret: SIRET, name: 'X', role: 'site' }],
      q43: false,
      q44: 'x',
    });
    const ids = visibleQuestions(sut, answers).map(({ question }) => question.id);
    expect(ids).toEqual(['name', 'siret', 'staff', 'since', 'multi', 'sites-file', 'q43', 'channels']);
    expect(Object.keys(pruneHidden(sut, answers)).sort()).toEqual(['multi', 'q43']);
  });
});

describe(missingRequired.name, () => {
  it('lists every visible required unanswered question with its label and section, hidden ones excepted', () => {
    const missing = missingRequired(sut, a({ name: 'ACME', multi: 'platform', q43: true, q44: '  ' }));
    expect(missing).toEqual([
      { questionId: 'siret', number: '2', label: 'SIRET', section: 'Organisation', sectionId: 'org' },
      {
        questionId: 'sites',
        number: '6',
        label: 'Sites et sous-traitants',
        section: 'Organisation',
        sectionId: 'org',
      },
      {
        questionId: 'q44',
        number: '44',
        label: 'Nom du référent',
        section: 'Handicap',
        sectionId: 'handicap',
      },
      {
        questionId: 'q45',
        number: '45',
        label: 'Lettre de mission',
        section: 'Handicap',
        sectionId: 'handicap',
      },
      {
        questionId: 'q46',
        number: '46',
        label: 'Précisez la formation du référent',
        section: 'Handicap',
        sectionId: 'handicap',
      },
    ]);
  });

  it('is empty once every shown required question is answered; a comment alone is no answer', () => {
    const answers: Answers = {
      ...a({ name: 'ACME', siret: SIRET, multi: 'none', q43: true, q44: 'Dupont', q45: ['doc-1'] }),
      q46: { value: null, comment: 'voir pièce jointe' },
    };
    expect(missingRequired(sut, answers).map((m) => m.questionId)).toEqual(['q46']);
    answers['q46'] = { value: 'formation interne', comment: 'voir pièce jointe' };
    expect(missingRequired(sut, answers)).toEqual([]);
  });
});

describe(validateAnswers.name, () => {
  const codes = (answers: Answers) => validateAnswers(sut, answers).map((e) => `${e.questionId}:${e.code}`);

  it('accepts well-typed answers and blank drafts', () => {
    expect(
      codes(
        a({
          name: 'ACME',
          siret: '732 829 320 00074',
          staff: 12,
          since: '2020-02-29',
          multi: 'platform',
          sites: [
            { siret: SIRET, name: 'Siège', role: 'site' },
            { siret: '35600000000001', name: 'La Poste', role: 'subcontractor' },
          ],
          q43: true,
          q45: ['doc-1', 'doc-2'],
          channels: ['phone'],
          q46: null,
          q44: '',
        }),
      ),
    ).toEqual([]);
  });

  it('refuses unknown ids, wrong types, bounds, options, dates, SIRET check digits and file counts', () => {
    expect(
      codes(
        a({
          nope: 1,
          name: 'x'.repeat(21),
          siret: '73282932000075',
          staff: 1.5,
          since: '2021-02-30',
          multi: 'other',
          q43: 'Oui',
          q45: Array.from({ length: 9 }, (_, i) => `doc-${i}`),
          channels: ['phone', 'mail', 'fax'],
          sites: [
            { siret: SIRET, name: 'A', role: 'site' },
            { siret: SIRET, name: ' ', role: 'site' },
          ],
        }),
      ).sort(),
    ).toEqual(
      [
        'nope:unknown_question',
        'name:too_long',
        'siret:invalid_siret',
        'staff:invalid_type',
        'since:invalid_date',
        'multi:invalid_option',
        'q43:invalid_type',
        'q45:too_many',
        'channels:invalid_option',
        'channels:too_many',
        'sites:duplicate',
        'sites:invalid_type',
      ].sort(),
    );
    expect(codes(a({ staff: 0 }))).toEqual(['staff:out_of_bounds']);
    expect(codes(a({ since: '1899-12-31' }))).toEqual(['since:out_of_bounds']);
    expect(validateAnswers(sut, a({ sites: [{ siret: '123', name: 'A', role: 'site' }] }))[0]).toMatchObject({
      questionId: 'sites',
      code: 'invalid_siret',
      row: 0,
    });
  });
});

describe('QuestionnaireSchema', () => {
  const base = { id: 'a', type: 'yes_no', label: 'A' };
  it('refuses conditions on unknown or later questions, duplicate ids and values outside the options', () => {
    const parse = (questions: unknown[]) =>
      QuestionnaireSchema.safeParse({ title: 't', sections: [{ id: 's', title: 'S', questions }] });
    expect(parse([base, { ...base, id: 'b', visibleWhen: { questionId: 'a', equals: true } }]).success).toBe(
      true,
    );
    expect(
      parse([
        { ...base, visibleWhen: { questionId: 'b', equals: true } },
        { ...base, id: 'b' },
      ]).success,
    ).toBe(false);
    expect(parse([base, base]).success).toBe(false);
    expect(parse([base, { ...base, id: 'b', visibleWhen: { questionId: 'a', equals: 'Oui' } }]).success).toBe(
      false,
    );
    expect(
      parse([
        {
          id: 'c',
          type: 'single_choice',
          label: 'C',
          options: [
            { value: 'x', label: 'X' },
            { value: 'y', label: 'Y' },
          ],
        },
        { ...base, id: 'b', visibleWhen: { questionId: 'c', in: ['x', 'z'] } },
      ]).success,
    ).toBe(false);
  });

  it('refuses a malformed condition with the path of the faulty part', () => {
    const parsed = QuestionnaireSchema.safeParse({
      title: 't',
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [base, { ...base, id: 'b', visibleWhen: { any: [{ questionId: 'a', equal: true }] } }],
        },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.slice(0, 5)).toEqual(['sections', 0, 'questions', 1, 'visibleWhen']);
  });

  it('applies the default file rules of an application: 8 files of 8 MB', () => {
    const parsed = QuestionnaireSchema.parse({
      title: 't',
      sections: [{ id: 's', title: 'S', questions: [{ id: 'f', type: 'file', label: 'F' }] }],
    });
    expect(parsed.sections[0]?.questions[0]).toMatchObject({
      rules: { maxBytes: 8 * 1024 * 1024, maxCount: 8 },
    });
  });
});

describe('conditions in words', () => {
  it('states the condition with the parent number, label and the option label', () => {
    const q44 = sut.sections[1]?.questions[1];
    expect(q44 && describeVisibility(sut, q44)).toBe(
      'Question posée si la réponse à la question 43 (« Avez-vous un référent handicap ? ») est « Oui »',
    );
    expect(describeCondition(sut, { questionId: 'multi', equals: 'excel' }, 'en')).toBe(
      'the answer to question 5 (« Déclaration des sites ») is "Fichier Excel"',
    );
    const phoneHours = sut.sections[1]?.questions[5];
    expect(phoneHours && describeVisibility(sut, phoneHours)).toContain(' et (');
  });

  it('formats answers with option labels and one line per site', () => {
    const multi = sut.sections[0]?.questions[4];
    const sites = sut.sections[0]?.questions[5];
    expect(multi && formatAnswerValue(multi, 'excel')).toBe('Fichier Excel');
    expect(sites && formatAnswerValue(sites, [{ siret: SIRET, name: 'Siège', role: 'subcontractor' }])).toBe(
      `${SIRET} — Siège (sous-traitant)`,
    );
  });
});
