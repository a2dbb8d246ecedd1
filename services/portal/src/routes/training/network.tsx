import { mayEditNetworkPlace } from '@certhub/contracts';
import { Button, Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Fact } from '../../app/Fact';
import { PlainList, QueryView } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { useTrainingRole } from '../../features/candidacy/common';
import { NetworkEditForm } from '../../features/network/NetworkEditForm';
import { usePageTitle } from '../../lib/title';
import { SectionCard } from '../../app/SectionCard';

export const Route = createFileRoute('/training/network')({ component: Network });

/** The network's head and options, and the ways into what it holds. */
function Network() {
  const { t } = useTranslation();
  const role = useTrainingRole();
  const networkId = role.networkId;
  const [editing, setEditing] = useState(false);
  const network = useQuery({
    queryKey: ['networks', networkId],
    enabled: Boolean(networkId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/networks/{networkId}', { params: { path: { networkId: networkId as string } } }),
      ),
  });
  const canEdit = (id: string) => !!role.principal && mayEditNetworkPlace(role.principal, { networkId: id });
  usePageTitle(network.data ? t('training.network.title', { name: network.data.name }) : undefined);
  return (
    <QueryView query={network}>
      {(n) => (
        <Stack gap="lg">
          <Title order={1}>{t('training.network.title', { name: n.name })}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <SectionCard
              id="head-title"
              titleGap="md"
              title={t('training.network.head')}
              actions={
                canEdit(n.id) &&
                !editing && (
                  <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                    {t('networkAdmin.editNetwork')}
                  </Button>
                )
              }
            >
              {editing ? (
                <NetworkEditForm network={n} onDone={() => setEditing(false)} />
              ) : (
                <Stack gap="xs" component="dl" m={0}>
                  <Fact label={t('training.common.lastName')}>{n.head.lastName}</Fact>
                  <Fact label={t('training.common.firstName')}>{n.head.firstName}</Fact>
                  <Fact label={t('training.common.email')}>{String(n.head.email)}</Fact>
                  <Fact label={t('training.network.notify')}>
                    {n.notifyOnCandidacy ? t('training.common.yes') : t('training.common.no')}
                  </Fact>
                </Stack>
              )}
            </SectionCard>
            <Card withBorder padding="lg" component="nav" aria-labelledby="links-title">
              <Title order={2} size="h4" mb="md" id="links-title">
                {t('training.network.links')}
              </Title>
              <PlainList>
                <li>
                  <AnchorLink to="/training/organisations">{t('training.organisations.title')}</AnchorLink>
                </li>
                <li>
                  <AnchorLink to="/training/establishments">{t('training.establishments.title')}</AnchorLink>
                </li>
                <li>
                  <AnchorLink to="/training/users">{t('training.users.title')}</AnchorLink>
                </li>
                <li>
                  <AnchorLink to="/training/habilitations">{t('training.habilitations.title')}</AnchorLink>
                </li>
                <li>
                  <AnchorLink to="/training/transfers">{t('training.transfer.mineTitle')}</AnchorLink>
                </li>
              </PlainList>
            </Card>
          </SimpleGrid>
        </Stack>
      )}
    </QueryView>
  );
}
