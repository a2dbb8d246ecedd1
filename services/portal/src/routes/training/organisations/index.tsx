import { mayEditNetworkPlace } from '@certhub/contracts';
import { Anchor, Button, Group, Modal, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { AnchorLink } from '../../../app/links';
import { QueryView } from '../../../app/feedback';
import { TypedFilter } from '../../../app/TypedFilter';
import { useTrainingRole } from '../../../features/candidacy/common';
import { pageParam, queryParam } from '../../../lib/search';
import { PagedList } from '../../../features/candidacy/PagedList';
import { useListPage } from '../../../app/list-page';
import { filledIn } from '../../../api/request-fields';
import { OrganisationEditForm } from '../../../features/network/OrganisationEditForm';
import type { TrainingOrganisation } from '../../../features/network/OrganisationSections';
import { DataTable } from '../../../app/DataTable';
import { Hint } from '../../../app/Hint';

const PAGE_SIZE = 25;
type Search = { q?: string; page?: number };

export const Route = createFileRoute('/training/organisations/')({
  validateSearch: (s: Record<string, unknown>): Search => ({
    q: queryParam(s['q'], 100),
    page: pageParam(s['page']),
  }),
  component: Organisations,
});

function Organisations() {
  const { t } = useTranslation();
  const role = useTrainingRole();
  const networkId = role.networkId;
  const { search, nav, query, paged } = useListPage(Route, {
    title: t('training.organisations.title'),
    queryKey: ['training-organisations', networkId],
    pageSize: PAGE_SIZE,
    fetch: (search, paging) =>
      api.GET('/api/v1/networks/{networkId}/organisations', {
        params: {
          path: { networkId: networkId as string },
          query: { ...paging, sort: 'name', ...filledIn({ q: search.q }) },
        },
      }),
    enabled: Boolean(networkId),
  });
  const [editing, setEditing] = useState<TrainingOrganisation>();
  const canEdit = (o: TrainingOrganisation) =>
    !!role.principal &&
    mayEditNetworkPlace(role.principal, { networkId: o.networkId, trainingOrganisationId: o.id });
  return (
    <Stack gap="lg">
      <Modal
        opened={!!editing}
        onClose={() => setEditing(undefined)}
        title={editing ? `${t('networkAdmin.editOrganisation')} : ${editing.name}` : ''}
        size="xl"
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        {editing && <EditOrganisation organisation={editing} onDone={() => setEditing(undefined)} />}
      </Modal>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('training.organisations.title')}</Title>
        {role.networkStaff && role.admin && (
          <Button component={Link} to="/training/organisations/new">
            {t('training.organisations.add')}
          </Button>
        )}
      </Group>
      <TypedFilter
        label={t('training.common.search')}
        placeholder={t('training.common.searchHint')}
        value={search.q ?? ''}
        onChange={(q) => nav.set({ q: q || undefined })}
        width={320}
      />
      <Hint>{t('training.organisations.activeRule')}</Hint>
      <PagedList {...paged} empty={t('training.organisations.empty')}>
        {(items) => (
          <DataTable
            items={items}
            rowKey="id"
            aria-busy={query.isFetching}
            columns={[
              { header: t('training.organisations.name'), cell: (o) => o.name },
              { header: t('training.organisations.siren'), mono: true, cell: (o) => o.siren },
              {
                header: t('training.organisations.active'),
                cell: (o) => (o.active ? t('training.common.yes') : t('training.common.no')),
              },
              {
                header: t('training.organisations.establishments'),
                cell: (o) => (
                  <Group gap="md">
                    <AnchorLink to="/training/establishments" search={{ organisation: o.id }}>
                      {t('training.organisations.establishments')}
                      <VisuallyHidden> – {o.name}</VisuallyHidden>
                    </AnchorLink>
                    {role.admin && (
                      <AnchorLink to="/training/establishments/new" search={{ organisation: o.id }}>
                        {t('training.establishments.add')}
                        <VisuallyHidden> – {o.name}</VisuallyHidden>
                      </AnchorLink>
                    )}
                    {canEdit(o) && (
                      <Anchor component="button" type="button" onClick={() => setEditing(o)}>
                        {t('networkAdmin.edit')}
                        <VisuallyHidden> – {o.name}</VisuallyHidden>
                      </Anchor>
                    )}
                  </Group>
                ),
              },
            ]}
          />
        )}
      </PagedList>
    </Stack>
  );
}

/** The edit form, once it is known whether the organisation has establishments (its SIREN is then fixed). */
function EditOrganisation({
  organisation,
  onDone,
}: {
  organisation: TrainingOrganisation;
  onDone: () => void;
}) {
  const establishments = useQuery({
    queryKey: ['establishments', 'of', organisation.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/establishments', {
          params: { query: { trainingOrganisationId: organisation.id, pageSize: 1 } },
        }),
      ),
  });
  return (
    <QueryView query={establishments}>
      {(page) => (
        <OrganisationEditForm
          organisation={organisation}
          hasEstablishments={page.total > 0}
          onDone={onDone}
        />
      )}
    </QueryView>
  );
}
