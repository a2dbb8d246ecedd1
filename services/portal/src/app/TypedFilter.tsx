import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

/** A typed filter (a reference, a requirement), sent to the URL once typing pauses: one query per pause. */
export function TypedFilter({
  label,
  placeholder,
  value,
  onChange,
  width,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  width: number;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onChange(text.trim()), 350);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      w={width}
    />
  );
}
