import { REGIONS } from '@certhub/contracts';
import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AddressFields, ContactFields, FormSection } from '../candidacy/fields';

// Mantine's form types nested paths loosely: the sections take any form holding these fields.
type AnyForm = UseFormReturnType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * An establishment's contacts (the official one the certifier and funders reach, the public one the
 * directory shows), its address, region and website: the same sections to create and to edit it.
 */
export function EstablishmentSections({ form }: { form: AnyForm }) {
  const { t } = useTranslation();
  return (
    <>
      <FormSection
        title={t('training.establishments.officialContact')}
        hint={t('training.establishments.officialContactHint')}
      >
        <ContactFields form={form} path="officialContact" />
      </FormSection>
      <FormSection
        title={t('training.establishments.publicContact')}
        hint={t('training.establishments.publicContactHint')}
      >
        <ContactFields form={form} path="publicContact" phone />
      </FormSection>
      <FormSection title={t('training.establishments.address')}>
        <AddressFields form={form} path="address" />
        <Select
          label={t('training.establishments.region')}
          required
          searchable
          allowDeselect={false}
          data={REGIONS.map((r) => ({ value: r, label: t(`training.establishments.regions.${r}`) }))}
          w={320}
          {...form.getInputProps('region')}
        />
        <TextInput
          type="url"
          label={t('training.establishments.website')}
          {...form.getInputProps('website')}
        />
      </FormSection>
    </>
  );
}
