import { Button } from '@mantine/core';
import { useRef, useState } from 'react';
import { Hint } from './Hint';

/**
 * A file taken from a button or dropped on the zone (the file stays in the browser unless the
 * caller sends it). The button names the hidden input for screen readers and keyboard users.
 */
export function FileDrop({
  choose,
  hint,
  accept,
  onFile,
}: {
  choose: string;
  hint: string;
  accept: string;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div
      className="drop-zone"
      data-over={over || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <Button variant="light" onClick={() => input.current?.click()}>
        {choose}
      </Button>
      <Hint>{hint}</Hint>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={choose}
        onChange={(e) => take(e.currentTarget.files)}
      />
    </div>
  );
}
