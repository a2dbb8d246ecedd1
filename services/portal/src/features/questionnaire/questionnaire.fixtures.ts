/** The opening questions of the test questionnaires: q2 is asked only when q1 is "Oui". */
export const identificationQuestions = [
  { id: 'q1', number: '1', type: 'yes_no', label: 'Êtes-vous certifié ?', required: true },
  {
    id: 'q2',
    number: '2',
    type: 'text',
    label: 'Organisme actuel',
    required: true,
    maxLength: 500,
    visibleWhen: { questionId: 'q1', equals: true },
  },
  {
    id: 'q3',
    number: '3',
    type: 'single_choice',
    label: 'Organisation',
    required: false,
    options: [
      { value: 'mono', label: 'Mono-site' },
      { value: 'multi', label: 'Multi-sites' },
    ],
  },
];
