import type { Candidate } from '@certhub/contracts';
import { Badge, Checkbox, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { hasLength, isNotEmpty, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading, badgeText } from '../../app/feedback';
import { formatDate, formatNumber } from '../../lib/format';
import { CandidateUpload } from './CandidateUpload';
import { FormCard, isoDay, listError, useFormAction, useTrainingRole } from './common';
import { TRAINING_SIDE, hasRole, useFramework, useRefreshCandidate, useTrainings } from './records';
import { DataTable } from '../../app/DataTable';
import { Hint } from '../../app/Hint';
import { filledIn } from '../../api/request-fields';
import { DateField } from '../../app/form-fields';

/** A training is recorded after an evaluation not validated, or for a jury's complement. */
const RECORDABLE = ['awaiting_final_evaluation', 'complement_requested'];

function RecordTraining({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const framework = useFramework();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      title: '',
      startsOn: isoDay(),
      endsOn: isoDay(),
      durationHours: 7 as number | string,
      domainIds: [] as string[],
      trainerName: '',
      attendance: [] as string[],
      proofDocumentIds: [] as string[],
    },
    validate: {
      title: hasLength({ min: 2 }, t('training.common.required')),
      endsOn: (endsOn, { startsOn }) =>
        !startsOn || !endsOn || endsOn < startsOn ? t('training.trainings.datesInvalid') : null,
      durationHours: (hours) => (Number(hours) > 0 ? null : t('training.common.required')),
      domainIds: isNotEmpty(t('training.trainings.domainsRequired')),
    },
  });
  const record = useFormAction(form, {
    send: ({ attendance, ...values }) =>
      unwrap(
        api.POST('/api/v1/candidates/{candidateId}/trainings', {
          params: { path: { candidateId: candidate.id } },
          body: {
            title: values.title.trim(),
            startsOn: values.startsOn,
            endsOn: values.endsOn,
            durationHours: Number(values.durationHours),
            domainIds: values.domainIds,
            ...filledIn({
              trainerName: values.trainerName.trim(),
              attendanceCertificateDocumentId: attendance[0],
            }),
            proofDocumentIds: values.proofDocumentIds,
          },
        }),
      ),
    refresh: useRefreshCandidate(candidate.id),
    apiFields: { attendanceCertificateDocumentId: 'attendance' },
  });
  const upload = (field: 'attendance' | 'proofDocumentIds') => ({
    value: form.values[field],
    onChange: (ids: string[]) => form.setFieldValue(field, ids),
    error: listError(form.errors, field),
  });
  return (
    <FormCard
      id="record-training-title"
      title={t('training.trainings.record')}
      level={3}
      action={record}
      submit={t('training.trainings.submit')}
      done={t('training.trainings.recorded')}
    >
      <TextInput label={t('training.trainings.name')} required {...form.getInputProps('title')} />
      <Group grow align="flex-start">
        <DateField label={t('training.trainings.startsOn')} required {...form.getInputProps('startsOn')} />
        <DateField label={t('training.trainings.endsOn')} required {...form.getInputProps('endsOn')} />
        <NumberInput
          label={t('training.trainings.hours')}
          required
          min={0.5}
          max={2000}
          step={0.5}
          {...form.getInputProps('durationHours')}
        />
      </Group>
      <Checkbox.Group label={t('training.trainings.domains')} required {...form.getInputProps('domainIds')}>
        <Stack gap={6} mt="xs">
          {(framework.data?.domains ?? []).map((d) => (
            <Checkbox key={d.id} value={d.id} label={`${d.id}. ${d.title}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <TextInput label={t('training.trainings.trainer')} {...form.getInputProps('trainerName')} />
      <CandidateUpload
        candidate={candidate}
        label={t('training.trainings.attendance')}
        {...upload('attendance')}
        single
      />
      {!form.values.attendance.length && (
        <Text size="sm" c="orange.9">
          {t('training.trainings.attendanceHint')}
        </Text>
      )}
      <CandidateUpload
        candidate={candidate}
        label={t('training.trainings.proofs')}
        {...upload('proofDocumentIds')}
      />
    </FormCard>
  );
}

/**
 * The candidate's trainings, and the form to record one when the candidacy calls for it and the
 * establishment may record (`locked` otherwise).
 */
export function TrainingsTab({ candidate, locked = false }: { candidate: Candidate; locked?: boolean }) {
  const { t, i18n } = useTranslation();
  const roles = useTrainingRole().principal?.roles;
  const trainings = useTrainings(candidate.id);
  if (trainings.isPending) return <Loading lines={4} />;
  if (trainings.isError) return <LoadError error={trainings.error} retry={() => void trainings.refetch()} />;
  const items = trainings.data.items;
  const writer =
    hasRole(roles, TRAINING_SIDE) && candidate.active && !locked && RECORDABLE.includes(candidate.status);
  return (
    <Stack>
      {items.length ? (
        <DataTable
          items={items}
          rowKey="id"
          minWidth={640}
          caption={t('training.trainings.caption')}
          columns={[
            {
              header: t('training.trainings.name'),
              cell: (tr) => (
                <>
                  {tr.title}
                  {tr.trainerName && <Hint>{tr.trainerName}</Hint>}
                </>
              ),
            },
            {
              header: t('training.trainings.period'),
              cell: (tr) =>
                t('training.trainings.fromTo', {
                  from: formatDate(tr.startsOn, i18n.language),
                  to: formatDate(tr.endsOn, i18n.language),
                }),
            },
            {
              header: t('training.trainings.hours'),
              cell: (tr) => `${formatNumber(tr.durationHours, i18n.language)} h`,
            },
            { header: t('training.trainings.domains'), cell: (tr) => tr.domainIds.join(', ') },
            {
              header: t('training.trainings.attendance'),
              cell: (tr) => {
                const color = tr.attendanceCertificateDocumentId ? 'green' : 'orange';
                return (
                  <Badge variant="light" tt="none" color={color} c={badgeText(color)}>
                    {tr.attendanceCertificateDocumentId
                      ? t('training.trainings.attended')
                      : t('training.trainings.noAttendance')}
                  </Badge>
                );
              },
            },
          ]}
        />
      ) : (
        <Text>{t('training.trainings.none')}</Text>
      )}
      {writer && <RecordTraining candidate={candidate} />}
    </Stack>
  );
}
