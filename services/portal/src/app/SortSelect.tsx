import { Select } from '@mantine/core';

/**
 * A list's order, kept in the URL: the list's default order is left out of it (undefined), any
 * other is one of `sorts`.
 */
export function SortSelect<S extends string>({
  label,
  sorts,
  fallback,
  value,
  labelOf,
  onChange,
}: {
  label: string;
  sorts: readonly S[];
  fallback: S;
  value: S | undefined;
  labelOf: (sort: S) => string;
  onChange: (sort: S | undefined) => void;
}) {
  return (
    <Select
      label={label}
      value={value ?? fallback}
      allowDeselect={false}
      data={sorts.map((s) => ({ value: s, label: labelOf(s) }))}
      onChange={(chosen) => onChange(chosen === fallback ? undefined : sorts.find((s) => s === chosen))}
      w={220}
    />
  );
}
