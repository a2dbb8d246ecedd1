import {
  allQuestions,
  describeExpectedAnswer,
  describeVisibility,
  formatAnswerValue,
  isAnswered,
  visibleQuestions,
  type Answers,
  type DossierQuestionnaire,
  type LocatedQuestion,
  type Scheme,
} from '@certhub/contracts';

/**
 * What both exports print, built once from RPC data with the shared visibility rule: a blank
 * export lists every question and states each condition in words; a filled one lists only the
 * questions the answers make visible (hidden answers are not exported), with answers and comments.
 */
export interface ExportRow {
  number: string;
  label: string;
  required: boolean;
  /** Blank: the kind of answer expected. Filled: the answer as printed. */
  answer: string;
  condition?: string;
  comment?: string;
  help?: string;
}

export interface ExportSection {
  title: string;
  description?: string;
  rows: ExportRow[];
}

export interface QuestionnaireExport {
  kind: 'blank' | 'filled';
  title: string;
  /** Header lines: scheme and version, and for a filled export the dossier. */
  header: [string, string][];
  sections: ExportSection[];
  fileName: string;
}

export function blankExport(scheme: Scheme): QuestionnaireExport {
  const { questionnaire } = scheme;
  return {
    kind: 'blank',
    title: questionnaire.title,
    header: [
      ['Référentiel', scheme.title],
      ['Version', scheme.version],
    ],
    sections: group(allQuestions(questionnaire), (question) => ({
      number: question.number ?? question.id,
      label: question.label,
      required: question.required,
      answer: describeExpectedAnswer(question),
      ...optional('condition', describeVisibility(questionnaire, question)),
      ...optional('help', question.help),
    })),
    fileName: `questionnaire-${scheme.schemeId}-${scheme.version}`,
  };
}

export function filledExport(scheme: Scheme, dossier: DossierQuestionnaire): QuestionnaireExport {
  const { questionnaire } = scheme;
  const answers: Answers = dossier.answers;
  return {
    kind: 'filled',
    title: questionnaire.title,
    header: [
      ['Dossier', dossier.reference],
      ['Statut', dossier.status],
      ['Révision', String(dossier.revision)],
      ['Référentiel', scheme.title],
      ['Version', scheme.version],
    ],
    sections: group(visibleQuestions(questionnaire, answers), (question) => {
      const answer = answers[question.id];
      return {
        number: question.number ?? question.id,
        label: question.label,
        required: question.required,
        answer: answer && isAnswered(answer) ? formatAnswer(question, answer.value) : '',
        ...optional('comment', answer?.comment),
      };
    }),
    fileName: `questionnaire-${dossier.reference}`.replace(/[^A-Za-z0-9._-]+/g, '-'),
  };
}

type Question = LocatedQuestion['question'];

function formatAnswer(question: Question, value: Answers[string]['value']): string {
  // A file answer holds document ids: say how many, and which, rather than bare ids alone.
  if ((question.type === 'file' || question.type === 'file_from_template') && Array.isArray(value))
    return `${value.length} document(s) : ${value.join(', ')}`;
  return formatAnswerValue(question, value);
}

function group(located: LocatedQuestion[], row: (question: Question) => ExportRow): ExportSection[] {
  const sections: ExportSection[] = [];
  for (const { question, section } of located) {
    let current = sections[sections.length - 1];
    if (!current || current.title !== section.title) {
      current = { title: section.title, ...optional('description', section.description), rows: [] };
      sections.push(current);
    }
    current.rows.push(row(question));
  }
  return sections;
}

const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  value ? ({ [key]: value } as Record<K, string>) : {};
