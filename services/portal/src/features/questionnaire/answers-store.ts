import type { Answer, AnswerValue, Answers, Questionnaire } from '@certhub/contracts';
import { conditionParents, visibilityMap } from '@certhub/contracts/visibility';
import { useSyncExternalStore } from 'react';

/**
 * The answers of one questionnaire outside React state: each question reads its own slice
 * (`useAnswer`, `useVisible`), so a keystroke re-renders the question typed in, and only the
 * questions whose visibility it changed, never the whole form. Visibility is THE shared rule of
 * libs/contracts, recomputed only when a question some condition reads has changed.
 */
export class AnswersStore {
  private answers: Answers;
  private visible: Map<string, boolean>;
  private missing = new Set<string>();
  /** Questions changed since the last save began. */
  private dirty = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly parents: Set<string>;
  /** Grows with each change typed (not with a failed save's changes put back). */
  changes = 0;

  constructor(
    readonly questionnaire: Questionnaire,
    answers: Answers,
  ) {
    this.answers = { ...answers };
    this.visible = visibilityMap(questionnaire, this.answers);
    this.parents = new Set(
      questionnaire.sections.flatMap((s) =>
        s.questions.flatMap((q) => (q.visibleWhen ? conditionParents(q.visibleWhen) : [])),
      ),
    );
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  answer = (id: string): Answer | undefined => this.answers[id];
  isVisible = (id: string): boolean => this.visible.get(id) ?? false;
  isMissing = (id: string): boolean => this.missing.has(id);
  all = (): Answers => this.answers;
  hasChanges = (): boolean => this.dirty.size > 0;

  setValue(id: string, value: AnswerValue): void {
    this.update(id, { ...this.answers[id], value });
  }

  setComment(id: string, comment: string): void {
    const value = this.answers[id]?.value ?? null;
    this.update(id, comment ? { value, comment } : { value });
  }

  /** Orange questions: those the last submit found unanswered (each clears once answered). */
  markMissing(ids: string[]): void {
    this.missing = new Set(ids);
    this.emit();
  }

  /** The changed answers for a save, and forget them (`restore` puts them back if it fails). */
  takeChanges(): Answers {
    const changes = Object.fromEntries(
      [...this.dirty].map((id) => [id, this.answers[id] ?? { value: null }]),
    );
    this.dirty.clear();
    return changes;
  }

  restore(changes: Answers): void {
    for (const id of Object.keys(changes)) this.dirty.add(id);
    this.emit();
  }

  /** Another save came first: its answers, with this tab's unsaved changes kept on top. */
  rebase(saved: Answers, mine: Answers): void {
    this.answers = { ...saved, ...mine };
    this.dirty = new Set(Object.keys(mine));
    this.visible = visibilityMap(this.questionnaire, this.answers);
    this.emit();
  }

  private update(id: string, answer: Answer): void {
    this.answers = { ...this.answers, [id]: answer };
    this.dirty.add(id);
    this.changes += 1;
    if (this.missing.has(id)) {
      this.missing = new Set(this.missing);
      this.missing.delete(id);
    }
    if (this.parents.has(id)) this.visible = visibilityMap(this.questionnaire, this.answers);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export function useAnswer(store: AnswersStore, id: string): Answer | undefined {
  return useSyncExternalStore(store.subscribe, () => store.answer(id));
}

export function useVisible(store: AnswersStore, id: string): boolean {
  return useSyncExternalStore(store.subscribe, () => store.isVisible(id));
}

export function useMissing(store: AnswersStore, id: string): boolean {
  return useSyncExternalStore(store.subscribe, () => store.isMissing(id));
}
