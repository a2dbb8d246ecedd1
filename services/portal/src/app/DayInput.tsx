import { TextInput, type TextInputProps } from '@mantine/core';

/** A day, typed or picked in the browser's date field, handed on as its YYYY-MM-DD text. */
export function DayInput({
  onChange,
  ...props
}: Omit<TextInputProps, 'type' | 'onChange' | 'value'> & { value: string; onChange: (day: string) => void }) {
  return <TextInput type="date" w={170} {...props} onChange={(e) => onChange(e.currentTarget.value)} />;
}
