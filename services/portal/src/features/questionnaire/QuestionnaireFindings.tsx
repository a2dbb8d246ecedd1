import { findQuestion } from '@certhub/contracts/visibility';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError, PlainList, QueryView, badgeText } from '../../app/feedback';
import type { AnswersStore } from './answers-store';
import { questionAnchor, questionTitle } from './QuestionBlock';
import { focusQuestion } from './status';
import { filledIn } from '../../api/request-fields';

interface Finding {
  id: string;
  number: string;
  questionId: string;
  description: string;
  status: 'open' | 'answered' | 'corrected' | 'closed';
  response?: { correctiveAction?: string };
}

function FindingAnswer({
  dossierId,
  finding,
  store,
  beforeAnswer,
  afterAnswer,
}: {
  dossierId: string;
  finding: Finding;
  store: AnswersStore;
  beforeAnswer: () => Promise<boolean>;
  afterAnswer: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [action, setAction] = useState(finding.response?.correctiveAction ?? '');
  const answer = useMutation({
    mutationFn: async () => {
      if (!(await beforeAnswer())) throw new Error(t('questionnaire.saveFirst'));
      const corrected = store.answer(finding.questionId);
      await unwrap(
        api.POST('/api/v1/dossiers/{dossierId}/questionnaire/findings/{findingId}/answer', {
          params: { path: { dossierId, findingId: finding.id } },
          body: {
            ...filledIn({
              correctiveAction: action.trim(),
              correctedAnswer: corrected,
            }),
          },
        }),
      );
      await afterAnswer();
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['dossiers', dossierId, 'questionnaire-findings'] }),
  });
  return (
    <Stack gap="xs">
      <Textarea
        label={t('questionnaire.correctiveAction', { number: finding.number })}
        value={action}
        autosize
        minRows={2}
        onChange={(e) => setAction(e.currentTarget.value)}
      />
      <FormError error={answer.error} message={(message) => t('questionnaire.answerFailed', { message })} />
      <Button size="xs" w="fit-content" loading={answer.isPending} onClick={() => answer.mutate()}>
        {t('questionnaire.answerFinding', { number: finding.number })}
      </Button>
    </Stack>
  );
}

/**
 * The CB's findings on given answers ("écarts", NC0007…): each names its question; the applicant
 * corrects the answer in the form below, says what was done, answers the finding, then sends the
 * corrected questionnaire back.
 */
export function QuestionnaireFindings({
  dossierId,
  store,
  editable,
  beforeAnswer,
  afterAnswer,
}: {
  dossierId: string;
  store: AnswersStore;
  editable: boolean;
  beforeAnswer: () => Promise<boolean>;
  afterAnswer: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const findings = useQuery({
    queryKey: ['dossiers', dossierId, 'questionnaire-findings'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dossiers/{dossierId}/questionnaire/findings', { params: { path: { dossierId } } }),
      ),
  });
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="q-findings-title"
      className="findings-card"
    >
      <Title order={2} size="h4" id="q-findings-title" mb="xs">
        {t('questionnaire.findingsTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('questionnaire.findingsIntro')}
      </Text>
      <QueryView query={findings}>
        {({ items }) => (
          <PlainList gap="lg">
            {(items as Finding[]).map((finding) => {
              const question = findQuestion(store.questionnaire, finding.questionId)?.question;
              return (
                <Stack key={finding.id} component="li" gap={6}>
                  <Group gap="sm">
                    <Text fw={600}>{finding.number}</Text>
                    <Badge
                      variant="light"
                      color={finding.status === 'open' ? 'orange' : 'gray'}
                      c={badgeText(finding.status === 'open' ? 'orange' : undefined)}
                      tt="none"
                    >
                      {t(`questionnaire.findingStatus.${finding.status}`)}
                    </Badge>
                  </Group>
                  <Text>{finding.description}</Text>
                  {question && (
                    <Anchor
                      size="sm"
                      href={`#${questionAnchor(question.id)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusQuestion(question.id);
                      }}
                    >
                      {t('questionnaire.goToQuestion', { question: questionTitle(question) })}
                    </Anchor>
                  )}
                  {editable && (finding.status === 'open' || finding.status === 'answered') && (
                    <FindingAnswer
                      dossierId={dossierId}
                      finding={finding}
                      store={store}
                      beforeAnswer={beforeAnswer}
                      afterAnswer={afterAnswer}
                    />
                  )}
                </Stack>
              );
            })}
          </PlainList>
        )}
      </QueryView>
    </Card>
  );
}
