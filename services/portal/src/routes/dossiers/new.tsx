import { RpcCatalog } from '@certhub/contracts';
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading, FormError } from '../../app/feedback';
import { certificationBodiesQuery, schemesQuery } from '../../app/queries';
import { withoutBlanks, zodFormErrors, placeFieldErrors } from '../../lib/forms';
import { usePageTitle } from '../../lib/title';

export const Route = createFileRoute('/dossiers/new')({ component: OpenDossier });

const CreateDossier = RpcCatalog['dossier.dossiers.create'].request;

function OpenDossier() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle(t('open.title'));
  const schemes = useQuery(schemesQuery);
  const bodies = useQuery(certificationBodiesQuery);
  const form = useForm({
    mode: 'controlled',
    initialValues: { schemeId: '', level: '', cbId: '' },
    validate: (values) => {
      const errors = zodFormErrors(CreateDossier, withoutBlanks(values), t('open.required'));
      // A scheme with levels needs one (the API says so too; saying it first spares a round trip).
      const levels = schemes.data?.items.find((s) => s.schemeId === values.schemeId)?.levels ?? [];
      if (levels.length && !values.level) errors['level'] = t('open.required');
      return errors;
    },
  });
  const open = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/dossiers', { body: withoutBlanks(values) as { schemeId: string; cbId: string } }),
      ),
    onSuccess: async (dossier) => {
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
      await navigate({ to: '/dossiers/$dossierId', params: { dossierId: dossier.id } });
    },
    // The API's field errors land beside the inputs they are about; the rest above the button.
    onError: (error) => placeFieldErrors(error, form),
  });

  if (schemes.isPending || bodies.isPending) return <Loading lines={4} />;
  if (schemes.isError) return <LoadError error={schemes.error} retry={() => void schemes.refetch()} />;
  if (bodies.isError) return <LoadError error={bodies.error} retry={() => void bodies.refetch()} />;
  const scheme = schemes.data.items.find((s) => s.schemeId === form.values.schemeId);

  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>{t('open.title')}</Title>
      <Text>{t('open.intro')}</Text>
      <form
        onSubmit={form.onSubmit(
          (values) => open.mutate(values),
          // Straight to the first field to fix, for keyboard and screen-reader users alike.
          (errors) => form.getInputNode(Object.keys(errors)[0] ?? '')?.focus(),
        )}
        noValidate
      >
        <Stack gap="md">
          <Select
            label={t('open.scheme')}
            required
            data={schemes.data.items.map((s) => ({ value: s.schemeId, label: s.title }))}
            {...form.getInputProps('schemeId')}
            onChange={(value) => {
              form.setFieldValue('schemeId', value ?? '');
              form.setFieldValue('level', '');
            }}
          />
          {scheme && scheme.levels.length > 0 && (
            <Select
              label={t('open.level')}
              required
              data={scheme.levels.map((l) => ({ value: l.id, label: l.label }))}
              {...form.getInputProps('level')}
              onChange={(value) => form.setFieldValue('level', value ?? '')}
            />
          )}
          <Select
            label={t('open.cb')}
            required
            data={bodies.data.items.map((b) => ({ value: b.id, label: b.name }))}
            {...form.getInputProps('cbId')}
            onChange={(value) => form.setFieldValue('cbId', value ?? '')}
          />
          <FormError error={open.error} message={(message) => t('open.failed', { message })} />
          <Group>
            <Button type="submit" loading={open.isPending}>
              {t('open.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
