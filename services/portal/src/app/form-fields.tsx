import { Select, TextInput, type SelectProps, type TextInputProps } from '@mantine/core';

/**
 * A day in the browser's date field, kept as its YYYY-MM-DD text (what the API takes): spread a
 * form's `getInputProps` into it.
 */
export function DateField(props: Omit<TextInputProps, 'type'>) {
  return <TextInput type="date" {...props} />;
}

/**
 * One of a fixed list of values, each shown by its label in the reader's language (`labelOf`). A
 * required choice cannot be cleared once made.
 */
export function ChoiceField<V extends string>({
  values,
  labelOf,
  ...props
}: Omit<SelectProps, 'data'> & { values: readonly V[]; labelOf: (value: V) => string }) {
  return (
    <Select
      allowDeselect={!props.required}
      data={values.map((value) => ({ value, label: labelOf(value) }))}
      {...props}
    />
  );
}
