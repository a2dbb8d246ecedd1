import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';

/**
 * One of the CB's dossiers, found by part of its reference or its organisation's name as the person
 * types (the API's `q`), starting from `initial` (a certificate number, an organisation named).
 */
export function DossierPicker({
  label,
  placeholder,
  initial,
  value,
  onChange,
  error,
}: {
  label: string;
  placeholder: string;
  initial?: string | undefined;
  value: string;
  onChange: (dossierId: string) => void;
  error?: string | undefined;
}) {
  const [typed, setTyped] = useState(initial ?? '');
  // The option chosen stays listed whatever is typed next (its label is not a search).
  const [chosen, setChosen] = useState<{ value: string; label: string } | undefined>();
  const [q] = useDebouncedValue(typed.trim() === chosen?.label ? '' : typed.trim(), 300);
  const dossiers = useQuery({
    queryKey: ['dossiers', 'pick', q],
    enabled: q.length > 1,
    queryFn: () => unwrap(api.GET('/api/v1/dossiers', { params: { query: { q, pageSize: 20 } } })),
  });
  const found = (dossiers.data?.items ?? []).map((d) => ({
    value: d.id,
    label: `${d.reference}${d.holderName ? ` · ${d.holderName}` : ''}`,
  }));
  const options = chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      searchValue={typed}
      onSearchChange={setTyped}
      filter={({ options }) => options}
      data={options}
      value={value || null}
      onChange={(id, option) => {
        setChosen(id ? option : undefined);
        onChange(id ?? '');
      }}
      error={error}
      nothingFoundMessage="—"
    />
  );
}
