import { CreateTrainingOrganisationRequestSchema, SirenSchema } from '@certhub/contracts';
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError } from '../../../app/feedback';
import { useTrainingRole } from '../../../features/candidacy/common';
import { useCompanyBySiren, useCompanyPrefill } from '../../../features/candidacy/fields';
import {
  EMPTY_ORGANISATION,
  OrganisationSections,
  billingAddressOf,
  organisationBody,
  organisationMessages,
  type OrganisationFormValues,
} from '../../../features/network/OrganisationSections';
import { placeFieldErrors, zodFormErrors } from '../../../lib/forms';
import { usePageTitle } from '../../../lib/title';

export const Route = createFileRoute('/training/organisations/new')({ component: NewOrganisation });

type Values = OrganisationFormValues;

function NewOrganisation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const networkId = useTrainingRole().networkId ?? '';
  const [then, setThen] = useState<'list' | 'establishment'>('list');
  usePageTitle(t('training.organisations.addTitle'));
  const body = (v: Values) => {
    const billingAddress = billingAddressOf(v);
    return { networkId, ...organisationBody(v), ...(billingAddress ? { billingAddress } : {}) };
  };
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: EMPTY_ORGANISATION,
    validate: (values) =>
      zodFormErrors(
        CreateTrainingOrganisationRequestSchema,
        body(values),
        t('training.common.required'),
        organisationMessages(t),
      ),
  });
  const siren = form.values.siren.replace(/\s/g, '');
  const company = useCompanyBySiren(siren, SirenSchema.safeParse(siren).success);
  useCompanyPrefill(form, company.data, (found) => found.name);
  const create = useMutation({
    mutationFn: (values: Values) => {
      const { networkId: _n, ...rest } = body(values);
      return unwrap(
        api.POST('/api/v1/networks/{networkId}/organisations', {
          params: { path: { networkId } },
          body: rest,
        }),
      );
    },
    onSuccess: async (organisation) => {
      await queryClient.invalidateQueries({ queryKey: ['training-organisations'] });
      await navigate(
        then === 'establishment'
          ? { to: '/training/establishments/new', search: { organisation: organisation.id } }
          : { to: '/training/organisations' },
      );
    },
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('training.organisations.addTitle')}</Title>
      <Alert color="blue">{t('training.organisations.withoutEstablishment')}</Alert>
      <form noValidate onSubmit={form.onSubmit((values) => create.mutate(values))}>
        <Stack gap="lg">
          <OrganisationSections
            form={form}
            sirenDescription={
              company.data ? t('training.common.prefilled', { name: company.data.name }) : undefined
            }
          />
          <FormError error={create.error} message={(message) => t('training.common.failed', { message })} />
          <Group justify="flex-end">
            <Button
              type="submit"
              variant="default"
              loading={create.isPending && then === 'list'}
              onClick={() => setThen('list')}
            >
              {t('training.organisations.create')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending && then === 'establishment'}
              onClick={() => setThen('establishment')}
            >
              {t('training.organisations.createAndEstablishment')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
