import {
  allQuestions,
  missingRequired,
  pruneHidden,
  validateAnswers,
  type Answer,
  type AnswerValue,
  type Answers,
  type Question,
  type Questionnaire,
} from '@certhub/contracts';
import type { Random } from './random';

/**
 * Questionnaire answers of realistic size for one organisation: every question answered with a
 * value of its type (texts of a few sentences, 1–4 documents per file question, a sites table of a
 * few rows, a comment on some answers), then the answers the conditions hide are dropped, as the
 * submit does. `complete: false` leaves required questions out, as a draft in progress would.
 */
export function answersFor(
  questionnaire: Questionnaire,
  rnd: Random,
  holder: { siren: string; siret: string; name: string },
  complete: boolean,
): Answers {
  const answers: Answers = {};
  for (const { question } of allQuestions(questionnaire)) {
    if (!complete && rnd.chance(0.4)) continue;
    const answer: Answer = { value: valueFor(question, rnd, holder) };
    if (rnd.chance(0.15)) answer.comment = rnd.prose(rnd.int(40, 240));
    answers[question.id] = answer;
  }
  return pruneHidden(questionnaire, answers);
}

/** Fails loudly when the generator's answers would not pass the service's own checks. */
export function assertSubmittable(questionnaire: Questionnaire, answers: Answers): void {
  const errors = validateAnswers(questionnaire, answers);
  const missing = missingRequired(questionnaire, answers);
  if (errors.length || missing.length)
    throw new Error(
      `generated answers would be refused: ${JSON.stringify({ errors: errors.slice(0, 5), missing: missing.slice(0, 5) })}`,
    );
}

function valueFor(
  q: Question,
  rnd: Random,
  holder: { siren: string; siret: string; name: string },
): AnswerValue {
  switch (q.type) {
    case 'yes_no':
      // Mostly "Oui": the conditional questions it reveals are part of a realistic dossier.
      return rnd.chance(0.75);
    case 'single_choice':
      return rnd.pick(q.options).value;
    case 'multiple_choice': {
      const min = Math.max(1, q.minSelected ?? 1);
      const max = Math.min(q.options.length, q.maxSelected ?? q.options.length);
      const count = rnd.int(min, Math.max(min, max));
      const shuffled = [...q.options].sort(() => rnd.next() - 0.5);
      return shuffled.slice(0, count).map((o) => o.value);
    }
    case 'text':
      return rnd.prose(Math.min(q.maxLength, rnd.int(20, 300)));
    case 'long_text':
      return rnd.prose(Math.min(q.maxLength, rnd.int(400, 2500)));
    case 'number': {
      const min = q.min ?? 0;
      const max = q.max ?? Math.max(min + 1, 5_000);
      const value = min + rnd.next() * (max - min);
      return q.integer ? Math.round(value) : Math.round(value * 100) / 100;
    }
    case 'date': {
      const from = Date.parse(`${q.min ?? '2015-01-01'}T00:00:00Z`);
      const to = Date.parse(`${q.max ?? '2026-01-01'}T00:00:00Z`);
      return new Date(from + rnd.next() * (to - from)).toISOString().slice(0, 10);
    }
    case 'siret':
      return holder.siret;
    case 'sites_table': {
      const rows = rnd.int(Math.max(1, q.minRows), Math.min(q.maxRows, 6));
      return Array.from({ length: rows }, (_, i) => ({
        siret: i === 0 ? holder.siret : rnd.siret(rnd.chance(0.7) ? holder.siren : undefined),
        name: i === 0 ? holder.name : `${holder.name} — ${rnd.words(2).slice(0, -1)}`,
        role: i > 0 && rnd.chance(0.3) ? ('subcontractor' as const) : ('site' as const),
      }));
    }
    case 'file':
    case 'file_from_template': {
      const count = rnd.int(1, Math.min(q.rules.maxCount, 4));
      return Array.from({ length: count }, () => `doc-${rnd.uuid()}`);
    }
  }
}
