import { CreateTrainingOrganisationRequestSchema, SirenSchema } from '@certhub/contracts';
import { Alert, Button, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError } from '../../../app/feedback';
import { useTrainingRole } from '../../../features/candidacy/common';
import {
  AddressFields,
  ContactFields,
  EMPTY_ADDRESS,
  EMPTY_CONTACT,
  FormSection,
  addressBody,
  useCompanyBySiren,
} from '../../../features/candidacy/fields';
import { placeFieldErrors, zodFormErrors } from '../../../lib/forms';
import { usePageTitle } from '../../../lib/title';

export const Route = createFileRoute('/training/organisations/new')({ component: NewOrganisation });

const EMPTY = {
  siren: '',
  name: '',
  address: EMPTY_ADDRESS,
  contact: EMPTY_CONTACT,
  billingEmail: '',
  billingElsewhere: 'no',
  billingAddress: EMPTY_ADDRESS,
};
type Values = typeof EMPTY;

function NewOrganisation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const networkId = useTrainingRole().networkId ?? '';
  const [then, setThen] = useState<'list' | 'establishment'>('list');
  usePageTitle(t('training.organisations.addTitle'));
  const body = (v: Values) => ({
    networkId,
    siren: v.siren.replace(/\s/g, ''),
    name: v.name.trim(),
    address: addressBody(v.address),
    contact: {
      lastName: v.contact.lastName.trim(),
      firstName: v.contact.firstName.trim(),
      email: v.contact.email.trim(),
    },
    billingEmail: v.billingEmail.trim(),
    ...(v.billingElsewhere === 'yes' ? { billingAddress: addressBody(v.billingAddress) } : {}),
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: (values) =>
      zodFormErrors(CreateTrainingOrganisationRequestSchema, body(values), t('training.common.required'), {
        siren: t('training.common.sirenInvalid'),
        billingEmail: t('training.common.emailInvalid'),
        'contact.email': t('training.common.emailInvalid'),
        'address.postalCode': t('training.common.postalCodeInvalid'),
        'billingAddress.postalCode': t('training.common.postalCodeInvalid'),
      }),
  });
  const siren = form.values.siren.replace(/\s/g, '');
  const company = useCompanyBySiren(siren, SirenSchema.safeParse(siren).success);
  // The registry fills what is still blank; what the user typed stays.
  useEffect(() => {
    const found = company.data;
    if (!found) return;
    if (!form.values.name) form.setFieldValue('name', found.name);
    if (!form.values.address.line1)
      form.setFieldValue('address', {
        line1: found.address.line1,
        line2: found.address.line2 ?? '',
        postalCode: found.address.postalCode,
        city: found.address.city,
      });
  }, [company.data]);
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
          <FormSection title={t('training.organisations.general')}>
            <TextInput
              label={t('training.organisations.siren')}
              required
              inputMode="numeric"
              w={260}
              description={
                company.data ? t('training.common.prefilled', { name: company.data.name }) : undefined
              }
              {...form.getInputProps('siren')}
            />
            <TextInput label={t('training.organisations.name')} required {...form.getInputProps('name')} />
            <AddressFields form={form} path="address" />
          </FormSection>
          <FormSection title={t('training.organisations.contact')}>
            <ContactFields form={form} path="contact" />
          </FormSection>
          <FormSection title={t('training.organisations.billing')}>
            <TextInput
              type="email"
              label={t('training.organisations.billingEmail')}
              required
              {...form.getInputProps('billingEmail')}
            />
            <Radio.Group
              label={t('training.organisations.billingElsewhere')}
              {...form.getInputProps('billingElsewhere')}
            >
              <Group mt="xs">
                <Radio value="yes" label={t('training.common.yes')} />
                <Radio value="no" label={t('training.common.no')} />
              </Group>
            </Radio.Group>
            {form.values.billingElsewhere === 'yes' && (
              <>
                <Text fw={500}>{t('training.organisations.billingAddress')}</Text>
                <AddressFields form={form} path="billingAddress" />
              </>
            )}
          </FormSection>
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
