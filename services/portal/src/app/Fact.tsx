import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact of a description list (`<dl>`): the label dimmed above its value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}
