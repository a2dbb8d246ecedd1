import { Card, Stack, Text, Title } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import { FileDrop } from '../../app/FileDrop';

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
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="xs" id={id}>
        {title}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{intro}</Text>
        <FileDrop {...drop} />
        {children}
      </Stack>
    </Card>
  );
}
