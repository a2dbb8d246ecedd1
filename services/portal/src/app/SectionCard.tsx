import { Card, Group, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One titled part of a page: a bordered card that assistive technology lists as a region named by
 * its heading (an h2, drawn at h4 size so the page's h1 stays the largest). `actions` (a button or
 * two) stand at the heading's end.
 */
export function SectionCard({
  id,
  title,
  titleGap = 'sm',
  actions,
  children,
}: {
  /** The heading's id, unique on the page: it names the region. */
  id: string;
  title: ReactNode;
  titleGap?: MantineSpacing;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const heading = (
    <Title order={2} size="h4" id={id} mb={actions ? undefined : titleGap}>
      {title}
    </Title>
  );
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      {actions ? (
        <Group justify="space-between" mb={titleGap}>
          {heading}
          {actions}
        </Group>
      ) : (
        heading
      )}
      {children}
    </Card>
  );
}
