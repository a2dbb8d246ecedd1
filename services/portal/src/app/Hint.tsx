import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The small, dimmed words beside a part of a page that explain it (a rule, what is missing). */
export function Hint({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}
