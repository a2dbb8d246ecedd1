import { UpdateEstablishmentRequestSchema } from '@certhub/contracts';
import { TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { zodFormErrors } from '../../lib/forms';
import { FormSection } from '../candidacy/fields';
import { EstablishmentSections } from './EstablishmentSections';
import { EditForm } from './EditError';
import {
  establishmentEditBody,
  establishmentErrors,
  establishmentFormValues,
  type Establishment,
} from './establishment-edit';

/**
 * The establishment's edit form: its name and SIRET (checked as on creation, and tied to its
 * organisation's SIREN), official and public contacts, address, region and website. Saved on the
 * version it was opened on: someone else's edit meanwhile is said, with a reload.
 */
export function EstablishmentEditForm({
  establishment: e,
  onDone,
}: {
  establishment: Establishment;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisation = useQuery({
    queryKey: ['training-organisations', e.trainingOrganisationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training-organisations/{trainingOrganisationId}', {
          params: { path: { trainingOrganisationId: e.trainingOrganisationId } },
        }),
      ),
  });
  const siren = organisation.data?.siren;
  return (
    <EditForm
      label={t('networkAdmin.editEstablishment')}
      initialValues={establishmentFormValues(e)}
      validate={(values) => {
        const body = establishmentEditBody(e, values);
        return establishmentErrors(
          (messages) =>
            zodFormErrors(UpdateEstablishmentRequestSchema, body, t('training.common.required'), messages),
          body.siret,
          siren,
          t,
        );
      }}
      save={(values) => {
        const { establishmentId, ...body } = establishmentEditBody(e, values);
        return unwrap(
          api.PATCH('/api/v1/establishments/{establishmentId}', {
            params: { path: { establishmentId } },
            body: body as never,
          }),
        );
      }}
      onSaved={async (updated) => {
        queryClient.setQueryData(['establishments', e.id], updated);
        await queryClient.invalidateQueries({ queryKey: ['establishment-history', e.id] });
      }}
      reloadKey={['establishments', e.id]}
      onDone={onDone}
      gap="lg"
    >
      {(form) => (
        <>
          <FormSection title={t('training.organisations.general')}>
            <TextInput
              label={t('training.establishments.siret')}
              required
              inputMode="numeric"
              w={300}
              description={siren ? t('networkAdmin.siretLocked', { siren }) : undefined}
              {...form.getInputProps('siret')}
            />
            <TextInput label={t('training.establishments.name')} required {...form.getInputProps('name')} />
          </FormSection>
          <EstablishmentSections form={form} />
        </>
      )}
    </EditForm>
  );
}
