import type { Candidate } from '@certhub/contracts';
import { Badge, Checkbox, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading, badgeText } from '../../app/feedback';
import { formatDate, formatNumber } from '../../lib/format';
import { CandidateUpload } from './CandidateUpload';
import { FormCard, isoDay, useTrainingRole } from './common';
import { TRAINING_SIDE, hasRole, useFramework, useRefreshCandidate, useTrainings } from './records';
import { DataTable } from '../../app/DataTable';
import { Hint } from '../../app/Hint';
import { filledIn } from '../../api/request-fields';

/** A training is recorded after an evaluation not validated, or for a jury's complement. */
const RECORDABLE = ['awaiting_final_evaluation', 'complement_requested'];

const EMPTY = {
  title: '',
  startsOn: isoDay(),
  endsOn: isoDay(),
  durationHours: 7 as number | string,
  trainerName: '',
};

function RecordTraining({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const framework = useFramework();
  const refresh = useRefreshCandidate(candidate.id);
  const [values, setValues] = useState(EMPTY);
  const [domains, setDomains] = useState<string[]>([]);
  const [attendance, setAttendance] = useState<string[]>([]);
  const [proofs, setProofs] = useState<string[]>([]);
  const [invalid, setInvalid] = useState(false);
  const record = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/candidates/{candidateId}/trainings', {
          params: { path: { candidateId: candidate.id } },
          body: {
            title: values.title.trim(),
            startsOn: values.startsOn,
            endsOn: values.endsOn,
            durationHours: Number(values.durationHours),
            domainIds: domains,
            ...filledIn({
              trainerName: values.trainerName.trim(),
              attendanceCertificateDocumentId: attendance[0],
            }),
            proofDocumentIds: proofs,
          },
        }),
      ),
    onSuccess: async () => {
      setValues(EMPTY);
      setDomains([]);
      setAttendance([]);
      setProofs([]);
      setInvalid(false);
      await refresh();
    },
  });
  const errors = {
    title: values.title.trim().length < 2,
    dates: !values.startsOn || !values.endsOn || values.endsOn < values.startsOn,
    hours: !(Number(values.durationHours) > 0),
    domains: !domains.length,
  };
  return (
    <FormCard
      id="record-training-title"
      title={t('training.trainings.record')}
      level={3}
      valid={!Object.values(errors).some(Boolean)}
      onInvalid={() => setInvalid(true)}
      action={record}
      submit={t('training.trainings.submit')}
      done={t('training.trainings.recorded')}
    >
      <TextInput
        label={t('training.trainings.name')}
        required
        value={values.title}
        error={invalid && errors.title ? t('training.common.required') : undefined}
        onChange={(e) => setValues({ ...values, title: e.currentTarget.value })}
      />
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('training.trainings.startsOn')}
          required
          value={values.startsOn}
          onChange={(e) => setValues({ ...values, startsOn: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('training.trainings.endsOn')}
          required
          value={values.endsOn}
          error={invalid && errors.dates ? t('training.trainings.datesInvalid') : undefined}
          onChange={(e) => setValues({ ...values, endsOn: e.currentTarget.value })}
        />
        <NumberInput
          label={t('training.trainings.hours')}
          required
          min={0.5}
          max={2000}
          step={0.5}
          value={values.durationHours}
          error={invalid && errors.hours ? t('training.common.required') : undefined}
          onChange={(v) => setValues({ ...values, durationHours: v })}
        />
      </Group>
      <Checkbox.Group
        label={t('training.trainings.domains')}
        required
        value={domains}
        onChange={setDomains}
        error={invalid && errors.domains ? t('training.trainings.domainsRequired') : undefined}
      >
        <Stack gap={6} mt="xs">
          {(framework.data?.domains ?? []).map((d) => (
            <Checkbox key={d.id} value={d.id} label={`${d.id}. ${d.title}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <TextInput
        label={t('training.trainings.trainer')}
        value={values.trainerName}
        onChange={(e) => setValues({ ...values, trainerName: e.currentTarget.value })}
      />
      <CandidateUpload
        candidate={candidate}
        label={t('training.trainings.attendance')}
        value={attendance}
        onChange={setAttendance}
        single
      />
      {!attendance.length && (
        <Text size="sm" c="orange.9">
          {t('training.trainings.attendanceHint')}
        </Text>
      )}
      <CandidateUpload
        candidate={candidate}
        label={t('training.trainings.proofs')}
        value={proofs}
        onChange={setProofs}
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
