import { CANDIDACY_TABLE, mayTake, type Candidate, type Evaluation } from '@certhub/contracts';
import { Badge, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { hasLength, isNotEmpty, useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DialogForm } from '../../app/DialogForm';
import { FormError, LoadError, Loading, badgeText, Warning } from '../../app/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { downloadFile } from '../upload/transfer';
import { DateField } from '../../app/form-fields';
import { CandidateUpload } from './CandidateUpload';
import { FormCard, isoDay, useCandidateChange, useFormAction, useTrainingRole } from './common';
import { ReasonAction } from './ReasonAction';
import { EvaluationGrid, scoreList, scoresOf, tally, type Scores } from './EvaluationGrid';
import {
  TRAINING_SIDE,
  awaitsEvaluation,
  hasRole,
  trainedSinceLastEvaluation,
  useEvaluations,
  useFramework,
  useRefreshCandidate,
  useTrainings,
} from './records';

const failed = (t: TFunction) => (message: string) => t('training.common.failed', { message });

function OpenEvaluation({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { evaluatorName: '', evaluatorEmail: '', evaluatedOn: isoDay() },
    validate: {
      evaluatorName: hasLength({ min: 2 }, t('training.common.required')),
      evaluatorEmail: (email) =>
        /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? null : t('training.common.emailInvalid'),
      evaluatedOn: isNotEmpty(t('training.common.required')),
    },
  });
  const open = useFormAction(form, {
    send: (values) =>
      unwrap(
        api.POST('/api/v1/candidates/{candidateId}/evaluations', {
          params: { path: { candidateId: candidate.id } },
          body: {
            ...values,
            evaluatorName: values.evaluatorName.trim(),
            evaluatorEmail: values.evaluatorEmail.trim(),
          },
        }),
      ),
    refresh: useRefreshCandidate(candidate.id),
  });
  const kind = candidate.status === 'awaiting_preliminary_evaluation' ? 'preliminary' : 'final';
  return (
    <FormCard
      id="open-evaluation-title"
      title={t(`training.evaluation.open.${kind}`)}
      level={3}
      action={open}
      submit={t('training.evaluation.open.submit')}
    >
      <Group grow align="flex-start">
        <TextInput
          label={t('training.evaluation.evaluatorName')}
          required
          {...form.getInputProps('evaluatorName')}
        />
        <TextInput
          label={t('training.evaluation.evaluatorEmail')}
          type="email"
          required
          {...form.getInputProps('evaluatorEmail')}
        />
        <DateField
          label={t('training.evaluation.evaluatedOn')}
          required
          {...form.getInputProps('evaluatedOn')}
        />
      </Group>
    </FormCard>
  );
}

/** The draft: scores, matrix and proofs saved whole; finalised once all 28 are scored and the matrix is there. */
function DraftEditor({ candidate, evaluation }: { candidate: Candidate; evaluation: Evaluation }) {
  const { t } = useTranslation();
  const framework = useFramework(evaluation.frameworkVersion);
  const refresh = useRefreshCandidate(candidate.id);
  const change = useCandidateChange(candidate.id);
  const [scores, setScores] = useState<Scores>(() => scoresOf(evaluation.scores));
  const [matrix, setMatrix] = useState<string[]>(
    evaluation.matrixDocumentId ? [evaluation.matrixDocumentId] : [],
  );
  const [proofs, setProofs] = useState<string[]>(evaluation.proofDocumentIds);
  const [confirming, { open: confirm, close: cancel }] = useDisclosure(false);
  const body = (version: number) => ({
    evaluatorName: evaluation.evaluatorName,
    evaluatorEmail: evaluation.evaluatorEmail,
    evaluatedOn: evaluation.evaluatedOn,
    scores: scoreList(scores),
    ...(matrix[0] ? { matrixDocumentId: matrix[0] } : {}),
    proofDocumentIds: proofs,
    version,
  });
  const path = { candidateId: candidate.id, evaluationId: evaluation.id };
  const save = useMutation({
    mutationFn: () =>
      change(
        api.PUT('/api/v1/candidates/{candidateId}/evaluations/{evaluationId}', {
          params: { path },
          body: body(candidate.version),
        }),
      ),
  });
  // Saved first, so what is finalised is what the screen shows.
  const finalise = useMutation({
    mutationFn: async () => {
      const saved = await unwrap(
        api.PUT('/api/v1/candidates/{candidateId}/evaluations/{evaluationId}', {
          params: { path },
          body: body(candidate.version),
        }),
      );
      return unwrap(
        api.POST('/api/v1/candidates/{candidateId}/evaluations/{evaluationId}/finalisation', {
          params: { path },
          body: { version: saved.candidateVersion },
        }),
      );
    },
    onSuccess: async () => {
      cancel();
      await refresh();
    },
  });
  // The matrix to print and sign, with the scores saved so far (the service fills it).
  const matrixSheet = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/candidates/${encodeURIComponent(candidate.id)}/evaluations/${encodeURIComponent(evaluation.id)}/matrix.xlsx`,
        'matrice-evaluation.xlsx',
      ),
  });
  if (framework.isPending) return <Loading lines={6} />;
  if (framework.isError) return <LoadError error={framework.error} retry={() => void framework.refetch()} />;
  const count = tally(framework.data, scores);
  const missing = [
    ...(count.unscored.length
      ? [
          t('training.evaluation.missingScores', {
            count: count.unscored.length,
            list: count.unscored.join(', '),
          }),
        ]
      : []),
    ...(matrix.length ? [] : [t('training.evaluation.missingMatrix')]),
  ];
  const validated = count.acquired === count.total;
  return (
    <Stack>
      <Text aria-live="polite" fw={500}>
        {t('training.evaluation.tally', { acquired: count.acquired, total: count.total })}
      </Text>
      <EvaluationGrid framework={framework.data} scores={scores} onChange={setScores} />
      <Group>
        <Button
          variant="default"
          size="xs"
          loading={matrixSheet.isPending}
          onClick={() => matrixSheet.mutate()}
        >
          {t('training.evaluation.matrixTemplate')}
        </Button>
      </Group>
      <CandidateUpload
        candidate={candidate}
        label={t('training.evaluation.matrix')}
        value={matrix}
        onChange={setMatrix}
        single
      />
      <CandidateUpload
        candidate={candidate}
        label={t('training.evaluation.proofs')}
        value={proofs}
        onChange={setProofs}
      />
      {missing.length > 0 && (
        <Warning title={t('training.evaluation.beforeFinalising')}>
          <List size="sm">
            {missing.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Warning>
      )}
      <FormError error={save.error ?? finalise.error ?? matrixSheet.error} message={failed(t)} />
      {save.isSuccess && !save.isPending && <Text role="status">{t('training.evaluation.saved')}</Text>}
      <Group justify="flex-end">
        <Button variant="default" loading={save.isPending} onClick={() => save.mutate()}>
          {t('training.evaluation.saveDraft')}
        </Button>
        <Button disabled={missing.length > 0} onClick={confirm}>
          {t('training.evaluation.finalise')}
        </Button>
      </Group>
      <DialogForm
        opened={confirming}
        onClose={cancel}
        title={t('training.evaluation.finaliseTitle')}
        onSubmit={() => finalise.mutate()}
        error={finalise.error}
        failed={failed(t)}
        cancel={t('training.common.cancel')}
        submit={{
          label: t('training.evaluation.confirmFinalise'),
          loading: finalise.isPending,
          autoFocus: true,
        }}
      >
        <Text size="sm">
          {validated
            ? t('training.evaluation.finaliseValidated')
            : t('training.evaluation.finaliseNotValidated', {
                acquired: count.acquired,
                total: count.total,
              })}
        </Text>
      </DialogForm>
    </Stack>
  );
}

function Reopen({ candidate, evaluation }: { candidate: Candidate; evaluation: Evaluation }) {
  const { t } = useTranslation();
  const change = useCandidateChange(candidate.id);
  return (
    <ReasonAction
      label={t('training.evaluation.reopen')}
      title={t('training.evaluation.reopenTitle')}
      reasonLabel={t('training.evaluation.reopenReason')}
      confirm={t('training.evaluation.confirmReopen')}
      buttonProps={{ size: 'xs' }}
      onConfirm={(reason) =>
        change(
          api.POST('/api/v1/candidates/{candidateId}/evaluations/{evaluationId}/reopening', {
            params: { path: { candidateId: candidate.id, evaluationId: evaluation.id } },
            body: { reason },
          }),
        )
      }
    />
  );
}

function EvaluationCard({ evaluation, children }: { evaluation: Evaluation; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const state = evaluation.status === 'draft' ? 'draft' : evaluation.validated ? 'validated' : 'notValidated';
  const color = { draft: 'orange', validated: 'green', notValidated: 'gray' }[state];
  return (
    <Card withBorder component="article" aria-labelledby={`evaluation-${evaluation.id}`}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={3} size="h5" id={`evaluation-${evaluation.id}`}>
            {t(`training.evaluation.kinds.${evaluation.kind}`)} —{' '}
            {formatDate(evaluation.evaluatedOn, i18n.language)}
          </Title>
          <Text size="sm" c="dimmed">
            {t('training.evaluation.by', {
              name: evaluation.evaluatorName,
              email: evaluation.evaluatorEmail,
            })}
          </Text>
          <Text size="sm">
            {t('training.evaluation.tally', { acquired: evaluation.acquired, total: evaluation.subDomains })}
            {evaluation.finalisedAt &&
              ` · ${t('training.evaluation.finalisedOn', { date: formatDateTime(evaluation.finalisedAt, i18n.language) })}`}
          </Text>
          {evaluation.reopenings.map((r) => (
            <Text size="sm" c="dimmed" key={r.at}>
              {t('training.evaluation.reopened', {
                date: formatDateTime(r.at, i18n.language),
                reason: r.reason,
              })}
            </Text>
          ))}
        </Stack>
        <Badge color={color} variant="light" c={badgeText(color)} tt="none">
          {t(`training.evaluation.states.${state}`)}
        </Badge>
      </Group>
      {children}
    </Card>
  );
}

/**
 * The candidate's evaluations tab: the records, the next one to open, the draft being scored.
 * `locked`: the establishment may not record now (inactive, or no habilitation in force).
 */
export function EvaluationsTab({ candidate, locked = false }: { candidate: Candidate; locked?: boolean }) {
  const { t } = useTranslation();
  const roles = useTrainingRole().principal?.roles;
  const evaluations = useEvaluations(candidate.id);
  const trainings = useTrainings(candidate.id);
  const [shown, setShown] = useState<string | null>(null);
  if (evaluations.isPending || trainings.isPending) return <Loading lines={4} />;
  if (evaluations.isError)
    return <LoadError error={evaluations.error} retry={() => void evaluations.refetch()} />;
  const items = evaluations.data.items;
  const writer = hasRole(roles, TRAINING_SIDE) && candidate.active && !locked;
  const draft = items.find((e) => e.status === 'draft');
  const latestFinalised = items.filter((e) => e.status === 'finalised').at(-1);
  const trained = trainedSinceLastEvaluation(items, trainings.data?.items ?? []);
  const needsTraining = candidate.status === 'awaiting_final_evaluation' && !trained;
  const reopenable =
    mayTake(CANDIDACY_TABLE, candidate.status, 'reopen_evaluation', roles ?? []) && !draft && latestFinalised;
  return (
    <Stack>
      {!items.length && <Text>{t('training.evaluation.none')}</Text>}
      {items.map((e) => (
        <EvaluationCard key={e.id} evaluation={e}>
          {e.status === 'finalised' && (
            <Group mt="sm" gap="sm">
              <Button
                variant="subtle"
                size="xs"
                aria-expanded={shown === e.id}
                onClick={() => setShown(shown === e.id ? null : e.id)}
              >
                {shown === e.id ? t('training.evaluation.hideGrid') : t('training.evaluation.showGrid')}
              </Button>
              {reopenable && e.id === latestFinalised?.id && <Reopen candidate={candidate} evaluation={e} />}
            </Group>
          )}
          {shown === e.id && <ReadOnlyGrid evaluation={e} />}
        </EvaluationCard>
      ))}
      {writer && draft && <DraftEditor key={draft.id} candidate={candidate} evaluation={draft} />}
      {writer &&
        !draft &&
        awaitsEvaluation(candidate) &&
        (needsTraining ? (
          <Warning title={t('training.evaluation.trainingFirstTitle')}>
            {t('training.evaluation.trainingFirst')}
          </Warning>
        ) : (
          <OpenEvaluation candidate={candidate} />
        ))}
    </Stack>
  );
}

const NO_CHANGE = () => undefined;

function ReadOnlyGrid({ evaluation }: { evaluation: Evaluation }) {
  const framework = useFramework(evaluation.frameworkVersion);
  if (!framework.data) return <Loading lines={3} />;
  return (
    <Stack mt="md">
      <EvaluationGrid
        framework={framework.data}
        scores={scoresOf(evaluation.scores)}
        onChange={NO_CHANGE}
        readOnly
      />
    </Stack>
  );
}
