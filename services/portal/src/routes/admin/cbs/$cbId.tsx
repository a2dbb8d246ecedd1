import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { Loading } from '../../../app/feedback';
import { AnchorLink } from '../../../app/links';
import { InviteForm, UserList } from '../../../features/admin/UsersAdmin';
import { usePageTitle } from '../../../lib/title';
import { Hint } from '../../../app/Hint';

/**
 * One certification body seen by platform staff: its people (read only, managed by its own
 * administrators) and the invitation of another administrator.
 */
export const Route = createFileRoute('/admin/cbs/$cbId')({
  pendingComponent: () => <Loading lines={6} />,
  component: CertificationBody,
});

function CertificationBody() {
  const { t } = useTranslation();
  const { cbId } = Route.useParams();
  const cbs = useQuery({
    queryKey: ['certification-bodies', 'admin'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/certification-bodies', { params: { query: { pageSize: 100, sort: 'name' } } })),
  });
  const name = cbs.data?.items.find((cb) => cb.id === cbId)?.name ?? cbId;
  usePageTitle(t('admin.cbs.users', { name }));
  return (
    <Stack gap="lg">
      <Text>
        <AnchorLink to="/admin/cbs">{t('admin.cbs.back')}</AnchorLink>
      </Text>
      <Title order={1}>{t('admin.cbs.users', { name })}</Title>
      <Hint>{t('admin.cbs.usersReadOnly')}</Hint>
      <UserList
        scope={`cb:${cbId}`}
        fetchPage={(query) =>
          unwrap(api.GET('/api/v1/certification-bodies/{cbId}/users', { params: { path: { cbId }, query } }))
        }
      />
      <InviteForm
        title={t('admin.cbs.inviteAdmin', { name })}
        roles={['cb_admin']}
        invite={({ role: _role, ...body }) =>
          unwrap(api.POST('/api/v1/certification-bodies/{cbId}/admins', { params: { path: { cbId } }, body }))
        }
      />
    </Stack>
  );
}
