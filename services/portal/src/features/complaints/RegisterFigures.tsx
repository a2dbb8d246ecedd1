import { Button, Group, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Fact } from '../../app/Fact';
import { FormError, LoadError, Loading } from '../../app/feedback';
import { usePrincipal } from '../../app/session';
// The page's strings come with it: reached straight (a bookmark, the menu), no other complaint
// page registered them.
import '../../i18n/complaints';
import { TypedFilter } from '../../app/TypedFilter';
import { downloadFile } from '../upload/transfer';
import { formatNumber } from '../../lib/format';
import { dayParam, idParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';
import { SectionCard } from '../../app/SectionCard';
import { filledIn } from '../../api/request-fields';

// Reached through its route file: the page's words (side-effect imports above) load with this chunk,
// not with the first script.
const route = getRouteApi('/complaints/statistics');

function Counts({
  title,
  counts,
  label,
}: {
  title: string;
  counts: Record<string, number>;
  label: (key: string) => string;
}) {
  const { i18n } = useTranslation();
  const entries = Object.entries(counts);
  if (!entries.length) return null;
  return (
    <Table withTableBorder={false} verticalSpacing={4} captionSide="top">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{title}</Table.Caption>
      <Table.Tbody>
        {entries.map(([key, count]) => (
          <Table.Tr key={key}>
            <Table.Th scope="row" fw={400}>
              {label(key)}
            </Table.Th>
            <Table.Td ta="right">{formatNumber(count, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * One breakdown of a kind of case: its heading's word (`complaints.figures.${by}`), the counts, and
 * where each key's words are (`${words}.${key}`; none: the key as is, a scheme's id).
 */
type Breakdown = { by: string; counts: Record<string, number>; words?: string };

/** A kind of case's figures: its facts (a label and its value), then its counts by each breakdown. */
function CaseFigures({
  id,
  title,
  facts,
  breakdowns,
}: {
  id: string;
  title: string;
  facts: [label: string, value: string][];
  breakdowns: Breakdown[];
}) {
  const { t } = useTranslation();
  return (
    <SectionCard id={id} title={title}>
      <SimpleGrid cols={2} component="dl" m={0} mb="md">
        {facts.map(([label, value]) => (
          <Fact key={label} label={label}>
            {value}
          </Fact>
        ))}
      </SimpleGrid>
      {breakdowns.map(({ by, counts, words }) => (
        <Counts
          key={by}
          title={t(`complaints.figures.${by}`)}
          counts={counts}
          label={(k) => (words ? t(`${words}.${k}`, { defaultValue: k }) : k)}
        />
      ))}
    </SectionCard>
  );
}

export function RegisterFigures() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const platform = usePrincipal().data?.tenantType === 'platform';
  usePageTitle(t('complaints.figures.title'));
  const filters = filledIn({ cbId: search.cb, from: search.from, to: search.to });
  const figures = useQuery({
    queryKey: ['complaints', 'statistics', filters],
    queryFn: () => unwrap(api.GET('/api/v1/complaint-statistics', { params: { query: filters } })),
  });
  const exported = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/complaint-statistics/export?${new URLSearchParams(filters).toString()}`,
        'complaints-register.xlsx',
      ),
  });
  const days = (value: number | null) =>
    value === null
      ? t('complaints.figures.none')
      : t('complaints.figures.days', { count: Math.round(value * 10) / 10 });
  const set = (patch: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('complaints.figures.title')}</Title>
        <Button variant="light" loading={exported.isPending} onClick={() => exported.mutate()}>
          {t('complaints.figures.export')}
        </Button>
      </Group>
      <FormError
        error={exported.error}
        message={(message) => t('complaints.figures.exportFailed', { message })}
      />
      <Group align="flex-end" gap="md">
        {platform && (
          <TypedFilter
            label={t('complaints.figures.cb')}
            placeholder="cb-demo"
            value={search.cb ?? ''}
            onChange={(cb) => set({ cb: idParam(cb) })}
            width={200}
          />
        )}
        <TextInput
          label={t('complaints.figures.from')}
          defaultValue={search.from ?? ''}
          onBlur={(e) => set({ from: dayParam(e.currentTarget.value) })}
          w={180}
        />
        <TextInput
          label={t('complaints.figures.to')}
          defaultValue={search.to ?? ''}
          onBlur={(e) => set({ to: dayParam(e.currentTarget.value) })}
          w={180}
        />
      </Group>
      {figures.isPending ? (
        <Loading lines={6} />
      ) : figures.isError ? (
        <LoadError error={figures.error} retry={() => void figures.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <CaseFigures
            id="complaint-figures"
            title={t('complaints.figures.complaints')}
            facts={[
              [t('complaints.figures.total'), n(figures.data.complaints.total)],
              [t('complaints.figures.overdue'), n(figures.data.complaints.overdue)],
              [t('complaints.figures.meanAcknowledge'), days(figures.data.complaints.meanDaysToAcknowledge)],
              [t('complaints.figures.meanClose'), days(figures.data.complaints.meanDaysToClose)],
            ]}
            breakdowns={[
              { by: 'byStatus', counts: figures.data.complaints.byStatus, words: 'complaints.status' },
              { by: 'byAbout', counts: figures.data.complaints.byAbout, words: 'complaints.about' },
              { by: 'byOutcome', counts: figures.data.complaints.byOutcome, words: 'complaints.outcome' },
              { by: 'byScheme', counts: figures.data.complaints.byScheme },
            ]}
          />
          <CaseFigures
            id="appeal-figures"
            title={t('complaints.figures.appeals')}
            facts={[
              [t('complaints.figures.total'), n(figures.data.appeals.total)],
              [t('complaints.figures.overdue'), n(figures.data.appeals.overdue)],
              [t('complaints.figures.meanDecide'), days(figures.data.appeals.meanDaysToDecide)],
            ]}
            breakdowns={[
              { by: 'byStatus', counts: figures.data.appeals.byStatus, words: 'complaints.appeals.statuses' },
              {
                by: 'byDecision',
                counts: figures.data.appeals.byDecision,
                words: 'complaints.appeals.decisions',
              },
              { by: 'byScheme', counts: figures.data.appeals.byScheme },
            ]}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
