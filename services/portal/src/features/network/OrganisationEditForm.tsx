import { UpdateTrainingOrganisationRequestSchema } from '@certhub/contracts';
import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { placeFieldErrors, zodFormErrors } from '../../lib/forms';
import { EditFooter } from './EditError';
import {
  OrganisationSections,
  billingAddressOf,
  organisationBody,
  organisationFormValues,
  type OrganisationFormValues,
  type TrainingOrganisation,
} from './OrganisationSections';

/**
 * A training organisation's edit form: name, address, contact and billing, and its SIREN while it
 * has no establishment yet. Saved on the version it was opened on: someone else's edit meanwhile is
 * said, with a reload.
 */
export function OrganisationEditForm({
  organisation: o,
  hasEstablishments,
  onDone,
}: {
  organisation: TrainingOrganisation;
  hasEstablishments: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const body = (v: OrganisationFormValues) => {
    const { siren, ...rest } = organisationBody(v);
    return {
      trainingOrganisationId: o.id,
      version: o.version,
      ...rest,
      ...(hasEstablishments ? {} : { siren }),
      billingAddress: billingAddressOf(v) ?? null,
    };
  };
  const form = useForm<OrganisationFormValues>({
    mode: 'controlled',
    initialValues: organisationFormValues(o),
    validate: (values) =>
      zodFormErrors(UpdateTrainingOrganisationRequestSchema, body(values), t('training.common.required'), {
        siren: t('training.common.sirenInvalid'),
        billingEmail: t('training.common.emailInvalid'),
        'contact.email': t('training.common.emailInvalid'),
        'address.postalCode': t('training.common.postalCodeInvalid'),
        'billingAddress.postalCode': t('training.common.postalCodeInvalid'),
      }),
  });
  const save = useMutation({
    mutationFn: (values: OrganisationFormValues) => {
      const { trainingOrganisationId, ...rest } = body(values);
      return unwrap(
        api.PATCH('/api/v1/training-organisations/{trainingOrganisationId}', {
          params: { path: { trainingOrganisationId } },
          body: rest,
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['training-organisations'] });
      onDone();
    },
    onError: (error) => placeFieldErrors(error, form),
  });
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['training-organisations'] });
    onDone();
  };
  return (
    <form
      noValidate
      aria-label={t('networkAdmin.editOrganisation')}
      onSubmit={form.onSubmit((v) => save.mutate(v))}
    >
      <Stack gap="lg">
        <OrganisationSections
          form={form}
          sirenLocked={hasEstablishments}
          {...(hasEstablishments ? { sirenDescription: t('networkAdmin.sirenLocked') } : {})}
        />
        <EditFooter
          error={save.error}
          reload={() => void reload()}
          onCancel={onDone}
          saving={save.isPending}
        />
      </Stack>
    </form>
  );
}
