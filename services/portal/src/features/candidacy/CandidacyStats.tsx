import { CANDIDACY_STATUSES, CANDIDACY_STATUS_LABELS } from '@certhub/contracts';
import { BarChart, DonutChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError, LoadError, Loading } from '../../app/feedback';
import { formatDateTime, formatNumber } from '../../lib/format';
import { downloadFile } from '../upload/transfer';
import { CandidacyBadge } from './common';

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
        <Card withBorder component="section" aria-labelledby="stats-outcomes">
          <Title order={2} size="h4" id="stats-outcomes" mb="sm">
            {t('training.stats.byOutcome')}
          </Title>
          {s.candidacies ? (
            <figure role="group" aria-labelledby="stats-outcomes" style={{ margin: 0 }}>
              <DonutChart data={outcomes} withLabels withTooltip valueFormatter={n} h={240} mx="auto" />
              <Group
                gap="md"
                justify="center"
                mt="sm"
                component="ul"
                style={{ listStyle: 'none', padding: 0 }}
              >
                {outcomes.map((o) => (
                  <Text component="li" size="sm" key={o.key}>
                    {o.name} : {n(o.value)}
                  </Text>
                ))}
              </Group>
            </figure>
          ) : (
            <Text c="dimmed">{t('training.stats.none')}</Text>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="stats-status">
          <Title order={2} size="h4" id="stats-status" mb="sm">
            {t('training.stats.byStatus')}
          </Title>
          {s.candidacies ? (
            <figure role="group" aria-labelledby="stats-status" style={{ margin: 0 }}>
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
            </figure>
          ) : (
            <Text c="dimmed">{t('training.stats.none')}</Text>
          )}
        </Card>
      </SimpleGrid>
      <Card withBorder component="section" aria-labelledby="stats-table">
        <Title order={2} size="h4" id="stats-table" mb="sm">
          {t('training.stats.table')}
        </Title>
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {statusBars(s.byStatus).map((b) => (
            <Group component="li" key={b.status} justify="space-between" maw={520}>
              <CandidacyBadge status={b.status} />
              <Text fw={600}>{n(b.count)}</Text>
            </Group>
          ))}
        </Stack>
      </Card>
    </Stack>
  );
}
