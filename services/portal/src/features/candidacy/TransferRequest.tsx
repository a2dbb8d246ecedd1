import { RequestTransferRequestSchema, TRANSFER_REASONS, establishmentWorks } from '@certhub/contracts';
import { Button, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { DialogForm } from '../../app/DialogForm';
import { Warning } from '../../app/feedback';
import { placeFieldErrors, withoutBlanks, zodFormErrors } from '../../lib/forms';
import { useEstablishments } from './common';
import { useDialogMutation } from '../../app/dialog-mutation';
import { ChoiceField } from '../../app/form-fields';

/**
 * Ask the certifier to move a candidate's dossier to one of the caller's establishments
 * ("demande de rattachement"), with a reason.
 */
export function TransferRequestButton({
  candidateId,
  reference,
  label,
}: {
  candidateId: string;
  reference: string;
  label?: string;
}) {
  const { t } = useTranslation();
  const establishments = (useEstablishments().data?.items ?? []).filter(establishmentWorks);
  const form = useForm({
    mode: 'controlled',
    initialValues: { establishmentId: '', reason: '', details: '' },
    validate: (values) =>
      zodFormErrors(
        RequestTransferRequestSchema,
        { candidateId, ...withoutBlanks(values) },
        t('training.common.required'),
      ),
  });
  // One establishment: nothing to choose.
  const only = establishments.length === 1 ? establishments[0]?.id : undefined;
  useEffect(() => {
    if (only && !form.values.establishmentId) form.setFieldValue('establishmentId', only);
  }, [only]);
  const send = useDialogMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/candidates/{candidateId}/transfer-requests', {
          params: { path: { candidateId } },
          body: withoutBlanks(values) as {
            establishmentId: string;
            reason: (typeof TRANSFER_REASONS)[number];
            details?: string;
          },
        }),
      ),
    refresh: [['transfers']],
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <>
      <Button variant="light" size="xs" onClick={send.open}>
        {label ?? t('training.duplicate.askTransfer')}
      </Button>
      {send.isSuccess && (
        <Text role="status" size="sm" c="green.9">
          {t('training.transfer.sent')}
        </Text>
      )}
      <DialogForm
        {...send.dialog}
        title={t('training.transfer.title', { reference })}
        onSubmit={form.onSubmit((values) => send.mutate(values))}
        failed={(message) => t('training.common.failed', { message })}
        submit={{ label: t('training.transfer.send'), loading: send.isPending }}
      >
        <Text size="sm">{t('training.transfer.explain')}</Text>
        <Select
          label={t('training.transfer.establishment')}
          required
          allowDeselect={false}
          data={establishments.map((e) => ({ value: e.id, label: e.name }))}
          {...form.getInputProps('establishmentId')}
        />
        <ChoiceField
          label={t('training.transfer.reason')}
          required
          data-autofocus
          values={TRANSFER_REASONS}
          labelOf={(r) => t(`training.transfer.reasons.${r}`)}
          {...form.getInputProps('reason')}
        />
        {form.values.reason === 'other' && (
          <Textarea label={t('training.transfer.details')} required {...form.getInputProps('details')} />
        )}
      </DialogForm>
    </>
  );
}

/** The duplicate hint a registration's 409 carries: the existing dossier's reference. */
export function duplicateOf(error: unknown): { reference?: string } | null {
  if (!(error instanceof ApiError) || error.problem.status !== 409) return null;
  const hint = error.problem.errors as unknown as { hint?: string; reference?: string } | undefined;
  return hint && !Array.isArray(hint) && hint.hint === 'transfer_request'
    ? { ...(hint.reference ? { reference: hint.reference } : {}) }
    : null;
}

/** The person is already registered: say so, and offer the transfer of his dossier at once. */
export function DuplicateWarning({ reference }: { reference?: string }) {
  const { t } = useTranslation();
  const hit = useQuery({
    queryKey: ['candidate-search', { reference }],
    enabled: Boolean(reference),
    queryFn: () =>
      unwrap(api.GET('/api/v1/candidate-search', { params: { query: { reference: reference as string } } })),
  });
  const found = hit.data?.items[0];
  return (
    <Warning role="alert" title={t('training.duplicate.title')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('training.duplicate.text', {
            detail: reference ? t('training.duplicate.withReference', { reference }) : '',
          })}{' '}
          {t('training.duplicate.how')}
        </Text>
        {found && !found.mine && <TransferRequestButton candidateId={found.id} reference={found.reference} />}
      </Stack>
    </Warning>
  );
}
