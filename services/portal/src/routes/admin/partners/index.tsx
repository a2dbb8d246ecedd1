import { Alert, Button, Card, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError, LoadError, Loading } from '../../../app/feedback';
import { AnchorLink } from '../../../app/links';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import '../../../i18n/admin';

/**
 * Partner API clients: the list (each opening its subscriptions and delivery log) and a new
 * client, whose secret is shown once.
 */
export const Route = createFileRoute('/admin/partners/')({
  pendingComponent: () => <Loading lines={6} />,
  component: Partners,
});

function CreatePartner() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/partners', { body: { name, scope: {} } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partners'] }),
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-create">
      <Title order={2} size="h4" mb="sm" id="partner-create">
        {t('admin.partners.create')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('admin.partners.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            w={280}
          />
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            {t('admin.partners.createSubmit')}
          </Button>
        </Group>
      </form>
      {create.data && (
        <Alert color="yellow" mt="sm" role="status">
          {t('admin.partners.secret', { name: create.data.partner.name })}{' '}
          <Code>{create.data.clientSecret}</Code>
        </Alert>
      )}
      <FormError error={create.error} message={(message) => t('admin.users.failed', { message })} />
    </Card>
  );
}

function Partners() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.partners.title'));
  const partners = useQuery({
    queryKey: ['partners'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/partners', { params: { query: { pageSize: 100, sort: 'name' } } })),
  });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.partners.title')}</Title>
      {partners.isPending ? (
        <Loading lines={4} />
      ) : partners.isError ? (
        <LoadError error={partners.error} retry={() => void partners.refetch()} />
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.partners.name')}</Table.Th>
              <Table.Th scope="col">{t('admin.partners.clientId')}</Table.Th>
              <Table.Th scope="col">{t('admin.partners.owner')}</Table.Th>
              <Table.Th scope="col">{t('admin.partners.scope')}</Table.Th>
              <Table.Th scope="col">{t('admin.partners.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partners.data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <AnchorLink to="/admin/partners/$partnerId" params={{ partnerId: p.id }}>
                    {p.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <Code>{p.clientId}</Code>
                </Table.Td>
                <Table.Td>{p.ownerTenantId}</Table.Td>
                <Table.Td>
                  {[p.scope.cbId, p.scope.schemeId].filter(Boolean).join(' · ') ||
                    t('admin.partners.anyScope')}
                </Table.Td>
                <Table.Td>{formatDate(p.createdAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreatePartner />
      <Text size="sm" c="dimmed">
        {t('admin.partners.selfService')}
      </Text>
    </Stack>
  );
}
