import { CANDIDACY_STATUSES, CANDIDACY_STATUS_LABELS } from '@certhub/contracts';
import { BarChart, DonutChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError, LoadError, Loading } from '../../app/feedback';
import { formatDateTime, formatNumber } from '../../lib/format';
import { downloadFile } from '../upload/transfer';
import { CandidacyBadge } from './common';
import { SectionCard } from '../../app/SectionCard';

export type Perimeter = { establishmentId?: string };

/** Every status in the framework's order, zero where the perimeter has none: the bars keep their place. */
export function statusBars(byStatus: { status: string; count: number }[]) {
  const counts = new Map(byStatus.map((s) => [s.status, s.count]));
  return CANDIDACY_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

const OUTCOME_COLORS = {
  certified: 'teal.7',
  inProgress: 'indigo.6',
  notCertified: 'red.8',
  abandoned: 'gray.6',
} as const;

/**
 * The Stats tab: the perimeter's candidacies in all, by outcome and by status, as figures and
 * charts (each chart's numbers also as a table for screen readers), and the whole as an Excel workbook.
 */
export function CandidacyStats({ perimeter }: { perimeter: Perimeter }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const stats = useQuery({
    queryKey: ['candidacy-stats', perimeter],
    queryFn: () => unwrap(api.GET('/api/v1/candidacy-stats', { params: { query: perimeter } })),
  });
  const excel = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/candidacy-stats/export?${new URLSearchParams(perimeter as Record<string, string>).toString()}`,
        'statistiques-candidatures.xlsx',
      ),
  });
  if (stats.isPending) return <Loading lines={6} />;
  if (stats.isError) return <LoadError error={stats.error} retry={() => void stats.refetch()} />;
  const s = stats.data;
  const outcomes = (['certified', 'inProgress', 'notCertified', 'abandoned'] as const).map((key) => ({
    key,
    name: t(`training.stats.${key}`),
    value: s[key],
    color: OUTCOME_COLORS[key],
  }));
  const labels = CANDIDACY_STATUS_LABELS[i18n.language === 'en' ? 'en' : 'fr'];
  const bars = statusBars(s.byStatus).map((b) => ({ ...b, label: labels[b.status] }));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Text c="dimmed" size="sm">
          {t('training.stats.asOf', { date: formatDateTime(s.asOf, i18n.language) })}
        </Text>
        <Button variant="light" loading={excel.isPending} onClick={() => excel.mutate()}>
          {t('training.stats.excel')}
        </Button>
      </Group>
      <FormError error={excel.error} message={(message) => t('training.common.failed', { message })} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} component="dl" m={0}>
        {[{ key: 'candidacies', value: s.candidacies }, ...outcomes].map((c) => (
          <Card withBorder key={c.key} padding="md">
            <Text component="dt" size="sm" c="dimmed">
              {t(`training.stats.${c.key}`)}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl">
              {n(c.value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ChartSection id="stats-outcomes" title={t('training.stats.byOutcome')} empty={!s.candidacies}>
          <DonutChart data={outcomes} withLabels withTooltip valueFormatter={n} h={240} mx="auto" />
          <Group gap="md" justify="center" mt="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {outcomes.map((o) => (
              <Text component="li" size="sm" key={o.key}>
                {o.name} : {n(o.value)}
              </Text>
            ))}
          </Group>
        </ChartSection>
        <ChartSection id="stats-status" title={t('training.stats.byStatus')} empty={!s.candidacies}>
          <BarChart
            h={300}
            data={bars}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 180 }}
            xAxisProps={{ allowDecimals: false }}
            valueFormatter={n}
            series={[{ name: 'count', label: t('training.stats.candidacies'), color: 'indigo.6' }]}
          />
        </ChartSection>
      </SimpleGrid>
      <SectionCard id="stats-table" title={t('training.stats.table')}>
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {statusBars(s.byStatus).map((b) => (
            <Group component="li" key={b.status} justify="space-between" maw={520}>
              <CandidacyBadge status={b.status} />
              <Text fw={600}>{n(b.count)}</Text>
            </Group>
          ))}
        </Stack>
      </SectionCard>
    </Stack>
  );
}

/** A chart in its own titled section, the figure named by that title; nothing to draw says so. */
function ChartSection({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <SectionCard id={id} title={title}>
      {empty ? (
        <Text c="dimmed">{t('training.stats.none')}</Text>
      ) : (
        <figure role="group" aria-labelledby={id} style={{ margin: 0 }}>
          {children}
        </figure>
      )}
    </SectionCard>
  );
}
