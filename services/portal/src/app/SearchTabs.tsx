import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { oneOfParam } from '../lib/search';

/**
 * A page's tabs whose choice lives in the URL (`?tab=`), the first tab being the page without it.
 * Each tab is named `${words}.<tab>`; the panels are the children.
 */
export function SearchTabs<T extends string>({
  tabs,
  value,
  words,
  onChange,
  children,
}: {
  tabs: readonly [T, ...T[]];
  value: T;
  words: string;
  onChange: (tab: T | undefined) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Tabs value={value} onChange={(next) => onChange(next === tabs[0] ? undefined : oneOfParam(tabs, next))}>
      <Tabs.List>
        {tabs.map((name) => (
          <Tabs.Tab key={name} value={name}>
            {t(`${words}.${name}` as string)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {children}
    </Tabs>
  );
}
