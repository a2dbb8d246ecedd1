import { Select } from '@mantine/core';

/** A list's filter on one of a set of choices, each named; cleared, it keeps every one. */
export function ChoiceFilter<T extends string>({
  label,
  placeholder,
  value,
  choices,
  labelOf,
  onChange,
  width,
}: {
  label: string;
  /** What the cleared filter reads: "every status", "every scheme". */
  placeholder: string;
  value: T | undefined;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  onChange: (choice: T | undefined) => void;
  width: number;
}) {
  return (
    <Select
      label={label}
      placeholder={placeholder}
      clearable
      value={value ?? null}
      data={choices.map((choice) => ({ value: choice, label: labelOf(choice) }))}
      onChange={(picked) => onChange(choices.find((choice) => choice === picked))}
      w={width}
    />
  );
}
