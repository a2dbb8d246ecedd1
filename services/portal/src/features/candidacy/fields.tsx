import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { SectionCard } from '../../app/SectionCard';
import { Hint } from '../../app/Hint';

export const EMPTY_ADDRESS = { line1: '', line2: '', postalCode: '', city: '' };
export const EMPTY_CONTACT = { lastName: '', firstName: '', email: '' };

// Mantine's form types nested paths loosely: these groups take any form holding the named object.
type AnyForm = UseFormReturnType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function AddressFields({ form, path }: { form: AnyForm; path: string }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput label={t('training.common.line1')} required {...form.getInputProps(`${path}.line1`)} />
      <TextInput label={t('training.common.line2')} {...form.getInputProps(`${path}.line2`)} />
      <TextInput
        label={t('training.common.postalCode')}
        required
        {...form.getInputProps(`${path}.postalCode`)}
      />
      <TextInput label={t('training.common.city')} required {...form.getInputProps(`${path}.city`)} />
    </SimpleGrid>
  );
}

export function ContactFields({ form, path, phone }: { form: AnyForm; path: string; phone?: boolean }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: phone ? 4 : 3 }}>
      <TextInput label={t('training.common.lastName')} required {...form.getInputProps(`${path}.lastName`)} />
      <TextInput
        label={t('training.common.firstName')}
        required
        {...form.getInputProps(`${path}.firstName`)}
      />
      <TextInput
        type="email"
        label={t('training.common.email')}
        required
        {...form.getInputProps(`${path}.email`)}
      />
      {phone && (
        <TextInput
          type="tel"
          label={t('training.common.phone')}
          required
          {...form.getInputProps(`${path}.phone`)}
        />
      )}
    </SimpleGrid>
  );
}

/** An address as a form holds it: no optional line is undefined. */
export const addressValues = (a: { line1: string; line2?: string; postalCode: string; city: string }) => ({
  line1: a.line1,
  line2: a.line2 ?? '',
  postalCode: a.postalCode,
  city: a.city,
});

/** Blank optional address lines left out, as the API wants them absent. */
export const addressBody = (a: typeof EMPTY_ADDRESS) => ({
  line1: a.line1.trim(),
  ...(a.line2.trim() ? { line2: a.line2.trim() } : {}),
  postalCode: a.postalCode.trim(),
  city: a.city.trim(),
  country: 'FR',
});

/** What the company registry knows of a SIRET (a valid one only), to pre-fill a form. */
export function useCompany(siret: string, valid: boolean) {
  return useQuery({
    queryKey: ['companies', siret],
    enabled: valid,
    retry: false,
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/api/v1/companies/{siret}', { params: { path: { siret } } })),
  });
}

/** The registry's headquarters of a SIREN. */
export function useCompanyBySiren(siren: string, valid: boolean) {
  return useQuery({
    queryKey: ['companies', 'siren', siren],
    enabled: valid,
    retry: false,
    staleTime: Infinity,
    queryFn: async () => {
      const found = await unwrap(
        api.GET('/api/v1/companies', { params: { query: { q: siren, pageSize: 20 } } }),
      );
      const ofSiren = found.items.filter((c) => c.siren === siren);
      return ofSiren.find((c) => c.headquarters) ?? ofSiren[0] ?? null;
    },
  });
}

/**
 * The registry's company fills the form's name and address while they are blank; what the user
 * typed stays.
 */
export function useCompanyPrefill(
  form: AnyForm,
  found: { name: string; address: Parameters<typeof addressValues>[0] } | null | undefined,
  nameOf: (company: NonNullable<typeof found>) => string,
) {
  useEffect(() => {
    if (!found) return;
    if (!form.values.name) form.setFieldValue('name', nameOf(found));
    if (!form.values.address.line1) form.setFieldValue('address', addressValues(found.address));
  }, [found]);
}

/** One titled part of a long form, announced as a region by its title. */
export function FormSection({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <SectionCard id={id} titleGap="md" title={title}>
      <Stack>
        {hint && <Hint>{hint}</Hint>}
        {children}
      </Stack>
    </SectionCard>
  );
}
