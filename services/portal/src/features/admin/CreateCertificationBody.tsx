import { CreateCertificationBodyRequestSchema } from '@certhub/contracts/identity';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../app/feedback';
import { placeFieldErrors, zodFormErrors } from '../../lib/forms';
import '../../i18n/admin';
import { SectionCard } from '../../app/SectionCard';

const blank = {
  code: '',
  name: '',
  certificateNumberPrefix: '',
  address: { line1: '', postalCode: '', city: '', country: 'FR' },
};

/**
 * A new certification body (a tenant of the platform): code, name, certificate number prefix and
 * address, checked with the contract's own schema before sending; then its first administrator is
 * invited from the list.
 */
export function CreateCertificationBody({
  onCreated,
}: {
  onCreated: (cb: { id: string; name: string }) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: blank,
    validate: (values) =>
      zodFormErrors(CreateCertificationBodyRequestSchema, values, t('admin.cbs.required'), {
        code: t('admin.cbs.codeHint'),
        certificateNumberPrefix: t('admin.cbs.prefixHint'),
      }),
  });
  const create = useMutation({
    mutationFn: (body: typeof blank) => unwrap(api.POST('/api/v1/certification-bodies', { body })),
    onSuccess: async (cb) => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['certification-bodies'] });
      onCreated(cb);
    },
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <SectionCard id="cb-create" title={t('admin.cbs.create')}>
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
        <Stack gap="sm">
          <Group align="flex-start" wrap="wrap">
            <TextInput label={t('admin.cbs.name')} required w={260} {...form.getInputProps('name')} />
            <TextInput
              label={t('admin.cbs.code')}
              description={t('admin.cbs.codeHint')}
              required
              w={220}
              {...form.getInputProps('code')}
            />
            <TextInput
              label={t('admin.cbs.prefix')}
              description={t('admin.cbs.prefixHint')}
              required
              w={220}
              {...form.getInputProps('certificateNumberPrefix')}
            />
          </Group>
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label={t('admin.cbs.line1')}
              required
              w={260}
              {...form.getInputProps('address.line1')}
            />
            <TextInput
              label={t('admin.cbs.postalCode')}
              required
              w={140}
              {...form.getInputProps('address.postalCode')}
            />
            <TextInput label={t('admin.cbs.city')} required w={200} {...form.getInputProps('address.city')} />
            <TextInput
              label={t('admin.cbs.country')}
              required
              w={140}
              maxLength={2}
              {...form.getInputProps('address.country')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('admin.cbs.createSubmit')}
            </Button>
          </Group>
          {create.data && (
            <Alert color="green" role="status">
              {t('admin.cbs.added', { name: create.data.name })}
            </Alert>
          )}
          <FormError error={create.error} message={(message) => t('admin.users.failed', { message })} />
        </Stack>
      </form>
    </SectionCard>
  );
}
