import { BEFORE_CONTRACT_STATUSES, type DossierStatus } from '@certhub/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { FormError } from '../app/feedback';
import { placeFieldErrors } from '../lib/forms';
import { usePrincipal } from '../app/session';

/** Until the contract the applicant may withdraw (the dossier service's lifecycle rule; it has the last word). */
const ABANDONABLE: readonly DossierStatus[] = BEFORE_CONTRACT_STATUSES;

/** Abandon before the contract: an organisation admin, after confirming, with a reason. */
export function AbandonDossier({
  dossier,
}: {
  dossier: { id: string; reference: string; status: DossierStatus };
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const principal = usePrincipal().data;
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('open.required')) },
  });
  const abandon = useMutation({
    mutationFn: ({ reason }: { reason: string }) =>
      unwrap(
        api.POST('/api/v1/dossiers/{dossierId}/abandon', {
          params: { path: { dossierId: dossier.id } },
          body: { reason: reason.trim() },
        }),
      ),
    onSuccess: async () => {
      close();
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
    },
    onError: (error) => placeFieldErrors(error, form),
  });
  if (!principal?.roles.includes('org_admin') || !ABANDONABLE.includes(dossier.status)) return null;
  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        {t('abandon.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('abandon.title', { reference: dossier.reference })}
        centered
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <form onSubmit={form.onSubmit((values) => abandon.mutate(values))} noValidate>
          <Stack gap="md">
            <Text>{t('abandon.explain')}</Text>
            <Textarea
              label={t('abandon.reason')}
              required
              rows={3}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <FormError error={abandon.error} message={(message) => t('abandon.failed', { message })} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('abandon.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={abandon.isPending}>
                {t('abandon.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
