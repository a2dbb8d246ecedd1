import { Button, Checkbox, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list page's heading, with what stands at its right (the total, an action). */
export function ListHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end">
      <Title order={1}>{title}</Title>
      {children}
    </Group>
  );
}

/** A list's filters in a row that wraps, ending with the button that clears them all. */
export function FilterBar({
  reset,
  onReset,
  children,
}: {
  reset: string;
  onReset: () => void;
  children: ReactNode;
}) {
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      {children}
      <Button variant="subtle" onClick={onReset}>
        {reset}
      </Button>
    </Group>
  );
}

/** A filter that only narrows (overdue only): ticked, it is in the URL as true; else left out. */
export function FlagFilter({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean | undefined;
  onChange: (value: true | undefined) => void;
}) {
  return (
    <Checkbox
      label={label}
      checked={checked === true}
      onChange={(e) => onChange(e.currentTarget.checked || undefined)}
      mb={8}
    />
  );
}
