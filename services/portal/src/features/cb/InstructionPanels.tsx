import type { DossierStatus } from '@certhub/contracts';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { FormError, badgeText } from '../../app/feedback';
import { formatDate } from '../../lib/format';
import { placeFieldErrors } from '../../lib/forms';
import { AnalystSelect } from './BulkAssign';
import { ConfirmAction } from './ConfirmAction';
import { useCbPeople } from './people';
import type { QuestionnaireFinding } from './QuestionnaireReview';
import { SectionCard } from '../../app/SectionCard';
import { Hint } from '../../app/Hint';

export type Dossier =
  paths['/api/v1/dossiers/{dossierId}']['get']['responses'][200]['content']['application/json'];

/** The lifecycle table's statuses for each step (the API has the last word and says why it refuses). */
const DECLARE_IN: readonly DossierStatus[] = ['submitted', 'corrected'];
const ADMISSIBILITY_SHOWN: readonly DossierStatus[] = [...DECLARE_IN, 'findings_on_questionnaire'];

/** cb_admin: one dossier to one analyst of the CB. */
export function AssignAnalyst({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const people = useCbPeople();
  const queryClient = useQueryClient();
  const [analystId, setAnalystId] = useState<string | null>(dossier.analystId ?? null);
  const assign = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.PUT('/api/v1/dossiers/{dossierId}/analyst', {
          params: { path: { dossierId: dossier.id } },
          body: { analystId: id },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossiers'] }),
  });
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <AnalystSelect label={t('cb.instruct.assign')} value={analystId} onChange={setAnalystId} />
        <Button
          variant="light"
          disabled={!analystId || analystId === dossier.analystId}
          loading={assign.isPending}
          onClick={() => analystId && assign.mutate(analystId)}
        >
          {t('cb.instruct.assignSave')}
        </Button>
      </Group>
      {assign.isSuccess && (
        <Text size="sm" c="green.9" role="status">
          {t('cb.instruct.assignDone', { name: people.name(assign.variables) })}
        </Text>
      )}
      <FormError error={assign.error} message={(message) => t('cb.instruct.failed', { message })} />
    </Stack>
  );
}

/** Admissible or refused, once every questionnaire finding is closed (the analyst's call). */
export function Admissibility({ dossier, findings }: { dossier: Dossier; findings: QuestionnaireFinding[] }) {
  const { t } = useTranslation();
  if (!ADMISSIBILITY_SHOWN.includes(dossier.status)) return null;
  const unclosed = findings.filter((f) => f.status !== 'closed').length;
  const canDecide = DECLARE_IN.includes(dossier.status);
  const path = { params: { path: { dossierId: dossier.id } } };
  return (
    <SectionCard id="admissibility-title" title={t('cb.instruct.admissibility')}>
      <Stack gap="sm">
        <Text size="sm">{t('cb.instruct.admissibilityIntro')}</Text>
        {unclosed > 0 && (
          <Alert color="orange" variant="light" p="xs">
            <Text size="sm" c={badgeText('orange')}>
              {t('cb.instruct.admissibilityBlocked', { count: unclosed })}
            </Text>
          </Alert>
        )}
        {!canDecide && <Hint>{t('cb.instruct.admissibilityNotNow')}</Hint>}
        <Group gap="sm">
          <ConfirmAction
            label={t('cb.instruct.declare')}
            title={t('cb.instruct.declareTitle', { reference: dossier.reference })}
            explain={t('cb.instruct.declareExplain')}
            withReason={false}
            disabled={!canDecide || unclosed > 0}
            refresh={[['dossiers']]}
            run={() => unwrap(api.POST('/api/v1/dossiers/{dossierId}/admissibility', { ...path, body: {} }))}
          />
          <ConfirmAction
            label={t('cb.instruct.refuse')}
            title={t('cb.instruct.refuseTitle', { reference: dossier.reference })}
            explain={t('cb.instruct.refuseExplain')}
            danger
            disabled={!canDecide}
            refresh={[['dossiers']]}
            run={(reason) =>
              unwrap(api.POST('/api/v1/dossiers/{dossierId}/refusal', { ...path, body: { reason } }))
            }
          />
        </Group>
      </Stack>
    </SectionCard>
  );
}

/** The signed contract: recorded once admissible (cb_admin or analyst), then shown. */
export function Contract({ dossier, mayRecord }: { dossier: Dossier; mayRecord: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reference: '', signedOn: '' },
    validate: {
      reference: (v) => (v.trim() ? null : t('open.required')),
      signedOn: (v) => (v ? null : t('open.required')),
    },
  });
  const record = useMutation({
    mutationFn: (values: { reference: string; signedOn: string }) =>
      unwrap(
        api.PUT('/api/v1/dossiers/{dossierId}/contract', {
          params: { path: { dossierId: dossier.id } },
          body: { reference: values.reference.trim(), signedOn: values.signedOn },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossiers'] }),
    onError: (error) => placeFieldErrors(error, form),
  });
  if (dossier.contract)
    return (
      <SectionCard id="contract-title" title={t('cb.instruct.contract')}>
        <Text size="sm">
          {t('cb.instruct.contractRecorded', {
            reference: dossier.contract.reference,
            date: formatDate(dossier.contract.signedOn, i18n.language),
          })}
        </Text>
      </SectionCard>
    );
  if (dossier.status !== 'admissible' || !mayRecord) return null;
  return (
    <SectionCard id="contract-title" title={t('cb.instruct.contract')}>
      <form onSubmit={form.onSubmit((values) => record.mutate(values))} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('cb.instruct.contractIntro')}</Text>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('cb.instruct.contractReference')}
              required
              w={240}
              {...form.getInputProps('reference')}
            />
            <TextInput
              type="date"
              label={t('cb.instruct.contractSigned')}
              required
              w={200}
              {...form.getInputProps('signedOn')}
            />
          </Group>
          <FormError error={record.error} message={(message) => t('cb.instruct.failed', { message })} />
          <Button type="submit" w="fit-content" loading={record.isPending}>
            {t('cb.instruct.contractSave')}
          </Button>
        </Stack>
      </form>
    </SectionCard>
  );
}
