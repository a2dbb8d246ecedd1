import { Stack, Text } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import { FileDrop } from '../../app/FileDrop';
import { SectionCard } from '../../app/SectionCard';

/** A check of a file the visitor holds: titled, what it checks, where to drop the file, then what it found. */
export function FileCheckCard({
  id,
  title,
  intro,
  drop,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  drop: ComponentProps<typeof FileDrop>;
  children: ReactNode;
}) {
  return (
    <SectionCard id={id} titleGap="xs" title={title}>
      <Stack gap="sm">
        <Text size="sm">{intro}</Text>
        <FileDrop {...drop} />
        {children}
      </Stack>
    </SectionCard>
  );
}
