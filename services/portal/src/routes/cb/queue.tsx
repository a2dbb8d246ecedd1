import { DossierStatusSchema, type DossierStatus } from '@certhub/contracts';
import { Checkbox, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Loading, StatusBadge, ToneBadge } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { useNames } from '../../app/names';
import { SchemeFilter } from '../../features/cb/SchemeFilter';
import { SavedViews } from '../../features/cb/SavedViews';
import { schemesQuery } from '../../app/queries';
import { BulkAssign } from '../../features/cb/BulkAssign';
import { useCbPeople } from '../../features/cb/people';
import {
  QUEUE_SORTS,
  QUEUE_VIEWS,
  ageInDays,
  analystFilter,
  parseQueueSearch,
  queueStatuses,
  type QueueSearch,
  type QueueView,
} from '../../features/cb/queue-search';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/title';
import { useListSearch, type ListNavigation } from '../../app/list-navigation';
import { ListFilters, ListHeading, type FilterSpec } from '../../app/ListFilters';
import { ListTotal, PagedTable } from '../../app/PagedTable';
import { usePageQuery } from '../../app/page-query';
import { flagQuery, filledIn } from '../../api/request-fields';

const PAGE_SIZE = 25;

/** Filters, sort and page live in the URL: a reload, a shared link or the back button keep them. */
export const Route = createFileRoute('/cb/queue')({
  validateSearch: parseQueueSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: WorkQueue,
});

function Filters({ search, nav }: { search: QueueSearch; nav: ListNavigation<QueueSearch> }) {
  const { t } = useTranslation();
  const set = nav.set;
  const people = useCbPeople();
  const schemes = useQuery(schemesQuery);
  // A level means something within its scheme only: offered once a scheme with levels is chosen.
  const levels = schemes.data?.items.find((s) => s.schemeId === search.scheme)?.levels ?? [];
  const view = search.view ?? 'all';
  const viewStatuses: readonly DossierStatus[] = QUEUE_VIEWS[view];
  const statusChoices = viewStatuses.length ? viewStatuses : DossierStatusSchema.options;
  const filters: readonly FilterSpec<QueueSearch>[] = [
    <Select
      label={t('cb.queue.view')}
      value={view}
      allowDeselect={false}
      data={(Object.keys(QUEUE_VIEWS) as QueueView[]).map((v) => ({
        value: v,
        label: t(`cb.queue.views.${v}`),
      }))}
      onChange={(value) =>
        set({ view: value && value !== 'all' ? (value as QueueView) : undefined, status: undefined })
      }
      w={250}
    />,
    { choice: 'status', choices: statusChoices, labels: 'status', all: 'cb.queue.allStatuses', width: 240 },
    <SchemeFilter value={search.scheme} onChange={(scheme) => set({ scheme, level: undefined })} />,
    levels.length > 0 && (
      <Select
        label={t('cb.queue.level')}
        placeholder={t('cb.queue.allLevels')}
        clearable
        value={search.level ?? null}
        data={levels.map((l) => ({ value: l.id, label: l.label }))}
        onChange={(level) => set({ level: level ?? undefined })}
        w={240}
      />
    ),
    <Select
      label={t('cb.queue.analyst')}
      placeholder={t('cb.queue.anyAnalyst')}
      clearable
      value={search.analyst ?? null}
      data={[
        { value: 'me', label: t('cb.queue.me') },
        { value: 'none', label: t('cb.queue.unassigned') },
        ...people.analysts.map((u) => ({ value: u.id, label: `${u.firstName} ${u.lastName}` })),
      ]}
      onChange={(value) => set({ analyst: value ?? undefined })}
      w={220}
    />,
    { flag: 'overdue' },
    { text: 'q', label: 'cb.queue.search', width: 220 },
    { sort: QUEUE_SORTS, fallback: '-updatedAt' },
  ];
  return <ListFilters words="cb.queue" search={search} nav={nav} filters={filters} />;
}

function WorkQueue() {
  const { t, i18n } = useTranslation();
  const { search, page, nav } = useListSearch<QueueSearch>(Route);
  const names = useNames();
  const people = useCbPeople();
  const [selected, setSelected] = useState<string[]>([]);
  usePageTitle(t('cb.queue.title'));
  const statuses = queueStatuses(search);
  const analystId = analystFilter(search.analyst, people.userId);
  // "Mine" waits for the signed-in user's id: asked without it, the queue would list everybody's.
  const dossiers = usePageQuery(
    ['dossiers', 'queue', { ...search, page, analystId }],
    () =>
      api.GET('/api/v1/dossiers', {
        params: {
          query: {
            page,
            pageSize: PAGE_SIZE,
            sort: search.sort ?? '-updatedAt',
            ...filledIn({
              status: statuses,
              schemeId: search.scheme,
              level: search.level,
              analystId,
              overdue: flagQuery(search.overdue),
              q: search.q,
            }),
          },
        },
      }),
    { enabled: search.analyst !== 'me' || analystId !== undefined },
  );
  // A selection belongs to the rows shown: a new page or filter starts it afresh.
  useEffect(() => setSelected([]), [dossiers.data]);
  const rows = dossiers.data?.items ?? [];
  const byId = new Map(rows.map((d) => [d.id, d]));
  const allSelected = rows.length > 0 && rows.every((d) => selected.includes(d.id));

  return (
    <Stack gap="lg">
      <ListHeading title={t('cb.queue.title')}>
        <ListTotal page={dossiers.data} i18nKey="cb.queue.total" />
      </ListHeading>
      <Filters search={search} nav={nav} />
      <SavedViews userId={people.userId} search={search} />
      {people.isAdmin && (
        <BulkAssign
          selected={selected.flatMap((id) => {
            const d = byId.get(id);
            return d ? [{ id: d.id, reference: d.reference }] : [];
          })}
          onDone={() => setSelected([])}
        />
      )}
      <PagedTable
        query={dossiers}
        rowKey="id"
        columns={[
          people.isAdmin && {
            header: (
              <Checkbox
                aria-label={t('cb.queue.selectPage')}
                checked={allSelected}
                indeterminate={!allSelected && selected.length > 0}
                onChange={() => setSelected(allSelected ? [] : rows.map((d) => d.id))}
              />
            ),
            cell: (d) => (
              <Checkbox
                aria-label={t('cb.queue.select', { reference: d.reference })}
                checked={selected.includes(d.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setSelected((s) => (on ? [...s, d.id] : s.filter((id) => id !== d.id)));
                }}
              />
            ),
          },
          {
            header: t('cb.queue.reference'),
            nowrap: true,
            cell: (d) => (
              <AnchorLink to="/cb/dossiers/$dossierId" params={{ dossierId: d.id }}>
                {d.reference}
              </AnchorLink>
            ),
          },
          {
            header: t('cb.queue.organisation'),
            cell: (d) => <Text size="sm">{d.holderName ?? d.organisationId}</Text>,
          },
          { header: t('cb.queue.scheme'), cell: (d) => names.scheme(d.schemeId) },
          { header: t('cb.queue.level'), cell: (d) => (d.level ? names.level(d.schemeId, d.level) : '—') },
          { header: t('cb.queue.status'), nowrap: true, cell: (d) => <StatusBadge status={d.status} /> },
          {
            header: t('cb.queue.analyst'),
            cell: (d) => (
              <Text size="sm" c={d.analystId ? undefined : 'dimmed'}>
                {people.name(d.analystId)}
              </Text>
            ),
          },
          {
            header: t('cb.queue.age'),
            nowrap: true,
            cell: (d) => (
              <Text size="sm" title={formatDate(d.createdAt, i18n.language)}>
                {t('cb.queue.ageDays', { count: ageInDays(d.createdAt) })}
              </Text>
            ),
          },
          {
            header: t('cb.queue.overdue'),
            cell: (d) => {
              const late = d.overdueFindings ?? 0;
              return (
                late > 0 && <ToneBadge color="red">{t('cb.queue.overdueBadge', { count: late })}</ToneBadge>
              );
            },
          },
        ]}
        empty={t('cb.queue.empty')}
        minWidth={900}
        page={page}
        pageSize={PAGE_SIZE}
        pagination={t('cb.queue.pagination')}
        onPage={nav.page}
      />
    </Stack>
  );
}
