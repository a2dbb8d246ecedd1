import { InviteUserRequestSchema, NETWORK_ROLE_LEVEL, mayGrantRole, type Role } from '@certhub/contracts';
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DialogForm } from '../../app/DialogForm';
import { FormError } from '../../app/feedback';
import { TypedFilter } from '../../app/TypedFilter';
import { useEstablishments, useTrainingRole } from '../../features/candidacy/common';
import { placeFieldErrors, withoutBlanks, zodFormErrors } from '../../lib/forms';
import { oneOfParam, pageParam, queryParam } from '../../lib/search';
import { PagedList } from '../../features/candidacy/PagedList';
import { useListPage } from '../../app/list-page';
import type { z } from 'zod';
import { DataTable } from '../../app/DataTable';
import { filledIn } from '../../api/request-fields';

const PAGE_SIZE = 25;
// Spelled here: the route's search check loads with the first script, which must stay without zod.
const NETWORK_ROLES = [
  'network_admin',
  'network_supervisor',
  'training_org_admin',
  'training_org_user',
  'establishment_admin',
  'establishment_user',
] as const satisfies readonly Role[];
type Search = { q?: string; role?: Role; page?: number };
interface InviteValues {
  role: string;
  firstName: string;
  lastName: string;
  email: string;
  trainingOrganisationId: string;
  establishmentId: string;
}

export const Route = createFileRoute('/training/users')({
  validateSearch: (s: Record<string, unknown>): Search => ({
    q: queryParam(s['q'], 100),
    role: oneOfParam(NETWORK_ROLES, s['role']),
    page: pageParam(s['page']),
  }),
  component: Users,
});

/** A new user of the network: a role not above the inviter's, and the perimeter that role reaches. */
function Invite() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const role = useTrainingRole();
  const establishments = useEstablishments().data?.items ?? [];
  const organisations = useQuery({
    queryKey: ['training-organisations', role.networkId, 'all'],
    enabled: Boolean(role.networkId) && opened,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/networks/{networkId}/organisations', {
          params: { path: { networkId: role.networkId as string }, query: { pageSize: 100, sort: 'name' } },
        }),
      ),
  });
  const grantable = NETWORK_ROLES.filter((r) => mayGrantRole(role.principal?.roles ?? [], r));
  const body = (v: InviteValues) => {
    const depth = NETWORK_ROLE_LEVEL[v.role as Role];
    return withoutBlanks({
      role: v.role,
      firstName: v.firstName,
      lastName: v.lastName,
      email: v.email,
      locale: i18n.language === 'en' ? 'en' : 'fr',
      trainingOrganisationId: depth && depth !== 'network' ? v.trainingOrganisationId : '',
      establishmentId: depth === 'establishment' ? v.establishmentId : '',
    }) as z.input<typeof InviteUserRequestSchema>;
  };
  const form = useForm<InviteValues>({
    mode: 'controlled',
    initialValues: {
      role: '',
      firstName: '',
      lastName: '',
      email: '',
      trainingOrganisationId: role.trainingOrganisationId ?? '',
      establishmentId: role.establishmentId ?? '',
    },
    validate: (values) =>
      zodFormErrors(InviteUserRequestSchema, body(values), t('training.common.required'), {
        email: t('training.common.emailInvalid'),
      }),
  });
  const level = NETWORK_ROLE_LEVEL[form.values.role as Role];
  const invite = useMutation({
    mutationFn: (values: InviteValues) => unwrap(api.POST('/api/v1/users', { body: body(values) })),
    onSuccess: async () => {
      close();
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (error) => placeFieldErrors(error, form),
  });
  const organisationEstablishments = establishments.filter(
    (e) => e.trainingOrganisationId === form.values.trainingOrganisationId,
  );
  return (
    <>
      <Button
        onClick={() => {
          // The inviter's own perimeter, known by now (the form may have been built before it was).
          if (role.trainingOrganisationId)
            form.setFieldValue('trainingOrganisationId', role.trainingOrganisationId);
          if (role.establishmentId) form.setFieldValue('establishmentId', role.establishmentId);
          open();
        }}
      >
        {t('training.users.invite')}
      </Button>
      {invite.isSuccess && (
        <Text role="status">{t('training.users.invited', { email: invite.data.email })}</Text>
      )}
      <DialogForm
        opened={opened}
        onClose={close}
        title={t('training.users.inviteTitle')}
        onSubmit={form.onSubmit((values) => invite.mutate(values))}
        error={invite.error}
        failed={(message) => t('training.common.failed', { message })}
        submit={{ label: t('training.users.send'), loading: invite.isPending }}
      >
        <Select
          label={t('training.users.role')}
          description={t('training.users.roleRule')}
          required
          data-autofocus
          data={grantable.map((r) => ({ value: r, label: t(`training.roles.${r}`) }))}
          {...form.getInputProps('role')}
        />
        <Group grow align="flex-start">
          <TextInput label={t('training.common.lastName')} required {...form.getInputProps('lastName')} />
          <TextInput label={t('training.common.firstName')} required {...form.getInputProps('firstName')} />
        </Group>
        <TextInput
          type="email"
          label={t('training.common.email')}
          required
          {...form.getInputProps('email')}
        />
        {level && level !== 'network' && (
          <Select
            label={t('training.users.organisation')}
            required
            searchable
            disabled={Boolean(role.trainingOrganisationId)}
            data={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            {...form.getInputProps('trainingOrganisationId')}
          />
        )}
        {level === 'establishment' && (
          <Select
            label={t('training.users.establishment')}
            required
            searchable
            disabled={Boolean(role.establishmentId)}
            data={organisationEstablishments.map((e) => ({ value: e.id, label: e.name }))}
            {...form.getInputProps('establishmentId')}
          />
        )}
      </DialogForm>
    </>
  );
}

function Users() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { principal } = useTrainingRole();
  // What the service allows: nobody locks himself out, nor acts on a role above his own.
  const mayToggle = (u: { id: string; role: Role }) =>
    u.id !== principal?.userId && mayGrantRole(principal?.roles ?? [], u.role);
  const { search, nav, paged } = useListPage(Route, {
    title: t('training.users.title'),
    queryKey: ['users', 'training'],
    pageSize: PAGE_SIZE,
    fetch: (search, paging) =>
      api.GET('/api/v1/users', {
        params: { query: { ...paging, sort: 'lastName', ...filledIn({ q: search.q, role: search.role }) } },
      }),
  });
  const toggle = useMutation({
    mutationFn: ({ userId, enabled }: { userId: string; enabled: boolean }) =>
      unwrap(api.PUT('/api/v1/users/{userId}/enabled', { params: { path: { userId } }, body: { enabled } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('training.users.title')}</Title>
        <Invite />
      </Group>
      <Group align="flex-end">
        <TypedFilter
          label={t('training.common.search')}
          placeholder={t('training.users.name')}
          value={search.q ?? ''}
          onChange={(q) => nav.set({ q: q || undefined })}
          width={260}
        />
        <Select
          label={t('training.users.role')}
          placeholder={t('training.users.allRoles')}
          clearable
          value={search.role ?? null}
          data={NETWORK_ROLES.map((r) => ({ value: r, label: t(`training.roles.${r}`) }))}
          onChange={(value) => nav.set({ role: oneOfParam(NETWORK_ROLES, value) })}
          w={260}
        />
      </Group>
      <FormError error={toggle.error} message={(message) => t('training.common.failed', { message })} />
      <PagedList {...paged} empty={t('training.users.empty')}>
        {(items) => (
          <DataTable
            items={items}
            rowKey="id"
            columns={[
              {
                header: t('training.users.role'),
                cell: (u) => t(`training.roles.${u.role}`, { defaultValue: u.role }),
              },
              { header: t('training.users.name'), cell: (u) => `${u.lastName.toUpperCase()} ${u.firstName}` },
              { header: t('training.users.email'), cell: (u) => u.email },
              {
                header: t('training.users.state'),
                cell: (u) =>
                  !u.enabled
                    ? t('training.users.disabled')
                    : u.emailVerified
                      ? t('training.users.enabled')
                      : t('training.users.pending'),
              },
              {
                header: null,
                cell: (u) =>
                  mayToggle(u) && (
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={`${u.enabled ? t('training.users.disable') : t('training.users.enable')} ${u.email}`}
                      onClick={() => toggle.mutate({ userId: u.id, enabled: !u.enabled })}
                    >
                      {u.enabled ? t('training.users.disable') : t('training.users.enable')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </PagedList>
    </Stack>
  );
}
