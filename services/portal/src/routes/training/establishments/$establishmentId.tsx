import type { operations } from '../../../api/schema';
import { mayEditNetworkPlace } from '@certhub/contracts';
import { Button, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client';
import { Fact } from '../../../app/Fact';
import { FormError, LoadError, Loading, QueryView } from '../../../app/feedback';
import { AnchorLink } from '../../../app/links';
import { useTrainingRole } from '../../../features/candidacy/common';
import { HabilitationTable, RequestHabilitation } from '../../../features/candidacy/Habilitations';
import { EstablishmentEditForm } from '../../../features/network/EstablishmentEditForm';
import { EstablishmentHistory } from '../../../features/network/EstablishmentHistory';
import { oneOfParam } from '../../../lib/search';
import { usePageTitle } from '../../../lib/title';
import { SearchTabs } from '../../../app/SearchTabs';
import { ConfirmAction } from '../../../features/cb/ConfirmAction';

const TABS = ['info', 'habilitations', 'history'] as const;
type Establishment =
  operations['identity.establishments.get']['responses'][200]['content']['application/json'];

export const Route = createFileRoute('/training/establishments/$establishmentId')({
  validateSearch: (s: Record<string, unknown>): { tab?: (typeof TABS)[number] } => ({
    tab: oneOfParam(TABS, s['tab']),
  }),
  component: EstablishmentPage,
});

function Info({ establishment: e }: { establishment: Establishment }) {
  const { t } = useTranslation();
  const contact = (c: { lastName: string; firstName: string; email: unknown; phone?: string }) =>
    `${c.firstName} ${c.lastName} · ${String(c.email)}${c.phone ? ` · ${c.phone}` : ''}`;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} component="dl" m={0} spacing="md">
      <Fact label="SIRET">{e.siret}</Fact>
      <Fact label={t('training.establishments.region')}>
        {t(`training.establishments.regions.${e.region}`)}
      </Fact>
      <Fact label={t('training.establishments.address')}>
        {e.address.line1}
        {e.address.line2 ? `, ${e.address.line2}` : ''}, {e.address.postalCode} {e.address.city}
      </Fact>
      <Fact label={t('training.establishments.website')}>{e.website ?? '—'}</Fact>
      <Fact label={t('training.establishments.officialContact')}>{contact(e.officialContact)}</Fact>
      <Fact label={t('training.establishments.publicContact')}>{contact(e.publicContact)}</Fact>
      <Fact label={t('training.establishments.active')}>
        {e.active ? t('training.common.yes') : t('training.common.no')}
      </Fact>
      <Fact label={t('training.establishments.organisationActive')}>
        {e.organisationActive ? t('training.common.yes') : t('training.common.no')}
      </Fact>
    </SimpleGrid>
  );
}

/**
 * The certifier's switch of the establishment's training organisation: it stops (or restarts) every
 * establishment of it at once, so it asks first.
 */
function OrganisationToggle({ establishment: e }: { establishment: Establishment }) {
  const { t } = useTranslation();
  const next = e.organisationActive ? 'deactivate' : 'activate';
  return (
    <ConfirmAction
      label={t(`training.establishments.${next}Organisation`)}
      title={t(`training.establishments.${next}OrganisationTitle`)}
      explain={t(`training.establishments.${next}OrganisationExplain`)}
      withReason={false}
      danger={e.organisationActive}
      buttonProps={{ variant: 'default' }}
      refresh={[['establishments']]}
      run={() =>
        unwrap(
          api.PUT('/api/v1/training-organisations/{trainingOrganisationId}/active', {
            params: { path: { trainingOrganisationId: e.trainingOrganisationId } },
            body: { active: !e.organisationActive },
          }),
        )
      }
    />
  );
}

function Habilitations({
  establishment: e,
  canRequest,
  certifier,
}: {
  establishment: Establishment;
  canRequest: boolean;
  certifier: boolean;
}) {
  const { t } = useTranslation();
  const habilitations = useQuery({
    queryKey: ['habilitations', { establishmentId: e.id }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/habilitations', {
          params: { query: { establishmentId: e.id, sort: '-requestedAt', pageSize: 100 } },
        }),
      ),
  });
  return (
    <QueryView query={habilitations}>
      {({ items }) => {
        const pending = items.some((h) => h.status === 'pending');
        const valid = items.some((h) => h.valid);
        return (
          <Stack>
            {canRequest && !pending && !valid && (
              <Group>
                <RequestHabilitation establishmentId={e.id} certifierId={e.certifierId} />
              </Group>
            )}
            {!items.length ? (
              <Text>{t('training.habilitations.empty')}</Text>
            ) : (
              <HabilitationTable
                items={items}
                establishmentName={() => e.name}
                certifier={certifier}
                canRequest={canRequest}
              />
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
}

function EstablishmentPage() {
  const { t } = useTranslation();
  const { establishmentId } = Route.useParams();
  const { tab = 'info' } = Route.useSearch();
  const navigate = Route.useNavigate();
  const role = useTrainingRole();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const establishment = useQuery({
    queryKey: ['establishments', establishmentId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/establishments/{establishmentId}', { params: { path: { establishmentId } } })),
  });
  const toggle = useMutation({
    mutationFn: (active: boolean) =>
      unwrap(
        api.PUT('/api/v1/establishments/{establishmentId}/active', {
          params: { path: { establishmentId } },
          body: { active },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['establishments'] }),
  });
  usePageTitle(establishment.data?.name);
  if (establishment.isPending) return <Loading lines={6} />;
  if (establishment.isError)
    return establishment.error instanceof ApiError && establishment.error.problem.status === 404 ? (
      <Stack>
        <Title order={1}>{t('training.common.notFound')}</Title>
        <AnchorLink to="/training/establishments">{t('training.establishments.title')}</AnchorLink>
      </Stack>
    ) : (
      <LoadError error={establishment.error} retry={() => void establishment.refetch()} />
    );
  const e = establishment.data;
  const canEdit =
    !!role.principal &&
    mayEditNetworkPlace(role.principal, {
      networkId: e.networkId,
      trainingOrganisationId: e.trainingOrganisationId,
      establishmentId: e.id,
    });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Text c="dimmed" size="sm">
            {t('training.establishments.view')}
          </Text>
          <Title order={1}>{e.name}</Title>
        </Stack>
        <Group>
          {canEdit && !editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('networkAdmin.editEstablishment')}
            </Button>
          )}
          {role.certifier && <OrganisationToggle establishment={e} />}
          {role.certifier && (
            <Button
              variant="light"
              color={e.active ? 'red' : 'green'}
              c={e.active ? 'red.9' : 'green.9'}
              loading={toggle.isPending}
              onClick={() => toggle.mutate(!e.active)}
            >
              {e.active ? t('training.establishments.deactivate') : t('training.establishments.activate')}
            </Button>
          )}
        </Group>
      </Group>
      <FormError error={toggle.error} message={(message) => t('training.common.failed', { message })} />
      <SearchTabs
        tabs={TABS}
        value={tab}
        words="training.establishments.tabs"
        onChange={(next) => void navigate({ search: { tab: next } })}
      >
        <Tabs.Panel value="info" pt="lg">
          {editing ? (
            <EstablishmentEditForm establishment={e} onDone={() => setEditing(false)} />
          ) : (
            <Info establishment={e} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="habilitations" pt="lg">
          {tab === 'habilitations' && (
            <Habilitations establishment={e} canRequest={role.admin} certifier={role.certifier} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="lg">
          {tab === 'history' && <EstablishmentHistory establishmentId={e.id} />}
        </Tabs.Panel>
      </SearchTabs>
    </Stack>
  );
}
