import { DossierStatusSchema } from '@certhub/contracts';
import { BarChart, LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError, LoadError, Loading } from '../../../app/feedback';
import { useNames } from '../../../app/names';
import { formatNumber } from '../../../lib/format';
import { downloadFile } from '../../upload/transfer';
import '../../../i18n/cb';
import '../../../i18n/journey';
import {
  auditsPerMonth,
  certificatesByState,
  dossiersByStatus,
  findingsByRequirement,
  leadTimes,
} from './kpi-data';

/** The filters every report takes, as the URL keeps them. */
export interface KpiSearch {
  cb?: string | undefined;
  scheme?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

type Report = 'dossiers-by-status' | 'lead-times' | 'findings-by-requirement' | 'audits-per-month';

const filtersOf = (search: KpiSearch) => ({
  ...(search.cb ? { cbId: search.cb } : {}),
  ...(search.scheme ? { schemeId: search.scheme } : {}),
  ...(search.from ? { from: search.from } : {}),
  ...(search.to ? { to: search.to } : {}),
});

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

function ChartCard({
  id,
  title,
  report,
  search,
  query,
  children,
}: {
  id: string;
  title: string;
  report: Report;
  search: KpiSearch;
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
    data?: { items: unknown[] };
  };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const excel = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/analytics/export?${new URLSearchParams({ report, ...filtersOf(search) }).toString()}`,
        `certhub-${report}.xlsx`,
      ),
  });
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
      {query.isPending ? (
        <Loading lines={4} />
      ) : query.isError ? (
        <LoadError error={query.error} retry={() => void query.refetch()} />
      ) : !query.data?.items.length ? (
        <Text c="dimmed">{t('cb.kpis.none')}</Text>
      ) : (
        <figure role="group" aria-labelledby={`${id}-title`} style={{ margin: 0 }}>
          {children}
        </figure>
      )}
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
  const names = useNames();
  const schemes = useQuery({
    queryKey: ['schemes'],
    staleTime: 10 * 60_000,
    queryFn: () => unwrap(api.GET('/api/v1/schemes', { params: { query: { pageSize: 100 } } })),
  });
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
      <Select
        label={t('cb.queue.scheme')}
        placeholder={t('cb.queue.allSchemes')}
        clearable
        value={search.scheme ?? null}
        data={(schemes.data?.items ?? []).map((s) => ({
          value: s.schemeId,
          label: names.scheme(s.schemeId),
        }))}
        onChange={(value) => onChange({ ...search, scheme: value ?? undefined })}
        w={240}
      />
      <TextInput
        type="date"
        label={t('cb.kpis.from')}
        value={search.from ?? ''}
        onChange={(e) => onChange({ ...search, from: day(e.currentTarget.value) })}
        w={170}
      />
      <TextInput
        type="date"
        label={t('cb.kpis.to')}
        value={search.to ?? ''}
        onChange={(e) => onChange({ ...search, to: day(e.currentTarget.value) })}
        w={170}
      />
    </Group>
  );
}

/**
 * The certification body's figures (or, for platform staff, every CB's or one CB's) from the
 * analytics service: one chart per report, each exported to Excel as the report's own sheet.
 */
export function KpiDashboard({
  search,
  onSearch,
  platform = false,
}: {
  search: KpiSearch;
  onSearch: (search: KpiSearch) => void;
  platform?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const byStatus = useReport('/api/v1/analytics/dossiers-by-status', search);
  const lead = useReport('/api/v1/analytics/lead-times', search);
  const byRequirement = useReport('/api/v1/analytics/findings-by-requirement', search);
  const audits = useReport('/api/v1/analytics/audits-per-month', search);
  const statusRows = (byStatus.data?.items ?? []) as Parameters<typeof dossiersByStatus>[0];
  const n = (value: number) => formatNumber(value, i18n.language);
  // Counts are whole: no 0.25 ticks on their axis (lead times, in days, keep theirs).
  const chart = {
    h: 260,
    valueFormatter: n,
    withLegend: true,
    tickLine: 'y' as const,
    yAxisProps: { allowDecimals: false },
  };
  const statuses = dossiersByStatus(statusRows, DossierStatusSchema.options);
  return (
    <Stack gap="lg">
      <Title order={1}>{t(platform ? 'cb.kpis.platformTitle' : 'cb.kpis.title')}</Title>
      <Filters search={search} onChange={onSearch} withCb={platform} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ChartCard
          id="kpi-status"
          title={t('cb.kpis.byStatus')}
          report="dossiers-by-status"
          search={search}
          query={byStatus}
        >
          {/* Lying bars: a dozen status names side by side would not all fit under their bars. */}
          <BarChart
            {...chart}
            h={Math.max(260, statuses.length * 26)}
            orientation="vertical"
            yAxisProps={{ width: 200 }}
            xAxisProps={{ allowDecimals: false }}
            withLegend={false}
            data={statuses.map((r) => ({
              ...r,
              label: t(`status.${r.status}`),
            }))}
            dataKey="label"
            series={[{ name: 'count', label: t('cb.kpis.dossiers'), color: 'indigo.6' }]}
          />
        </ChartCard>
        <ChartCard
          id="kpi-certificates"
          title={t('cb.kpis.certificates')}
          report="dossiers-by-status"
          search={search}
          query={byStatus}
        >
          <BarChart
            {...chart}
            withLegend={false}
            data={certificatesByState(statusRows).map((r) => ({
              ...r,
              label: t(`cb.kpis.certificateStates.${r.state}`),
            }))}
            dataKey="label"
            series={[{ name: 'count', label: t('cb.kpis.certificatesCount'), color: 'teal.7' }]}
          />
        </ChartCard>
        <ChartCard
          id="kpi-lead"
          title={t('cb.kpis.leadTimes')}
          report="lead-times"
          search={search}
          query={lead}
        >
          <BarChart
            {...chart}
            yAxisProps={{ allowDecimals: true }}
            unit={` ${t('cb.kpis.days')}`}
            data={leadTimes((lead.data?.items ?? []) as Parameters<typeof leadTimes>[0]).map((r) => ({
              ...r,
              label: `${t(`cb.kpis.metrics.${r.metric}`)}${r.schemeId ? ` (${r.schemeId})` : ''}`,
            }))}
            dataKey="label"
            series={[
              { name: 'avgDays', label: t('cb.kpis.avg'), color: 'indigo.6' },
              { name: 'p50Days', label: t('cb.kpis.p50'), color: 'teal.7' },
              { name: 'p90Days', label: t('cb.kpis.p90'), color: 'orange.8' },
            ]}
          />
        </ChartCard>
        <ChartCard
          id="kpi-requirements"
          title={t('cb.kpis.byRequirement')}
          report="findings-by-requirement"
          search={search}
          query={byRequirement}
        >
          <BarChart
            {...chart}
            data={findingsByRequirement(
              (byRequirement.data?.items ?? []) as Parameters<typeof findingsByRequirement>[0],
            )}
            dataKey="requirementId"
            series={[
              { name: 'raised', label: t('cb.kpis.raised'), color: 'indigo.6' },
              { name: 'open', label: t('cb.kpis.open'), color: 'orange.8' },
              { name: 'overdue', label: t('cb.kpis.overdue'), color: 'red.8' },
            ]}
          />
        </ChartCard>
        <ChartCard
          id="kpi-audits"
          title={t('cb.kpis.audits')}
          report="audits-per-month"
          search={search}
          query={audits}
        >
          <LineChart
            {...chart}
            withLegend={false}
            data={auditsPerMonth((audits.data?.items ?? []) as Parameters<typeof auditsPerMonth>[0])}
            dataKey="month"
            series={[{ name: 'count', label: t('cb.kpis.auditsCount'), color: 'indigo.6' }]}
          />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}
