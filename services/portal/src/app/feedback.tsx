import type { DossierStatus } from '@certhub/contracts';
import {
  Alert,
  Badge,
  Button,
  Skeleton,
  Stack,
  Text,
  Title,
  type AlertProps,
  type MantineSpacing,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { hasFieldErrors } from '../lib/forms';

const STATUS_COLOR: Partial<Record<DossierStatus, string>> = {
  draft: 'gray',
  certified: 'green',
  findings_on_questionnaire: 'orange',
  findings_open: 'orange',
  suspended: 'red',
  withdrawn: 'red',
  refused: 'red',
  abandoned: 'gray',
  expired: 'gray',
};

/** Mantine's light badges in these colours fail AA contrast: a darker shade for their text. */
const DARK_TEXT: Record<string, string> = { orange: '#8a3a00', green: '#1d5e2c', red: '#9b1c1c' };
export const badgeText = (color: string | undefined) => (color ? DARK_TEXT[color] : undefined);

/**
 * A status as a light badge, its text in the AA shade of its colour, never cut short: a status
 * that reads "En attente d’évaluation…" is no status at all.
 */
export function ToneBadge({
  color,
  size = 'md',
  children,
}: {
  color: string;
  size?: 'md' | 'lg';
  children: ReactNode;
}) {
  return (
    <Badge
      color={color}
      c={badgeText(color)}
      variant="light"
      radius="sm"
      size={size}
      tt="none"
      styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return <ToneBadge color={STATUS_COLOR[status] ?? 'indigo'}>{t(`status.${status}`)}</ToneBadge>;
}

/**
 * What went wrong, in the reader's language, and a way to try again where trying again can help: a
 * refusal for the reader's role is said as such (the API's detail names roles, in English), and an
 * unreachable or failing service asks for a moment rather than quoting a status line.
 */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.problem.status : undefined;
  if (status === 403) return <Alert color="red" role="alert" title={t('app.forbidden')} />;
  const unavailable = error instanceof TypeError || (status !== undefined && status >= 500);
  return (
    <Alert
      color="red"
      role="alert"
      title={
        unavailable
          ? t('app.unavailable')
          : t('app.loadFailed', { message: error instanceof Error ? error.message : String(error) })
      }
    >
      {retry && (
        <Button variant="light" color="red" size="xs" onClick={retry}>
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}

/**
 * A record outside the reader's scope answers 404 (or 403) like an unknown one: the page says "not
 * found" and what `children` add, nothing else, so a deep link never tells whether it exists. Any
 * other failure is a load error with its retry.
 */
export function NotFoundOrError({
  error,
  retry,
  children,
}: {
  error: unknown;
  retry: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.problem.status : undefined;
  if (status !== 404 && status !== 403) return <LoadError error={error} retry={retry} />;
  return (
    <Stack>
      <Title order={1}>{t('app.notFound')}</Title>
      {children}
    </Stack>
  );
}

export function Loading({ lines = 3 }: { lines?: number }) {
  return (
    <Stack gap="xs" aria-busy="true">
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height={28} />
      ))}
    </Stack>
  );
}

/** A query's three states: skeleton while loading, the error with a retry, else its data. */
export function QueryView<T>({
  query,
  lines,
  children,
}: {
  query: UseQueryResult<T>;
  lines?: number;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading {...(lines ? { lines } : {})} />;
  if (query.isError) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

/** A page of a list: QueryView's states, and what is said when the page holds nothing. */
export function QueryList<T extends { items: readonly unknown[] }>({
  query,
  lines,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  lines?: number;
  empty: ReactNode;
  children: (data: T) => ReactNode;
}) {
  return (
    <QueryView query={query} {...(lines ? { lines } : {})}>
      {(data) => (data.items.length ? children(data) : empty)}
    </QueryView>
  );
}

/** A list without bullets or indent, still announced as a list. */
export function PlainList({ children, gap = 'sm' }: { children: ReactNode; gap?: MantineSpacing }) {
  return (
    <Stack gap={gap} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {children}
    </Stack>
  );
}

/** A failed call that named no field of the form: said above its buttons, in the form's words. */
export function FormError({ error, message }: { error: unknown; message: (detail: string) => string }) {
  if (!error || hasFieldErrors(error)) return null;
  return (
    <Alert color="red.9" role="alert">
      {message(error instanceof Error ? error.message : String(error))}
    </Alert>
  );
}

/**
 * A warning with a title. Mantine's Alert in a single shade (`orange.9`) renders filled and paints
 * its title in the background's colour, so the title vanished: the light variant instead, its title
 * in the dark shade that keeps AA contrast, as the badges do.
 */
export function Warning({
  title,
  children,
  ...props
}: { title: ReactNode; children: ReactNode } & Omit<AlertProps, 'title' | 'color' | 'variant' | 'children'>) {
  return (
    <Alert
      color="orange"
      variant="light"
      title={
        <Text component="span" fw={700} c={DARK_TEXT['orange']}>
          {title}
        </Text>
      }
      {...props}
    >
      {children}
    </Alert>
  );
}
