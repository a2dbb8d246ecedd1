import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading, PlainList } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { RegisterSearch, type RegisterQuery } from '../../features/registry/RegisterSearch';
import { SearchCard } from '../../features/registry/SearchCard';
import { companyQuery } from '../../features/registry/verify';
import { idParam, oneOfParam, pageParam, queryParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';

/** Public, no sign-in: the search lives in the URL, so a result can be shared. */
const STATUSES = ['valid', 'suspended', 'withdrawn', 'expired'] as const;
export const Route = createFileRoute('/registry/')({
  validateSearch: (
    search: Record<string, unknown>,
  ): { company?: string; scheme?: string } & RegisterQuery => ({
    company: queryParam(search['company'], 20),
    scheme: idParam(search['scheme']),
    q: queryParam(search['q']),
    cb: queryParam(search['cb']),
    status: oneOfParam(STATUSES, search['status']),
    page: pageParam(search['page']),
  }),
  component: Registry,
});

function ByNumber() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [number, setNumber] = useState('');
  return (
    <SearchCard
      id="by-number"
      title={t('registry.byNumber')}
      onSubmit={() => {
        if (number.trim()) void navigate({ to: '/registry/$number', params: { number: number.trim() } });
      }}
    >
      <Group align="flex-end">
        <TextInput
          label={t('registry.number')}
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
          w={280}
        />
        <Button type="submit" disabled={!number.trim()}>
          {t('registry.check')}
        </Button>
      </Group>
    </SearchCard>
  );
}

function Results({ company, scheme }: { company: string; scheme: string }) {
  const { t } = useTranslation();
  const query = companyQuery(company);
  const results = useQuery({
    queryKey: ['registry', company, scheme],
    enabled: Boolean(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/public/certificates', {
          params: { query: { ...(query as { siren: string }), schemeId: scheme } },
        }),
      ),
  });
  if (!query) return <Text c="red.9">{t('registry.sirenInvalid')}</Text>;
  if (results.isPending) return <Loading lines={2} />;
  if (results.isError) return <LoadError error={results.error} retry={() => void results.refetch()} />;
  const { items } = results.data;
  if (!items.length) return <Text>{t('registry.none')}</Text>;
  return (
    <Stack gap="xs">
      <Text c="dimmed" aria-live="polite">
        {t('registry.results', { count: items.length })}
      </Text>
      <PlainList>
        {items.map((c) => (
          <li key={c.number}>
            <AnchorLink to="/registry/$number" params={{ number: c.number }}>
              {c.number}
            </AnchorLink>{' '}
            · {c.holderName} · {c.schemeTitle} · {t(`registry.status.${c.status}`)}
          </li>
        ))}
      </PlainList>
    </Stack>
  );
}

function ByCompany() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const [company, setCompany] = useState(search.company ?? '');
  const [scheme, setScheme] = useState(search.scheme ?? '');
  return (
    <SearchCard
      id="by-company"
      title={t('registry.byCompany')}
      onSubmit={() => {
        void navigate({
          search: { company: company.trim() || undefined, scheme: scheme.trim() || undefined },
        });
      }}
    >
      <Stack gap="sm">
        <Group align="flex-end">
          <TextInput
            label={t('registry.siren')}
            value={company}
            onChange={(e) => setCompany(e.currentTarget.value)}
            inputMode="numeric"
            w={280}
          />
          <TextInput
            label={t('registry.scheme')}
            description={t('registry.schemeHint')}
            value={scheme}
            onChange={(e) => setScheme(e.currentTarget.value)}
            w={280}
          />
          <Button type="submit" disabled={!company.trim() || !scheme.trim()}>
            {t('registry.search')}
          </Button>
        </Group>
        {search.company && search.scheme && !search.q && !search.cb && !search.status && (
          <Results company={search.company} scheme={search.scheme} />
        )}
      </Stack>
    </SearchCard>
  );
}

function Registry() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  usePageTitle(t('registry.title'));
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('registry.title')}</Title>
      <Alert variant="light" color="indigo">
        {t('registry.intro')}
      </Alert>
      <ByNumber />
      <RegisterSearch query={search} onSearch={(query) => void navigate({ search: query })} />
      <ByCompany />
    </Stack>
  );
}
