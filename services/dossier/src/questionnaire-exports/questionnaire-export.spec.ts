import { SchemeSchema, type DossierQuestionnaire, type Scheme } from '@certhub/contracts';
import { blankExport, filledExport } from './questionnaire-export';

const scheme: Scheme = SchemeSchema.parse({
  schemeId: 'demo',
  version: '1.0',
  title: 'Démo',
  kind: 'organisation',
  levels: [{ id: 'A', label: 'A' }],
  chapters: [
    {
      id: '1',
      title: 'Un',
      requirements: [
        {
          id: '1.1',
          title: 't',
          text: 't',
          applicability: { A: true },
          referenceDocuments: ['x'],
          controlMethods: ['documentary'],
        },
      ],
    },
  ],
  cycle: {
    validityMonths: 36,
    surveillance: { kind: 'single', atMonths: [18] },
    renewalWindowMonths: 6,
    upcomingHorizonDays: 30,
    findingsDeadlineDays: 14,
  },
  decisionOptions: { initial: ['grant'], surveillance: ['maintain'] },
  certificate: { templateId: 't', mandatoryMentions: [] },
  archive: [],
  documentRules: { default: {} },
  renewalDocuments: [],
  questionnaire: {
    title: 'Dossier',
    sections: [
      {
        id: 's',
        title: 'Handicap',
        questions: [
          { id: 'q43', number: '43', type: 'yes_no', label: 'Référent handicap ?', required: true },
          {
            id: 'q44',
            number: '44',
            type: 'text',
            label: 'Nom du référent',
            visibleWhen: { questionId: 'q43', equals: true },
          },
          {
            id: 'q45',
            number: '45',
            type: 'file',
            label: 'Lettre de mission',
            visibleWhen: { questionId: 'q43', equals: true },
          },
        ],
      },
    ],
  },
});

const dossier = (answers: DossierQuestionnaire['answers']): DossierQuestionnaire => ({
  dossierId: 'd1',
  reference: 'DOS-2026-0001',
  organisationId: 'org-1',
  schemeId: 'demo',
  schemeVersion: '1.0',
  status: 'submitted',
  revision: 3,
  answers,
});

describe(blankExport.name, () => {
  it('lists every question with the expected answer and its condition in words', () => {
    const sut = blankExport(scheme);
    expect(sut.sections[0]?.rows.map((r) => [r.number, r.answer, r.condition])).toEqual([
      ['43', 'Oui / Non', undefined],
      [
        '44',
        'Texte (500 caractères au plus)',
        'Question posée si la réponse à la question 43 (« Référent handicap ? ») est « Oui »',
      ],
      [
        '45',
        "Fichiers joints : jusqu'à 8 de 8 Mo chacun",
        'Question posée si la réponse à la question 43 (« Référent handicap ? ») est « Oui »',
      ],
    ]);
  });
});

describe(filledExport.name, () => {
  it('omits hidden questions and their answers, and shows answers with comments', () => {
    const sut = filledExport(
      scheme,
      dossier({ q43: { value: false, comment: 'recrutement en cours' }, q44: { value: 'Dupont' } }),
    );
    expect(sut.sections[0]?.rows).toEqual([
      {
        number: '43',
        label: 'Référent handicap ?',
        required: true,
        answer: 'Non',
        comment: 'recrutement en cours',
      },
    ]);
    expect(sut.header).toContainEqual(['Dossier', 'DOS-2026-0001']);
    expect(sut.fileName).toBe('questionnaire-DOS-2026-0001');
  });

  it('prints file answers as their documents and unanswered visible questions blank', () => {
    const sut = filledExport(scheme, dossier({ q43: { value: true }, q45: { value: ['doc-1', 'doc-2'] } }));
    expect(sut.sections[0]?.rows.map((r) => r.answer)).toEqual(['Oui', '', '2 document(s) : doc-1, doc-2']);
  });
});
