import { Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../app/feedback';
import { placeFieldErrors } from '../../lib/forms';
import '../../i18n/complaints';
import '../../i18n/journey';

const DECISIONS = ['refusal', 'suspension', 'withdrawal', 'finding_classification'] as const;
type Decision = (typeof DECISIONS)[number];

/**
 * The organisation appeals a decision of its CB (docs/domain/complaints-and-appeals.md#appeal): the
 * dossier, the decision (a finding's classification names the finding), the grounds. The API checks
 * the scheme's appeal period and that the dossier holds such a decision (422 on the field).
 */
export function LodgeAppeal({ dossierId }: { dossierId?: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm({
    mode: 'controlled',
    initialValues: { dossierId: dossierId ?? '', decision: '' as Decision | '', findingId: '', grounds: '' },
    validate: {
      dossierId: (v) => (v ? null : t('complaints.act.required')),
      decision: (v) => (v ? null : t('complaints.act.required')),
      findingId: (v, values) =>
        values.decision !== 'finding_classification' || v ? null : t('complaints.act.required'),
      grounds: (v) => (v.trim() ? null : t('complaints.act.required')),
    },
  });
  const dossiers = useQuery({
    queryKey: ['dossiers', 'appealable'],
    queryFn: () => unwrap(api.GET('/api/v1/dossiers', { params: { query: { pageSize: 100 } } })),
  });
  const chosen = form.values.dossierId;
  const findings = useQuery({
    queryKey: ['findings', 'of', chosen],
    enabled: Boolean(chosen) && form.values.decision === 'finding_classification',
    queryFn: () =>
      unwrap(api.GET('/api/v1/findings', { params: { query: { dossierId: chosen, pageSize: 100 } } })),
  });
  const lodge = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/appeals', {
          body: {
            dossierId: values.dossierId,
            decision: values.decision as Decision,
            grounds: values.grounds.trim(),
            ...(values.decision === 'finding_classification' ? { findingId: values.findingId } : {}),
          },
        }),
      ),
    onSuccess: (appeal) => void navigate({ to: '/appeals/$appealId', params: { appealId: appeal.id } }),
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <Stack maw={640} gap="lg">
      <Title order={1}>{t('complaints.appeal.lodgeTitle')}</Title>
      <Text>{t('complaints.appeal.lodgeIntro')}</Text>
      <form noValidate onSubmit={form.onSubmit((values) => lodge.mutate(values))}>
        <Stack gap="md">
          <Select
            label={t('complaints.appeal.chooseDossier')}
            required
            searchable
            data={(dossiers.data?.items ?? []).map((d) => ({ value: d.id, label: d.reference }))}
            {...form.getInputProps('dossierId')}
          />
          <Select
            label={t('complaints.appeals.decision')}
            required
            data={DECISIONS.map((d) => ({ value: d, label: t(`complaints.appeals.decisions.${d}`) }))}
            {...form.getInputProps('decision')}
          />
          {form.values.decision === 'finding_classification' && (
            <Select
              label={t('complaints.appeal.chooseFinding')}
              required
              nothingFoundMessage={t('complaints.appeal.noFinding')}
              data={(findings.data?.items ?? []).map((f) => ({
                value: f.id,
                label: `${f.number} · ${f.requirementId} · ${t(`findings.severity.${f.severity}`)}`,
              }))}
              {...form.getInputProps('findingId')}
            />
          )}
          <Textarea
            label={t('complaints.appeal.grounds')}
            description={t('complaints.appeal.groundsHint')}
            required
            autosize
            minRows={5}
            {...form.getInputProps('grounds')}
          />
          <FormError error={lodge.error} message={(message) => t('complaints.appeal.failed', { message })} />
          <Group>
            <Button type="submit" loading={lodge.isPending}>
              {t('complaints.appeal.lodge')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
