import type { Question, QuestionOf } from '@certhub/contracts';
import { Button, Stack, Text, Textarea } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadFailure, documentContentPath, useDownload } from '../upload/download';
import { useAnswer, useMissing, useVisible, type AnswersStore } from './answers-store';
import { AnswerInput } from './inputs';
import { Hint } from '../../app/Hint';

/** Where a file question's documents go: the upload context the dossier service names for it. */
export const questionContextId = (dossierId: string, questionId: string) =>
  `dossier:${dossierId}:question:${questionId}`;

export const questionAnchor = (questionId: string) => `question-${questionId}`;

/** "43. Label" as the portal and the exports print it. */
export const questionTitle = (q: Pick<Question, 'number' | 'label'>) =>
  q.number ? `${q.number}. ${q.label}` : q.label;

/** Inputs that are not one labelled control get their label as a heading of the question. */
const LABELLED_APART = new Set<Question['type']>(['sites_table', 'file', 'file_from_template']);

function Template({ question }: { question: QuestionOf<'file_from_template'> }) {
  const { t } = useTranslation();
  const { download, failed } = useDownload();
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm">{question.templateDescription}</Text>
      <Button
        variant="outline"
        size="xs"
        onClick={() => download(documentContentPath(question.templateDocumentId), question.templateFileName)}
      >
        {t('questionnaire.template', { name: question.templateFileName })}
      </Button>
      <DownloadFailure
        failed={failed}
        message={(message) => t('questionnaire.templateFailed', { message })}
      />
    </Stack>
  );
}

function Comment({
  store,
  question,
  readOnly,
}: {
  store: AnswersStore;
  question: Question;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const comment = useAnswer(store, question.id)?.comment ?? '';
  const [open, setOpen] = useState(Boolean(comment));
  if (readOnly)
    return comment ? (
      <Hint>
        {t('questionnaire.comment')} : {comment}
      </Hint>
    ) : null;
  if (!open)
    return (
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        aria-label={`${t('questionnaire.addComment')} (${questionTitle(question)})`}
        onClick={() => setOpen(true)}
      >
        {t('questionnaire.addComment')}
      </Button>
    );
  return (
    <Textarea
      label={t('questionnaire.commentOn', { question: question.number ?? question.label })}
      value={comment}
      autosize
      minRows={2}
      maxLength={5000}
      data-autofocus
      onChange={(e) => store.setComment(question.id, e.currentTarget.value)}
    />
  );
}

/**
 * One question: shown or hidden by the shared visibility rule, its input, its template, its comment.
 * Memoised on props that never change while the page is open: it re-renders only when its own
 * answer, visibility or "missing" mark changes.
 */
export const QuestionBlock = memo(function QuestionBlock({
  store,
  question,
  dossierId,
  readOnly,
}: {
  store: AnswersStore;
  question: Question;
  dossierId: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const visible = useVisible(store, question.id);
  const answer = useAnswer(store, question.id);
  const missing = useMissing(store, question.id);
  if (!visible) return null;
  const inputId = `answer-${question.id}`;
  const title = questionTitle(question);
  const apart = LABELLED_APART.has(question.type);
  return (
    <Stack
      gap="xs"
      className="question"
      id={questionAnchor(question.id)}
      data-missing={missing || undefined}
      role={apart ? 'group' : undefined}
      aria-labelledby={apart ? `${inputId}-label` : undefined}
    >
      {apart && (
        <Text id={`${inputId}-label`} fw={500} size="sm">
          {title}
          {question.required && (
            <span aria-hidden className="required-mark">
              {' *'}
            </span>
          )}
        </Text>
      )}
      {question.help && <Hint>{question.help}</Hint>}
      {question.type === 'file_from_template' && <Template question={question} />}
      <AnswerInput
        question={question}
        inputId={inputId}
        label={title}
        value={answer?.value}
        onChange={(value) => store.setValue(question.id, value)}
        error={missing ? t('questionnaire.missingOne') : undefined}
        readOnly={readOnly}
        contextId={questionContextId(dossierId, question.id)}
      />
      {apart && missing && (
        <Text size="sm" className="missing-text">
          {t('questionnaire.missingOne')}
        </Text>
      )}
      <Comment store={store} question={question} readOnly={readOnly} />
    </Stack>
  );
});
