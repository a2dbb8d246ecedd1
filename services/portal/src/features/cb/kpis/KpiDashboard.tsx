import { DossierStatusSchema } from '@certhub/contracts';
import { BarChart, LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError, QueryList } from '../../../app/feedback';
import { DayInput } from '../../../app/DayInput';
import { formatNumber } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import { SchemeFilter } from '../SchemeFilter';
import { downloadFile } from '../../upload/transfer';
import '../../../i18n/cb';
import '../../../i18n/journey';
import {
  auditsPerMonth,
  certificatesByState,
  dossiersByStatus,
  findingsByRequirement,
  leadTimes,
  type LeadTimeRow,
  type MonthRow,
  type RequirementRow,
  type StatusRow,
} from './kpi-data';
import { filledIn } from '../../../api/request-fields';

/** The filters every report takes, as the URL keeps them. */
export interface KpiSearch {
  cb?: string | undefined;
  scheme?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

type Report = 'dossiers-by-status' | 'lead-times' | 'findings-by-requirement' | 'audits-per-month';

const filtersOf = (search: KpiSearch) =>
  filledIn({ cbId: search.cb, schemeId: search.scheme, from: search.from, to: search.to });

/** One report's first page of 100 rows: grouped reports hold one row per CB, scheme and key. */
function useReport<P extends `/api/v1/analytics/${Report}`>(path: P, search: KpiSearch) {
  return useQuery({
    queryKey: ['analytics', path, search],
    queryFn: () =>
      unwrap(
        api.GET(path as '/api/v1/analytics/dossiers-by-status', {
          params: { query: { pageSize: 100, ...filtersOf(search) } },
        }),
      ) as Promise<{ items: unknown[]; total: number }>,
  });
}

type Series = { name: string; label: string; color: string }[];

/** One card: its report, how the report's rows fold into the chart's points, what differs in its chart. */
interface ChartSpec {
  id: string;
  title: string;
  report: Report;
  line?: boolean;
  points: (items: unknown[]) => object[];
  dataKey: string;
  series: Series;
  chart?: Pick<ComponentProps<typeof BarChart>, 'withLegend' | 'unit' | 'yAxisProps'> & { lying?: boolean };
}

function ChartCard({ spec, search }: { spec: ChartSpec; search: KpiSearch }) {
  const { t, i18n } = useTranslation();
  const { id, title, report } = spec;
  // The two charts of dossiers-by-status share one request: their query key is the same.
  const query = useReport(`/api/v1/analytics/${report}`, search);
  const excel = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/analytics/export?${new URLSearchParams({ report, ...filtersOf(search) }).toString()}`,
        `certhub-${report}.xlsx`,
      ),
  });
  const chart = (items: unknown[]) => {
    const { lying, ...own } = spec.chart ?? {};
    const data = spec.points(items) as Record<string, unknown>[];
    const props = {
      h: 260,
      valueFormatter: (value: number) => formatNumber(value, i18n.language),
      withLegend: true,
      tickLine: 'y' as const,
      // Counts are whole: no 0.25 ticks on their axis (lead times, in days, keep theirs).
      yAxisProps: { allowDecimals: false },
      ...own,
      data,
      dataKey: spec.dataKey,
      series: spec.series,
    };
    if (spec.line) return <LineChart {...props} />;
    // Lying bars: a dozen status names side by side would not all fit under their bars.
    if (lying)
      return (
        <BarChart
          {...props}
          h={Math.max(260, data.length * 26)}
          orientation="vertical"
          yAxisProps={{ width: 200 }}
          xAxisProps={{ allowDecimals: false }}
        />
      );
    return <BarChart {...props} />;
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${id}-title`}>
      <Group justify="space-between" mb="sm" align="flex-start">
        <Title order={2} size="h4" id={`${id}-title`}>
          {title}
        </Title>
        <Button
          variant="default"
          size="xs"
          loading={excel.isPending}
          onClick={() => excel.mutate()}
          aria-label={t('cb.kpis.excelOf', { title })}
        >
          {t('cb.kpis.excel')}
        </Button>
      </Group>
      {excel.isError && (
        <FormError error={excel.error} message={(detail) => t('cb.kpis.excelFailed', { detail })} />
      )}
      <QueryList query={query} lines={4} empty={<Text c="dimmed">{t('cb.kpis.none')}</Text>}>
        {(data) => (
          <figure role="group" aria-labelledby={`${id}-title`} style={{ margin: 0 }}>
            {chart(data.items)}
          </figure>
        )}
      </QueryList>
    </Card>
  );
}

function Filters({
  search,
  onChange,
  withCb,
}: {
  search: KpiSearch;
  onChange: (search: KpiSearch) => void;
  withCb: boolean;
}) {
  const { t } = useTranslation();
  const cbs = useQuery({
    queryKey: ['certification-bodies'],
    enabled: withCb,
    staleTime: 10 * 60_000,
    queryFn: () =>
      unwrap(api.GET('/api/v1/certification-bodies', { params: { query: { pageSize: 100, sort: 'name' } } })),
  });
  const day = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      {withCb && (
        <Select
          label={t('cb.kpis.cb')}
          placeholder={t('cb.kpis.allCbs')}
          clearable
          value={search.cb ?? null}
          data={(cbs.data?.items ?? []).map((cb) => ({ value: cb.id, label: cb.name }))}
          onChange={(value) => onChange({ ...search, cb: value ?? undefined })}
          w={240}
        />
      )}
      <SchemeFilter value={search.scheme} onChange={(scheme) => onChange({ ...search, scheme })} />
      <DayInput
        label={t('cb.kpis.from')}
        value={search.from ?? ''}
        onChange={(value) => onChange({ ...search, from: day(value) })}
      />
      <DayInput
        label={t('cb.kpis.to')}
        value={search.to ?? ''}
        onChange={(value) => onChange({ ...search, to: day(value) })}
      />
    </Group>
  );
}

/**
 * The certification body's figures (or, for platform staff, every CB's or one CB's) from the
 * analytics service: one chart per report, each exported to Excel as the report's own sheet.
 */
export function KpiDashboard({ platform = false }: { platform?: boolean }) {
  const { t } = useTranslation();
  const route = platform ? '/admin/kpis' : '/cb/kpis';
  const search: KpiSearch = useSearch({ from: route });
  const navigate = useNavigate({ from: route });
  // A CB sees its own figures: no other CB can be chosen, not even through the URL.
  const onSearch = (next: KpiSearch) =>
    void navigate({ search: platform ? next : { ...next, cb: undefined } });
  const title = t(platform ? 'cb.kpis.platformTitle' : 'cb.kpis.title');
  usePageTitle(title);
  const count = (label: string, color: string): Series => [{ name: 'count', label, color }];
  const specs: ChartSpec[] = [
    {
      id: 'kpi-status',
      title: t('cb.kpis.byStatus'),
      report: 'dossiers-by-status',
      points: (items) =>
        dossiersByStatus(items as StatusRow[], DossierStatusSchema.options).map((r) => ({
          ...r,
          label: t(`status.${r.status}`),
        })),
      dataKey: 'label',
      series: count(t('cb.kpis.dossiers'), 'indigo.6'),
      chart: { lying: true, withLegend: false },
    },
    {
      id: 'kpi-certificates',
      title: t('cb.kpis.certificates'),
      report: 'dossiers-by-status',
      points: (items) =>
        certificatesByState(items as StatusRow[]).map((r) => ({
          ...r,
          label: t(`cb.kpis.certificateStates.${r.state}`),
        })),
      dataKey: 'label',
      series: count(t('cb.kpis.certificatesCount'), 'teal.7'),
      chart: { withLegend: false },
    },
    {
      id: 'kpi-lead',
      title: t('cb.kpis.leadTimes'),
      report: 'lead-times',
      points: (items) =>
        leadTimes(items as LeadTimeRow[]).map((r) => ({
          ...r,
          label: `${t(`cb.kpis.metrics.${r.metric}`)}${r.schemeId ? ` (${r.schemeId})` : ''}`,
        })),
      dataKey: 'label',
      series: [
        { name: 'avgDays', label: t('cb.kpis.avg'), color: 'indigo.6' },
        { name: 'p50Days', label: t('cb.kpis.p50'), color: 'teal.7' },
        { name: 'p90Days', label: t('cb.kpis.p90'), color: 'orange.8' },
      ],
      chart: { yAxisProps: { allowDecimals: true }, unit: ` ${t('cb.kpis.days')}` },
    },
    {
      id: 'kpi-requirements',
      title: t('cb.kpis.byRequirement'),
      report: 'findings-by-requirement',
      points: (items) => findingsByRequirement(items as RequirementRow[]),
      dataKey: 'requirementId',
      series: [
        { name: 'raised', label: t('cb.kpis.raised'), color: 'indigo.6' },
        { name: 'open', label: t('cb.kpis.open'), color: 'orange.8' },
        { name: 'overdue', label: t('cb.kpis.overdue'), color: 'red.8' },
      ],
    },
    {
      id: 'kpi-audits',
      title: t('cb.kpis.audits'),
      report: 'audits-per-month',
      line: true,
      points: (items) => auditsPerMonth(items as MonthRow[]),
      dataKey: 'month',
      series: count(t('cb.kpis.auditsCount'), 'indigo.6'),
      chart: { withLegend: false },
    },
  ];
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <Filters search={search} onChange={onSearch} withCb={platform} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {specs.map((spec) => (
          <ChartCard key={spec.id} spec={spec} search={search} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
