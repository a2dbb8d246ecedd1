import { Button, Checkbox, Group, Title } from '@mantine/core';
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceFilter } from './ChoiceFilter';
import type { ListNavigation } from './list-navigation';
import { SortSelect } from './SortSelect';
import { TypedFilter } from './TypedFilter';

/** A list page's heading, with what stands at its right (the total, an action). */
export function ListHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end">
      <Title order={1}>{title}</Title>
      {children}
    </Group>
  );
}

/** A list's filters in a row that wraps, ending with the button that clears them all. */
export function FilterBar({
  reset,
  onReset,
  children,
}: {
  reset: string;
  onReset: () => void;
  children: ReactNode;
}) {
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      {children}
      <Button variant="subtle" onClick={onReset}>
        {reset}
      </Button>
    </Group>
  );
}

/** A filter that only narrows (overdue only): ticked, it is in the URL as true; else left out. */
export function FlagFilter({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean | undefined;
  onChange: (value: true | undefined) => void;
}) {
  return (
    <Checkbox
      label={label}
      checked={checked === true}
      onChange={(e) => onChange(e.currentTarget.checked || undefined)}
      mb={8}
    />
  );
}

/**
 * A choice among named values. The keys it names are whole keys: `all` what the cleared filter
 * reads ("every status"), `labels` the prefix of each choice's name (`findings.status` names
 * `open` by `findings.status.open`), or a function naming it.
 */
type ChoiceSpec<S, K extends keyof S> = {
  choice: K;
  choices: readonly NonNullable<S[K]>[];
  labels: string | ((choice: NonNullable<S[K]>) => string);
  all: string;
  width: number;
};

/** Typed text, sent once typing pauses; read by `label` (whole key) and its hint `<label>Hint`. */
type TextSpec<K> = { text: K; width: number; label?: string };

/** A flag that only narrows ("overdue only"), read `<words>.<key>Only`. */
type FlagSpec<K> = { flag: K };

/** The list's order, `fallback` the one the URL leaves out, each read `<words>.sorts.<sort>`. */
type SortSpec<S> = S extends { sort?: infer O }
  ? { sort: readonly NonNullable<O>[]; fallback: NonNullable<O> }
  : never;

type KeySpec<S, K extends keyof S> =
  NonNullable<S[K]> extends boolean
    ? FlagSpec<K>
    : NonNullable<S[K]> extends string
      ? ChoiceSpec<S, K> | TextSpec<K>
      : never;

/**
 * One filter of a list whose search is `S`, as data: what it filters on and how its values read.
 * A filter the specs do not cover (one depending on another, a picker of people) is its element;
 * `false` leaves out a filter not offered to this reader.
 */
export type FilterSpec<S> = { [K in keyof S]-?: KeySpec<S, K> }[keyof S] | SortSpec<S> | ReactElement | false;

/**
 * A list's filters, walked from their specs, in a `FilterBar` clearing them all. Their words follow
 * the page's: `words` is its i18n prefix (`cb.review`), each filter read `<words>.<key>` unless it
 * names its own `label`, the reset `<words>.reset` unless `reset` names another key.
 */
export function ListFilters<S extends { page?: number }>({
  words,
  search,
  nav,
  filters,
  reset = `${words}.reset`,
}: {
  words: string;
  search: S;
  nav: ListNavigation<NoInfer<S>>;
  filters: readonly FilterSpec<NoInfer<S>>[];
  reset?: string;
}) {
  const { t } = useTranslation();
  const value = search as Record<string, unknown>;
  const set = (key: PropertyKey, next: unknown) => nav.set({ [key]: next } as Partial<S>);
  return (
    <FilterBar reset={t(reset)} onReset={nav.reset}>
      {filters.map((filter, index) => {
        if (filter === false || isValidElement(filter)) return <Fragment key={index}>{filter}</Fragment>;
        if ('sort' in filter) {
          return (
            <SortSelect<string>
              key="sort"
              label={t(`${words}.sort`)}
              sorts={filter.sort as readonly string[]}
              fallback={filter.fallback as string}
              value={value['sort'] as string | undefined}
              labelOf={(sort) => t(`${words}.sorts.${sort}`)}
              onChange={(sort) => set('sort', sort)}
            />
          );
        }
        if ('flag' in filter) {
          const key = String(filter.flag);
          return (
            <FlagFilter
              key={key}
              label={t(`${words}.${key}Only`)}
              checked={value[key] as boolean | undefined}
              onChange={(flag) => set(key, flag)}
            />
          );
        }
        if ('text' in filter) {
          const key = String(filter.text);
          const label = filter.label ?? `${words}.${key}`;
          return (
            <TypedFilter
              key={key}
              label={t(label)}
              placeholder={t(`${label}Hint`)}
              value={(value[key] as string | undefined) ?? ''}
              onChange={(text) => set(key, text || undefined)}
              width={filter.width}
            />
          );
        }
        const key = String(filter.choice);
        const { labels } = filter;
        return (
          <ChoiceFilter<string>
            key={key}
            label={t(`${words}.${key}`)}
            placeholder={t(filter.all)}
            value={value[key] as string | undefined}
            choices={filter.choices as unknown as readonly string[]}
            labelOf={(choice) =>
              typeof labels === 'string'
                ? t(`${labels}.${choice}`)
                : (labels as (c: string) => string)(choice)
            }
            onChange={(choice) => set(key, choice)}
            width={filter.width}
          />
        );
      })}
    </FilterBar>
  );
}
