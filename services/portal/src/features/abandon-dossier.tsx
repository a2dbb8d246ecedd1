import { DOSSIER_LIFECYCLE, mayTake, type DossierStatus } from '@certhub/contracts';
import { Button, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { DialogForm } from '../app/DialogForm';
import { placeFieldErrors } from '../lib/forms';
import { usePrincipal } from '../app/session';
import { useDialogMutation } from '../app/dialog-mutation';

/** Abandon before the contract: an organisation admin, after confirming, with a reason. */
export function AbandonDossier({
  dossier,
}: {
  dossier: { id: string; reference: string; status: DossierStatus };
}) {
  const { t } = useTranslation();
  const principal = usePrincipal().data;
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('open.required')) },
  });
  const abandon = useDialogMutation({
    mutationFn: ({ reason }: { reason: string }) =>
      unwrap(
        api.POST('/api/v1/dossiers/{dossierId}/abandon', {
          params: { path: { dossierId: dossier.id } },
          body: { reason: reason.trim() },
        }),
      ),
    refresh: [['dossiers']],
    onError: (error) => placeFieldErrors(error, form),
  });
  // Until the contract, for the organisation's administrator: the lifecycle table's abandon row.
  if (!mayTake(DOSSIER_LIFECYCLE, dossier.status, 'abandon', principal?.roles ?? [])) return null;
  return (
    <>
      <Button variant="outline" color="red.9" onClick={abandon.open}>
        {t('abandon.action')}
      </Button>
      <DialogForm
        {...abandon.dialog}
        title={t('abandon.title', { reference: dossier.reference })}
        onSubmit={form.onSubmit((values) => abandon.mutate(values))}
        failed={(message) => t('abandon.failed', { message })}
        cancel={t('abandon.cancel')}
        submit={{ label: t('abandon.confirm'), loading: abandon.isPending, color: 'red.9' }}
      >
        <Text>{t('abandon.explain')}</Text>
        <Textarea
          label={t('abandon.reason')}
          required
          rows={3}
          data-autofocus
          {...form.getInputProps('reason')}
        />
      </DialogForm>
    </>
  );
}
