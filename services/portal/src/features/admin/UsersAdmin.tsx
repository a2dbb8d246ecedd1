import { ROLES, mayGrantRole, type Role } from '@certhub/contracts';
import { Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { FormError, ToneBadge } from '../../app/feedback';
import { PagedTable } from '../../app/PagedTable';
import { usePrincipal } from '../../app/session';
import { placeFieldErrors } from '../../lib/forms';
import { usePageTitle } from '../../lib/title';
import '../../i18n/admin';

const PAGE_SIZE = 25;

/** The roles the signed-in user may grant: his side's, not above his own rank (the API checks too). */
export function grantableRoles(mine: readonly Role[]): Role[] {
  return ROLES.filter((role) => mayGrantRole(mine, role));
}

/**
 * Who may invite whom, the same for a CB's administrator (his staff) and platform staff (theirs):
 * a first name, last name, e-mail, language and a role within the ceiling; then a first-login e-mail.
 */
export function InviteForm({
  roles,
  invite,
  title,
}: {
  roles: readonly Role[];
  invite: (body: {
    email: string;
    firstName: string;
    lastName: string;
    role: Role;
    locale: 'fr' | 'en';
  }) => Promise<unknown>;
  title: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      firstName: '',
      lastName: '',
      email: '',
      role: (roles[0] ?? null) as string | null,
      locale: 'fr' as 'fr' | 'en',
    },
  });
  const send = useMutation({
    mutationFn: (values: typeof form.values) => invite({ ...values, role: values.role as Role }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
    onError: (error) => placeFieldErrors(error, form),
  });
  const field = (key: 'email' | 'firstName' | 'lastName', label: string) => (
    <TextInput
      label={label}
      required
      w={220}
      type={key === 'email' ? 'email' : 'text'}
      {...form.getInputProps(key)}
    />
  );
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <form onSubmit={form.onSubmit((values) => send.mutate(values))}>
        <Stack gap="sm">
          <Group align="flex-end" wrap="wrap">
            {field('firstName', t('admin.users.firstName'))}
            {field('lastName', t('admin.users.lastName'))}
            {field('email', t('admin.users.email'))}
            {roles.length > 1 && (
              <Select
                label={t('admin.users.role')}
                description={t('admin.users.ceiling')}
                allowDeselect={false}
                data={roles.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
                w={220}
                {...form.getInputProps('role')}
              />
            )}
            <Select
              label={t('admin.users.language')}
              allowDeselect={false}
              data={[
                { value: 'fr', label: 'Français' },
                { value: 'en', label: 'English' },
              ]}
              w={140}
              {...form.getInputProps('locale')}
            />
            <Button type="submit" loading={send.isPending} disabled={!form.values.role}>
              {t('admin.users.inviteSubmit')}
            </Button>
          </Group>
          {send.isSuccess && (
            <Text role="status">{t('admin.users.invited', { email: send.variables.email })}</Text>
          )}
          <FormError error={send.error} message={(message) => t('admin.users.failed', { message })} />
        </Stack>
      </form>
    </Card>
  );
}

type UserPage = paths['/api/v1/users']['get']['responses'][200]['content']['application/json'];
type UserQuery = { page: number; pageSize: number; sort: 'lastName'; q?: string };

/**
 * A tenant's users, searched and paged: the caller's own (with deactivate and reactivate), or a
 * certification body's seen by platform staff (read only: `toggle` left out).
 */
export function UserList({
  scope,
  fetchPage,
  toggle,
}: {
  scope: string;
  fetchPage: (query: UserQuery) => Promise<UserPage>;
  toggle?: { run: (user: { id: string; enabled: boolean }) => Promise<unknown>; selfId?: string };
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const users = useQuery({
    queryKey: ['users', scope, q, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      fetchPage({ page, pageSize: PAGE_SIZE, sort: 'lastName', ...(q.trim() ? { q: q.trim() } : {}) }),
  });
  const change = useMutation({
    mutationFn: async (user: { id: string; enabled: boolean }) => toggle?.run(user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <Stack gap="sm">
      <TextInput
        label={t('admin.users.search')}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setPage(1);
        }}
        w={280}
      />
      <PagedTable
        query={users}
        rowKey="id"
        columns={[
          { header: t('admin.users.name'), cell: (u) => `${u.firstName} ${u.lastName}` },
          { header: t('admin.users.email'), cell: (u) => u.email },
          { header: t('admin.users.role'), cell: (u) => t(`admin.roles.${u.role}`) },
          {
            header: t('admin.users.state'),
            cell: (u) => (
              <ToneBadge color={u.enabled ? 'green' : 'gray'}>
                {u.enabled ? t('admin.users.enabled') : t('admin.users.disabled')}
              </ToneBadge>
            ),
          },
          Boolean(toggle) && {
            header: '',
            cell: (u) => {
              const name = `${u.firstName} ${u.lastName}`;
              return (
                u.id !== toggle?.selfId && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color={u.enabled ? 'red.9' : undefined}
                    loading={change.isPending && change.variables?.id === u.id}
                    onClick={() => change.mutate(u)}
                  >
                    {u.enabled ? t('admin.users.disable', { name }) : t('admin.users.enable', { name })}
                  </Button>
                )
              );
            },
          },
        ]}
        empty={t('admin.users.none')}
        loadingLines={5}
        page={page}
        pageSize={PAGE_SIZE}
        pagination={t('admin.users.pagination')}
        onPage={setPage}
      />
      <FormError error={change.error} message={(message) => t('admin.users.failed', { message })} />
    </Stack>
  );
}

/** The caller's tenant's users (the API scopes them): search, deactivate or reactivate, invite. */
export function UsersAdmin({ side }: { side: 'platform' | 'cb' }) {
  const { t } = useTranslation();
  const title = t(side === 'cb' ? 'admin.users.cbTitle' : 'admin.users.title');
  usePageTitle(title);
  const principal = usePrincipal().data;
  const roles = grantableRoles((principal?.roles ?? []) as Role[]);
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <UserList
        scope="own"
        fetchPage={(query) => unwrap(api.GET('/api/v1/users', { params: { query } }))}
        toggle={{
          selfId: principal?.userId,
          run: (user) =>
            unwrap(
              api.PUT('/api/v1/users/{userId}/enabled', {
                params: { path: { userId: user.id } },
                body: { enabled: !user.enabled },
              }),
            ),
        }}
      />
      {roles.length > 0 && (
        <InviteForm
          title={t('admin.users.invite')}
          roles={roles}
          invite={(body) => unwrap(api.POST('/api/v1/users', { body }))}
        />
      )}
    </Stack>
  );
}
