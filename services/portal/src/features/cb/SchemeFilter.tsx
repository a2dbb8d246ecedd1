import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNames } from '../../app/names';
import { schemesQuery } from '../../app/queries';

/** The scheme a list or a report narrows to, named by its title; cleared, it means every scheme. */
export function SchemeFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (schemeId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const names = useNames();
  const schemes = useQuery(schemesQuery);
  return (
    <Select
      label={t('cb.queue.scheme')}
      placeholder={t('cb.queue.allSchemes')}
      clearable
      value={value ?? null}
      data={(schemes.data?.items ?? []).map((s) => ({ value: s.schemeId, label: names.scheme(s.schemeId) }))}
      onChange={(schemeId) => onChange(schemeId ?? undefined)}
      w={240}
    />
  );
}
