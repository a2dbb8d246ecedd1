import type { Answers, DossierStatus, MissingAnswer, Questionnaire } from '@certhub/contracts';
import { missingRequired } from '@certhub/contracts/validation';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { AnswersStore } from './answers-store';
import { EDITABLE } from './editable';
import { Autosaver, useSaveOnLeave } from './autosave';
import { QuestionBlock } from './QuestionBlock';
import { QuestionnaireFindings } from './QuestionnaireFindings';
import { Exports, MissingList, SaveStatus } from './status';
import '../../i18n/journey';

export interface LoadedQuestionnaire {
  dossierId: string;
  reference: string;
  status: DossierStatus;
  revision: number;
  answers: Answers;
}

/** A refused submit's missing questions, from the problem's errors (the API's word is the last). */
function missingFrom(error: unknown): MissingAnswer[] {
  if (!(error instanceof ApiError) || error.problem.status !== 422) return [];
  return (error.problem.errors ?? []).flatMap((e) => {
    const m = e as Partial<MissingAnswer>;
    return m.questionId && m.label && m.section
      ? [{ ...m, questionId: m.questionId, label: m.label, section: m.section, sectionId: m.sectionId ?? '' }]
      : [];
  });
}

const Sections = memo(function Sections({
  store,
  dossierId,
  readOnly,
}: {
  store: AnswersStore;
  dossierId: string;
  readOnly: boolean;
}) {
  return store.questionnaire.sections.map((section) => (
    <Card
      key={section.id}
      withBorder
      padding="lg"
      component="section"
      aria-labelledby={`section-${section.id}`}
    >
      <Title order={2} size="h4" id={`section-${section.id}`} mb={section.description ? 4 : 'md'}>
        {section.title}
      </Title>
      {section.description && (
        <Text size="sm" c="dimmed" mb="md">
          {section.description}
        </Text>
      )}
      <Stack gap="lg">
        {section.questions.map((question) => (
          <QuestionBlock
            key={question.id}
            store={store}
            question={question}
            dossierId={dossierId}
            readOnly={readOnly}
          />
        ))}
      </Stack>
    </Card>
  ));
});

/**
 * The admissibility questionnaire of one dossier, rendered from its scheme version: autosaved while
 * editable, submitted (or sent back corrected) once every shown required question is answered,
 * read-only otherwise.
 */
export function QuestionnaireForm({
  questionnaire,
  loaded,
  canEdit,
}: {
  questionnaire: Questionnaire;
  loaded: LoadedQuestionnaire;
  /** The caller's role may change answers (the API checks it too). */
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { dossierId, status } = loaded;
  const editable = canEdit && EDITABLE.includes(status);
  const [store] = useState(() => new AnswersStore(questionnaire, loaded.answers));
  const [autosaver] = useState(() =>
    editable
      ? new Autosaver(store, loaded.revision, async (revision, answers) => {
          const saved = await unwrap(
            api.PUT('/api/v1/dossiers/{dossierId}/questionnaire', {
              params: { path: { dossierId } },
              body: { revision, answers },
            }),
          );
          return saved.questionnaire.revision;
        })
      : undefined,
  );
  useSaveOnLeave(autosaver);
  const [missing, setMissing] = useState<MissingAnswer[]>([]);
  const [failure, setFailure] = useState<string>();
  const [sending, setSending] = useState(false);
  const missingRef = useRef<HTMLDivElement>(null);

  const reload = async () => {
    const current = await unwrap(
      api.GET('/api/v1/dossiers/{dossierId}/questionnaire', { params: { path: { dossierId } } }),
    );
    await autosaver?.resume(current.answers, current.revision);
  };

  const showMissing = (list: MissingAnswer[]) => {
    store.markMissing(list.map((m) => m.questionId));
    setMissing(list);
    // After the list renders: the focus on it, so it is read out and its links are next.
    requestAnimationFrame(() => missingRef.current?.focus());
  };

  /** Submit a draft, or send a corrected questionnaire back: same checks, another route. */
  const send = async () => {
    if (!autosaver) return;
    setFailure(undefined);
    setMissing([]);
    setSending(true);
    try {
      if (!(await autosaver.flush())) return;
      const local = missingRequired(questionnaire, store.all());
      if (local.length) return showMissing(local);
      const path = { params: { path: { dossierId } } };
      await unwrap(
        status === 'draft'
          ? api.POST('/api/v1/dossiers/{dossierId}/questionnaire/submit', {
              ...path,
              body: { revision: autosaver.revision },
            })
          : api.POST('/api/v1/dossiers/{dossierId}/questionnaire/resubmit', { ...path, body: {} }),
      );
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
    } catch (error) {
      const list = missingFrom(error);
      if (list.length) showMissing(list);
      else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        {autosaver ? (
          <SaveStatus autosaver={autosaver} onResume={() => void reload()} />
        ) : (
          <Alert color="indigo" p="xs">
            {t(canEdit ? 'questionnaire.readOnly' : 'questionnaire.readOnlyRole')}
          </Alert>
        )}
        <Exports dossierId={dossierId} reference={loaded.reference} />
      </Group>
      {status === 'findings_on_questionnaire' && (
        <QuestionnaireFindings
          dossierId={dossierId}
          store={store}
          editable={editable}
          beforeAnswer={async () => (autosaver ? autosaver.flush() : false)}
          afterAnswer={reload}
        />
      )}
      {missing.length > 0 && <MissingList ref={missingRef} missing={missing} />}
      <Sections store={store} dossierId={dossierId} readOnly={!editable} />
      {autosaver && (
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <Text>{t(status === 'draft' ? 'questionnaire.submitIntro' : 'questionnaire.resubmitIntro')}</Text>
            {failure && (
              <Alert color="red.9" role="alert">
                {t('questionnaire.submitFailed', { message: failure })}
              </Alert>
            )}
            <Button onClick={() => void send()} loading={sending}>
              {t(status === 'draft' ? 'questionnaire.submit' : 'questionnaire.resubmit')}
            </Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
