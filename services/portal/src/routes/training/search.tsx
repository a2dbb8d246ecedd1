import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { Link, createFileRoute } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { CandidacyBadge, useTrainingRole } from '../../features/candidacy/common';
import { TransferRequestButton } from '../../features/candidacy/TransferRequest';
import { formatDate } from '../../lib/format';
import { queryParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';
import { DataTable } from '../../app/DataTable';

const FIELDS = ['reference', 'name', 'birthDate', 'birthPostalCode', 'birthCity'] as const;
type Search = Partial<Record<(typeof FIELDS)[number], string>>;

export const Route = createFileRoute('/training/search')({
  validateSearch: (s: Record<string, unknown>): Search =>
    Object.fromEntries(FIELDS.map((f) => [f, queryParam(s[f], 100)]).filter(([, v]) => v)) as Search,
  component: CandidateSearch,
});

/**
 * Precise enough to find one person, never a browse: a dossier number, or a name with the birth
 * date or place (the API's own rule; it answers 422 otherwise).
 */
const preciseEnough = (s: Search) =>
  Boolean(s.reference) || (Boolean(s.name) && Boolean(s.birthDate || s.birthPostalCode || s.birthCity));

function Results({ search }: { search: Search }) {
  const { t, i18n } = useTranslation();
  const role = useTrainingRole();
  const hits = useQuery({
    queryKey: ['candidate-search', search],
    queryFn: () => unwrap(api.GET('/api/v1/candidate-search', { params: { query: search } })),
  });
  if (hits.isPending) return <Loading lines={3} />;
  if (hits.isError)
    return hits.error instanceof ApiError && hits.error.problem.status === 422 ? (
      <Alert color="orange.9" role="alert">
        {t('training.search.tooBroad')}
      </Alert>
    ) : (
      <LoadError error={hits.error} retry={() => void hits.refetch()} />
    );
  if (!hits.data.items.length)
    return (
      <Stack gap="xs" align="flex-start" role="status">
        <Text>{t('training.search.none')}</Text>
        {role.network && <AnchorLink to="/training/candidates/new">{t('training.search.create')}</AnchorLink>}
      </Stack>
    );
  return (
    <DataTable
      items={hits.data.items}
      rowKey="id"
      minWidth={760}
      caption={t('training.search.results')}
      columns={[
        {
          header: t('training.candidates.reference'),
          cell: (hit) =>
            hit.mine ? (
              <AnchorLink to="/training/candidates/$candidateId" params={{ candidateId: hit.id }}>
                {hit.reference}
              </AnchorLink>
            ) : (
              hit.reference
            ),
        },
        {
          header: t('training.candidates.candidate'),
          cell: (hit) => `${hit.birthName.toUpperCase()} ${hit.firstName}`,
        },
        { header: t('training.search.birthDate'), cell: (hit) => formatDate(hit.birthDate, i18n.language) },
        {
          header: t('training.candidates.establishment'),
          cell: (hit) => (hit.mine ? t('training.search.mine') : hit.establishmentName),
        },
        { header: t('training.candidates.status'), cell: (hit) => <CandidacyBadge status={hit.status} /> },
        {
          header: null,
          cell: (hit) =>
            !hit.mine &&
            role.network && (
              <TransferRequestButton
                candidateId={hit.id}
                reference={hit.reference}
                label={t('training.search.askTransfer', { reference: hit.reference })}
              />
            ),
        },
      ]}
    />
  );
}

function CandidateSearch() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  usePageTitle(t('training.search.title'));
  const initial = Object.fromEntries(FIELDS.map((f) => [f, search[f] ?? ''])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  const form = useForm({ mode: 'controlled', initialValues: initial });
  useEffect(() => form.setValues(initial), [JSON.stringify(search)]);
  const asked = Object.keys(search).length > 0;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('training.search.title')}</Title>
      <Text size="sm">{t('training.search.explain')}</Text>
      <form
        role="search"
        aria-label={t('training.search.title')}
        onSubmit={form.onSubmit(
          (values) =>
            void navigate({
              search: Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim())) as Search,
            }),
        )}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('training.search.reference')} {...form.getInputProps('reference')} />
          <TextInput label={t('training.search.name')} {...form.getInputProps('name')} />
          <TextInput
            type="date"
            label={t('training.search.birthDate')}
            {...form.getInputProps('birthDate')}
          />
          <TextInput
            label={t('training.search.birthPostalCode')}
            inputMode="numeric"
            maxLength={5}
            {...form.getInputProps('birthPostalCode')}
          />
          <TextInput label={t('training.search.birthCity')} {...form.getInputProps('birthCity')} />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit">{t('training.search.submit')}</Button>
          <Button variant="subtle" component={Link} to="/training/search">
            {t('training.common.reset')}
          </Button>
        </Group>
      </form>
      {asked &&
        (preciseEnough(search) ? (
          <Results search={search} />
        ) : (
          <Alert color="orange.9" role="alert">
            {t('training.search.tooBroad')}
          </Alert>
        ))}
    </Stack>
  );
}
