import { CreateEstablishmentRequestSchema, SiretSchema } from '@certhub/contracts';
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError } from '../../../app/feedback';
import { useTrainingRole } from '../../../features/candidacy/common';
import { EstablishmentSections } from '../../../features/network/EstablishmentSections';
import {
  EMPTY_ADDRESS,
  EMPTY_CONTACT,
  FormSection,
  useCompany,
  useCompanyPrefill,
} from '../../../features/candidacy/fields';
import { establishmentErrors, establishmentFields } from '../../../features/network/establishment-edit';
import { placeFieldErrors, zodFormErrors } from '../../../lib/forms';
import { idParam } from '../../../lib/search';
import { usePageTitle } from '../../../lib/title';
import type { z } from 'zod';

export const Route = createFileRoute('/training/establishments/new')({
  validateSearch: (s: Record<string, unknown>): { organisation?: string } => ({
    organisation: idParam(s['organisation']),
  }),
  component: NewEstablishment,
});

const EMPTY = {
  trainingOrganisationId: '',
  name: '',
  siret: '',
  officialContact: EMPTY_CONTACT,
  publicContact: { ...EMPTY_CONTACT, phone: '' },
  address: EMPTY_ADDRESS,
  region: '',
  website: '',
};

function NewEstablishment() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { organisation } = Route.useSearch();
  const role = useTrainingRole();
  const [another, setAnother] = useState(false);
  const [created, setCreated] = useState<string>();
  usePageTitle(t('training.establishments.addTitle'));
  const organisations = useQuery({
    queryKey: ['training-organisations', role.networkId, 'all'],
    enabled: Boolean(role.networkId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/networks/{networkId}/organisations', {
          params: { path: { networkId: role.networkId as string }, query: { pageSize: 100, sort: 'name' } },
        }),
      ),
  });
  const start = { ...EMPTY, trainingOrganisationId: organisation ?? role.trainingOrganisationId ?? '' };
  const body = (v: typeof EMPTY) => ({
    trainingOrganisationId: v.trainingOrganisationId,
    ...establishmentFields(v),
    ...(v.website.trim() ? { website: v.website.trim() } : {}),
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: start,
    validate: (values) => {
      const sent = body(values);
      return establishmentErrors(
        (messages) =>
          zodFormErrors(CreateEstablishmentRequestSchema, sent, t('training.common.required'), messages),
        sent.siret,
        organisations.data?.items.find((o) => o.id === values.trainingOrganisationId)?.siren,
        t,
      );
    },
  });
  const siret = form.values.siret.replace(/\s/g, '');
  const company = useCompany(siret, SiretSchema.safeParse(siret).success);
  useCompanyPrefill(form, company.data, (found) => `${found.name} ${found.address.city}`);
  const create = useMutation({
    mutationFn: (values: typeof EMPTY) => {
      const { trainingOrganisationId, ...rest } = body(values);
      return unwrap(
        api.POST('/api/v1/training-organisations/{trainingOrganisationId}/establishments', {
          params: { path: { trainingOrganisationId } },
          body: rest as Omit<z.input<typeof CreateEstablishmentRequestSchema>, 'trainingOrganisationId'>,
        }),
      );
    },
    onSuccess: async (establishment) => {
      await queryClient.invalidateQueries({ queryKey: ['establishments'] });
      if (another) {
        setCreated(establishment.name);
        form.setValues({ ...EMPTY, trainingOrganisationId: form.values.trainingOrganisationId });
        return;
      }
      await navigate({
        to: '/training/establishments/$establishmentId',
        params: { establishmentId: establishment.id },
      });
    },
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('training.establishments.addTitle')}</Title>
      {created && <Text role="status">{t('training.establishments.created', { name: created })}</Text>}
      <form noValidate onSubmit={form.onSubmit((values) => create.mutate(values))}>
        <Stack gap="lg">
          <FormSection title={t('training.organisations.general')}>
            <Select
              label={t('training.establishments.organisation')}
              required
              searchable
              allowDeselect={false}
              data={(organisations.data?.items ?? []).map((o) => ({
                value: o.id,
                label: `${o.name} (${o.siren})`,
              }))}
              {...form.getInputProps('trainingOrganisationId')}
            />
            <TextInput
              label={t('training.establishments.siret')}
              required
              inputMode="numeric"
              w={300}
              description={
                company.data ? t('training.common.prefilled', { name: company.data.name }) : undefined
              }
              {...form.getInputProps('siret')}
            />
            <TextInput
              label={t('training.establishments.name')}
              description={t('training.establishments.nameHint')}
              required
              {...form.getInputProps('name')}
            />
          </FormSection>
          <EstablishmentSections form={form} />
          <FormError error={create.error} message={(message) => t('training.common.failed', { message })} />
          <Group justify="flex-end">
            <Button
              type="submit"
              variant="default"
              loading={create.isPending && another}
              onClick={() => setAnother(true)}
            >
              {t('training.establishments.createAnother')}
            </Button>
            <Button type="submit" loading={create.isPending && !another} onClick={() => setAnother(false)}>
              {t('training.establishments.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
