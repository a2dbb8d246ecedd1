import {
  DOSSIER_LIFECYCLE,
  formatAnswerValue,
  mayTake,
  type Answers,
  type DossierStatus,
  type Question,
  type Questionnaire,
  type Role,
} from '@certhub/contracts';
import { isVisible } from '@certhub/contracts/visibility';
import { Alert, Button, Card, Grid, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { FormError, badgeText, ToneBadge } from '../../app/feedback';
import { formatDate } from '../../lib/format';
import { Hint } from '../../app/Hint';

export type QuestionnaireFinding =
  paths['/api/v1/dossiers/{dossierId}/questionnaire/findings']['get']['responses'][200]['content']['application/json']['items'][number];

const FINDING_COLOR: Record<QuestionnaireFinding['status'], string> = {
  open: 'orange',
  answered: 'indigo',
  corrected: 'indigo',
  closed: 'green',
};

export const questionnaireFindingsKey = (dossierId: string) => [
  'dossiers',
  dossierId,
  'questionnaire-findings',
];

/** The answer as the organisation gave it, in words; files counted (their contents open elsewhere). */
function AnswerText({ question, answers }: { question: Question; answers: Answers }) {
  const { t, i18n } = useTranslation();
  const answer = answers[question.id];
  const value = answer?.value;
  const empty =
    value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);
  return (
    <Stack gap={2}>
      {empty ? (
        <Text size="sm" c={badgeText('orange')} fs="italic">
          {t('cb.instruct.noAnswer')}
        </Text>
      ) : question.type === 'file' || question.type === 'file_from_template' ? (
        <Text size="sm">{t('cb.instruct.files', { count: Array.isArray(value) ? value.length : 0 })}</Text>
      ) : (
        <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
          {question.type === 'date' && typeof value === 'string'
            ? formatDate(value, i18n.language)
            : formatAnswerValue(question, value, i18n.language === 'en' ? 'en' : 'fr')}
        </Text>
      )}
      {answer?.comment && (
        <Text size="xs" c="dimmed">
          {t('cb.instruct.comment', { comment: answer.comment })}
        </Text>
      )}
    </Stack>
  );
}

function RaiseFinding({ dossierId, question }: { dossierId: string; question: Question }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [description, setDescription] = useState('');
  const label = question.number ?? question.id;
  const raise = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/dossiers/{dossierId}/questionnaire/findings', {
          params: { path: { dossierId } },
          body: { questionId: question.id, description: description.trim() },
        }),
      ),
    onSuccess: async () => {
      setOpen(false);
      setDescription('');
      await queryClient.invalidateQueries({ queryKey: ['dossiers', dossierId] });
    },
  });
  if (!open)
    return (
      <Button
        variant="light"
        color="orange"
        c={badgeText('orange')}
        size="compact-sm"
        w="fit-content"
        aria-label={t('cb.instruct.raiseOn', { question: label })}
        onClick={() => setOpen(true)}
      >
        {t('cb.instruct.raise')}
      </Button>
    );
  return (
    <Stack gap="xs">
      <Textarea
        label={t('cb.instruct.raiseDescription', { question: label })}
        value={description}
        autosize
        minRows={2}
        data-autofocus
        autoFocus
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
      <FormError error={raise.error} message={(message) => t('cb.instruct.failed', { message })} />
      <Group gap="xs">
        <Button
          size="xs"
          disabled={!description.trim()}
          loading={raise.isPending}
          onClick={() => raise.mutate()}
        >
          {t('cb.instruct.raiseSave')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t('cb.instruct.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function FindingLine({
  dossierId,
  finding,
  canClose,
}: {
  dossierId: string;
  finding: QuestionnaireFinding;
  canClose: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const close = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/dossiers/{dossierId}/questionnaire/findings/{findingId}/close', {
          params: { path: { dossierId, findingId: finding.id } },
          body: {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossiers', dossierId] }),
  });
  const color = FINDING_COLOR[finding.status];
  return (
    <Stack gap={4} component="li" className="finding-item">
      <Group gap="xs">
        <Text fw={600} size="sm">
          {finding.number}
        </Text>
        <ToneBadge color={color}>{t(`cb.instruct.findingStatus.${finding.status}`)}</ToneBadge>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {finding.description}
      </Text>
      {finding.response?.correctiveAction && (
        <Hint>{t('cb.instruct.response', { action: finding.response.correctiveAction })}</Hint>
      )}
      {canClose && finding.status === 'corrected' && (
        <Button size="compact-sm" w="fit-content" loading={close.isPending} onClick={() => close.mutate()}>
          {t('cb.instruct.close', { number: finding.number })}
        </Button>
      )}
      <FormError error={close.error} message={(message) => t('cb.instruct.failed', { message })} />
    </Stack>
  );
}

/**
 * The submitted questionnaire as the analyst reads it: each shown question with the organisation's
 * answer and comment, and beside it the findings raised on it, raised and closed from there.
 */
export function QuestionnaireReview({
  dossierId,
  status,
  questionnaire,
  answers,
  findings,
  roles,
}: {
  dossierId: string;
  status: DossierStatus;
  questionnaire: Questionnaire;
  answers: Answers;
  findings: QuestionnaireFinding[];
  roles: readonly Role[];
}) {
  const { t } = useTranslation();
  const canRaise = mayTake(DOSSIER_LIFECYCLE, status, 'raise_questionnaire_finding', roles);
  const canClose = mayTake(DOSSIER_LIFECYCLE, status, 'close_questionnaire_finding', roles);
  const byQuestion = new Map<string, QuestionnaireFinding[]>();
  for (const f of findings) byQuestion.set(f.questionId, [...(byQuestion.get(f.questionId) ?? []), f]);
  return (
    <Stack gap="md">
      <Hint>{t('cb.instruct.hiddenNote')}</Hint>
      {findings.length > 0 && (
        <Alert color="orange" variant="light" p="xs">
          <Text size="sm" c={badgeText('orange')}>
            {t('cb.instruct.summary', { count: findings.length })} ·{' '}
            {findings.map((f) => `${f.number} (${t(`cb.instruct.findingStatus.${f.status}`)})`).join(', ')}
          </Text>
        </Alert>
      )}
      {questionnaire.sections.map((section) => {
        const shown = section.questions.filter((q) => isVisible(questionnaire, q, answers));
        if (!shown.length) return null;
        return (
          <Card
            key={section.id}
            withBorder
            padding="md"
            component="section"
            aria-labelledby={`rs-${section.id}`}
          >
            <Title order={3} size="h5" id={`rs-${section.id}`} mb="sm">
              {section.title}
            </Title>
            <Stack gap={0}>
              {shown.map((question) => {
                const own = byQuestion.get(question.id) ?? [];
                return (
                  <Grid
                    key={question.id}
                    gap="md"
                    py="sm"
                    className="review-row"
                    data-flagged={own.some((f) => f.status !== 'closed') || undefined}
                    id={`review-${question.id}`}
                  >
                    <Grid.Col span={{ base: 12, md: 7 }}>
                      <Text size="sm" c="dimmed">
                        {question.number ? `${question.number}. ` : ''}
                        {question.label}
                      </Text>
                      <AnswerText question={question} answers={answers} />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, md: 5 }}>
                      <Stack gap="xs">
                        {own.length > 0 && (
                          <Stack
                            gap="xs"
                            component="ul"
                            aria-label={t('cb.instruct.findings')}
                            style={{ listStyle: 'none', padding: 0, margin: 0 }}
                          >
                            {own.map((f) => (
                              <FindingLine key={f.id} dossierId={dossierId} finding={f} canClose={canClose} />
                            ))}
                          </Stack>
                        )}
                        {canRaise && <RaiseFinding dossierId={dossierId} question={question} />}
                      </Stack>
                    </Grid.Col>
                  </Grid>
                );
              })}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
