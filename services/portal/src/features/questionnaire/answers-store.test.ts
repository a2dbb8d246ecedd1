import type { Questionnaire } from '@certhub/contracts';
import { describe, expect, it } from 'vitest';
import { AnswersStore } from './answers-store';

const questionnaire = {
  title: 'Q',
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'q1', type: 'yes_no', label: 'Référent ?', required: true },
        {
          id: 'q2',
          type: 'text',
          label: 'Nom',
          required: true,
          maxLength: 50,
          visibleWhen: { questionId: 'q1', equals: true },
        },
        { id: 'q3', type: 'text', label: 'Ville', required: false, maxLength: 50 },
      ],
    },
  ],
} as Questionnaire;

describe(AnswersStore.name, () => {
  it('keeps every other question’s snapshot identical when one answer changes (no re-render of the form)', () => {
    const sut = new AnswersStore(questionnaire, { q3: { value: 'Lyon' } });
    const before = { q1: sut.answer('q1'), q3: sut.answer('q3'), q2: sut.isVisible('q2') };
    sut.setValue('q3', 'Lyon 3e');
    expect(sut.answer('q1')).toBe(before.q1);
    expect(sut.isVisible('q2')).toBe(before.q2);
    expect(sut.answer('q3')).not.toBe(before.q3);
  });

  it('reveals a conditional question by the shared rule, and hands only the changed answers to a save', () => {
    const sut = new AnswersStore(questionnaire, {});
    expect(sut.isVisible('q2')).toBe(false);
    sut.setValue('q1', true);
    expect(sut.isVisible('q2')).toBe(true);
    sut.setComment('q3', 'centre-ville');
    expect(sut.takeChanges()).toEqual({ q1: { value: true }, q3: { value: null, comment: 'centre-ville' } });
    expect(sut.hasChanges()).toBe(false);
  });

  it('clears a question’s "missing" mark once it is answered', () => {
    const sut = new AnswersStore(questionnaire, {});
    sut.markMissing(['q1', 'q3']);
    sut.setValue('q1', false);
    expect([sut.isMissing('q1'), sut.isMissing('q3')]).toEqual([false, true]);
  });
});
