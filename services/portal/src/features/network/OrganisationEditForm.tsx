import { UpdateTrainingOrganisationRequestSchema } from '@certhub/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { zodFormErrors } from '../../lib/forms';
import { EditForm } from './EditError';
import {
  OrganisationSections,
  billingAddressOf,
  organisationBody,
  organisationMessages,
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
  return (
    <EditForm
      label={t('networkAdmin.editOrganisation')}
      initialValues={organisationFormValues(o)}
      validate={(values) =>
        zodFormErrors(
          UpdateTrainingOrganisationRequestSchema,
          body(values),
          t('training.common.required'),
          organisationMessages(t),
        )
      }
      save={(values) => {
        const { trainingOrganisationId, ...rest } = body(values);
        return unwrap(
          api.PATCH('/api/v1/training-organisations/{trainingOrganisationId}', {
            params: { path: { trainingOrganisationId } },
            body: rest,
          }),
        );
      }}
      onSaved={() => queryClient.invalidateQueries({ queryKey: ['training-organisations'] })}
      reloadKey={['training-organisations']}
      onDone={onDone}
      gap="lg"
    >
      {(form) => (
        <OrganisationSections
          form={form}
          sirenLocked={hasEstablishments}
          {...(hasEstablishments ? { sirenDescription: t('networkAdmin.sirenLocked') } : {})}
        />
      )}
    </EditForm>
  );
}
