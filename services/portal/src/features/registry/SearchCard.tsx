import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One of the register's ways in: a titled card whose form asks `onSubmit` instead of reloading the page. */
export function SearchCard({
  id,
  title,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </Card>
  );
}
