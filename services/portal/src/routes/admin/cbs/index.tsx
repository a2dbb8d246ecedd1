import { Button, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { Loading, QueryView } from '../../../app/feedback';
import { TableHead } from '../../../app/DataTable';
import { AnchorLink } from '../../../app/links';
import { CreateCertificationBody } from '../../../features/admin/CreateCertificationBody';
import { InviteForm } from '../../../features/admin/UsersAdmin';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import { Hint } from '../../../app/Hint';

/**
 * The platform's certification bodies: platform staff add one, invite its first administrator, and
 * open one to read its staff.
 */
export const Route = createFileRoute('/admin/cbs/')({
  pendingComponent: () => <Loading lines={6} />,
  component: CertificationBodies,
});

function CertificationBodies() {
  const { t, i18n } = useTranslation();
  const [inviting, setInviting] = useState<{ id: string; name: string } | null>(null);
  usePageTitle(t('admin.cbs.title'));
  const cbs = useQuery({
    queryKey: ['certification-bodies', 'admin'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/certification-bodies', { params: { query: { pageSize: 100, sort: 'name' } } })),
  });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.cbs.title')}</Title>
      <QueryView query={cbs} lines={4}>
        {(data) => (
          <Table striped>
            <TableHead
              columns={[
                t('admin.cbs.name'),
                t('admin.cbs.code'),
                t('admin.cbs.prefix'),
                t('admin.cbs.created'),
                null,
              ]}
            />
            <Table.Tbody>
              {data.items.map((cb) => (
                <Table.Tr key={cb.id}>
                  <Table.Td>
                    <AnchorLink to="/admin/cbs/$cbId" params={{ cbId: cb.id }}>
                      {cb.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{cb.code}</Table.Td>
                  <Table.Td>{cb.certificateNumberPrefix}</Table.Td>
                  <Table.Td>{formatDate(cb.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setInviting({ id: cb.id, name: cb.name })}
                    >
                      {t('admin.cbs.inviteAdmin', { name: cb.name })}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
      <CreateCertificationBody onCreated={(cb) => setInviting({ id: cb.id, name: cb.name })} />
      {inviting && (
        <InviteForm
          key={inviting.id}
          title={t('admin.cbs.inviteAdmin', { name: inviting.name })}
          roles={['cb_admin']}
          invite={({ role: _role, ...body }) =>
            unwrap(
              api.POST('/api/v1/certification-bodies/{cbId}/admins', {
                params: { path: { cbId: inviting.id } },
                body,
              }),
            )
          }
        />
      )}
      <Hint>{t('admin.users.ceiling')}</Hint>
    </Stack>
  );
}
