import { Group, Radio, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { operations } from '../../api/schema';
import {
  AddressFields,
  ContactFields,
  EMPTY_ADDRESS,
  EMPTY_CONTACT,
  FormSection,
  addressBody,
  addressValues,
} from '../candidacy/fields';

export type TrainingOrganisation =
  operations['identity.training-organisations.get']['responses'][200]['content']['application/json'];

export const EMPTY_ORGANISATION = {
  siren: '',
  name: '',
  address: EMPTY_ADDRESS,
  contact: EMPTY_CONTACT,
  billingEmail: '',
  billingElsewhere: 'no',
  billingAddress: EMPTY_ADDRESS,
};
export type OrganisationFormValues = typeof EMPTY_ORGANISATION;

/** An organisation as its form shows it, for editing. */
export const organisationFormValues = (o: TrainingOrganisation): OrganisationFormValues => ({
  siren: o.siren,
  name: o.name,
  address: addressValues(o.address),
  contact: { lastName: o.contact.lastName, firstName: o.contact.firstName, email: String(o.contact.email) },
  billingEmail: o.billingEmail,
  billingElsewhere: o.billingAddress ? 'yes' : 'no',
  billingAddress: o.billingAddress ? addressValues(o.billingAddress) : EMPTY_ADDRESS,
});

/** What creation and edits send: trimmed, the SIREN without its spaces, no billing address unless asked. */
export const organisationBody = (v: OrganisationFormValues) => ({
  siren: v.siren.replace(/\s/g, ''),
  name: v.name.trim(),
  address: addressBody(v.address),
  contact: {
    lastName: v.contact.lastName.trim(),
    firstName: v.contact.firstName.trim(),
    email: v.contact.email.trim(),
  },
  billingEmail: v.billingEmail.trim(),
});

/** The form's own words for the organisation's field rules (zod's messages are English). */
export const organisationMessages = (t: TFunction) => ({
  siren: t('training.common.sirenInvalid'),
  billingEmail: t('training.common.emailInvalid'),
  'contact.email': t('training.common.emailInvalid'),
  'address.postalCode': t('training.common.postalCodeInvalid'),
  'billingAddress.postalCode': t('training.common.postalCodeInvalid'),
});

export const billingAddressOf = (v: OrganisationFormValues) =>
  v.billingElsewhere === 'yes' ? addressBody(v.billingAddress) : undefined;

/** The organisation's form sections (general, contact, billing), for its creation and its edits. */
export function OrganisationSections({
  form,
  sirenDescription,
  sirenLocked,
}: {
  form: UseFormReturnType<OrganisationFormValues>;
  sirenDescription?: ReactNode;
  /** Its establishments' SIRETs start with it: the API refuses a change once there is one. */
  sirenLocked?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormSection title={t('training.organisations.general')}>
        <TextInput
          label={t('training.organisations.siren')}
          required
          inputMode="numeric"
          w={260}
          readOnly={sirenLocked}
          description={sirenDescription}
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
    </>
  );
}
