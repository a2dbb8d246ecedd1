import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEstablishments, useTrainingRole } from '../../../features/candidacy/common';
import {
  NextJuriesByCertifier,
  PlanSession,
  SESSION_PAGE_SIZE,
  SessionTable,
  useCertifierNames,
  useJurySessions,
} from '../../../features/candidacy/Juries';
import { PagedList } from '../../../features/candidacy/PagedList';
import { CERTIFIER_STAFF, hasRole } from '../../../features/candidacy/records';
import { dayParam, idParam, pageParam, queryParam } from '../../../lib/search';
import { usePageTitle } from '../../../lib/title';

type Search = { certifier?: string; region?: string; from?: string; page?: number };

/**
 * The jury calendar: the certifier's people plan sessions and open one (its page: members,
 * dossiers, assignment); a network's people see the next dates of the certifiers of their
 * establishments.
 */
export const Route = createFileRoute('/training/juries/')({
  validateSearch: (s: Record<string, unknown>): Search => ({
    certifier: idParam(s['certifier']),
    region: queryParam(s['region'], 100),
    from: dayParam(s['from']),
    page: pageParam(s['page']),
  }),
  component: Juries,
});

function Juries() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const role = useTrainingRole();
  const roles = role.principal?.roles;
  const cbSide = role.principal?.tenantType === 'cb';
  const establishments = useEstablishments().data?.items ?? [];
  const certifiers = [...new Set(establishments.map((e) => e.certifierId))];
  const certifierName = useCertifierNames();
  const certifierId = cbSide ? undefined : (search.certifier ?? certifiers[0] ?? '');
  const page = search.page ?? 1;
  const [region, setRegion] = useState(search.region ?? '');
  usePageTitle(t('training.juries.title'));
  const sessions = useJurySessions({ certifierId, region: search.region, from: search.from, page });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('training.juries.title')}</Title>
      {cbSide && hasRole(roles, CERTIFIER_STAFF) && <PlanSession />}
      {!cbSide && <NextJuriesByCertifier certifierIds={certifiers} />}
      <Group
        component="form"
        align="flex-end"
        role="search"
        aria-label={t('training.juries.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          void navigate({
            search: (prev) => ({ ...prev, region: region.trim() || undefined, page: undefined }),
          });
        }}
      >
        {!cbSide && (
          <Select
            label={t('training.juries.certifier')}
            allowDeselect={false}
            value={certifierId || null}
            data={certifiers.map((id) => ({ value: id, label: certifierName(id) }))}
            onChange={(value) =>
              void navigate({
                search: (prev) => ({ ...prev, certifier: value ?? undefined, page: undefined }),
              })
            }
            w={220}
          />
        )}
        <TextInput
          label={t('training.juries.region')}
          value={region}
          onChange={(e) => setRegion(e.currentTarget.value)}
          w={180}
        />
        <TextInput
          type="date"
          label={t('training.juries.from')}
          value={search.from ?? ''}
          onChange={(e) =>
            void navigate({
              search: (prev) => ({ ...prev, from: dayParam(e.currentTarget.value), page: undefined }),
            })
          }
          w={180}
        />
        <Button type="submit" variant="default">
          {t('training.common.search')}
        </Button>
      </Group>
      <PagedList
        query={sessions}
        page={page}
        pageSize={SESSION_PAGE_SIZE}
        onPage={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
        empty={t('training.juries.empty')}
      >
        {(items) => (
          <SessionTable
            sessions={items}
            open={
              cbSide
                ? (sessionId) => void navigate({ to: '/training/juries/$sessionId', params: { sessionId } })
                : undefined
            }
          />
        )}
      </PagedList>
    </Stack>
  );
}
