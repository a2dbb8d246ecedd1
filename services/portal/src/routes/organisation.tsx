import { InviteUserRequestSchema, ROLES, SiretSchema, mayGrantRole } from '@certhub/contracts';
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { SitesImport } from '../features/organisation/SitesImport';
import { DialogForm } from '../app/DialogForm';
import { PlainList, QueryView, FormError, QueryList } from '../app/feedback';
import { TableHead } from '../app/DataTable';
import { usePrincipal } from '../app/session';
import { withoutBlanks, zodFormErrors, placeFieldErrors } from '../lib/forms';
import { usePageTitle } from '../lib/title';
import { SectionCard } from '../app/SectionCard';
import { useDialogMutation } from '../app/dialog-mutation';
import { Hint } from '../app/Hint';

export const Route = createFileRoute('/organisation')({ component: OrganisationPage });

function Sites({ organisationId, canAdd }: { organisationId: string; canAdd: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sites = useQuery({
    queryKey: ['organisations', organisationId, 'sites'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organisations/{organisationId}/sites', {
          params: { path: { organisationId }, query: { pageSize: 100 } },
        }),
      ),
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { siret: '' },
    validate: {
      siret: (v) => (SiretSchema.safeParse(v.replace(/\s/g, '')).success ? null : t('register.siretInvalid')),
    },
  });
  const siret = form.values.siret.replace(/\s/g, '');
  // The same pre-fill as registration: the address comes from the company registry.
  const company = useQuery({
    queryKey: ['companies', siret],
    enabled: SiretSchema.safeParse(siret).success,
    retry: false,
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/api/v1/companies/{siret}', { params: { path: { siret } } })),
  });
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organisations/{organisationId}/sites', {
          params: { path: { organisationId } },
          body: { siret },
        }),
      ),
    onSuccess: async () => {
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'sites'] });
    },
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <SectionCard id="sites-title" titleGap="md" title={t('organisation.sites')}>
      <QueryList query={sites} empty={<Text c="dimmed">{t('organisation.noSites')}</Text>}>
        {({ items }) => (
          <PlainList>
            {items.map((site) => (
              <li key={site.id}>
                <Group gap="xs">
                  <Text fw={500}>{site.name}</Text>
                  {site.headquarters && (
                    <Badge variant="outline" color="gray" tt="none">
                      {t('organisation.headquarters')}
                    </Badge>
                  )}
                </Group>
                <Hint>
                  SIRET {site.siret} · {site.address.line1}, {site.address.postalCode} {site.address.city}
                </Hint>
              </li>
            ))}
          </PlainList>
        )}
      </QueryList>
      {canAdd && (
        <form onSubmit={form.onSubmit(() => add.mutate())} noValidate>
          <Group align="flex-end" mt="lg">
            <TextInput
              label={t('organisation.siteSiret')}
              description={
                company.data ? `${company.data.name} · ${company.data.address.city}` : t('register.siretHint')
              }
              inputMode="numeric"
              w={320}
              {...form.getInputProps('siret')}
            />
            <Button type="submit" variant="light" loading={add.isPending}>
              {t('organisation.addSite')}
            </Button>
          </Group>
          <FormError error={add.error} message={(message) => t('organisation.failed', { message })} />
          {add.isSuccess && (
            <Text role="status" mt="sm">
              {t('organisation.siteAdded', { name: add.data.name })}
            </Text>
          )}
        </form>
      )}
      {canAdd && <SitesImport organisationId={organisationId} />}
    </SectionCard>
  );
}

function Invite() {
  const { t, i18n } = useTranslation();
  const roles = usePrincipal().data?.roles ?? [];
  // The roles this admin may grant: the contracts' own ceiling rule, which the identity service applies.
  const grantable = ROLES.filter((r) => r.startsWith('org_') && mayGrantRole(roles, r));
  const form = useForm({
    mode: 'controlled',
    initialValues: { firstName: '', lastName: '', email: '', role: 'org_member' },
    validate: (values) =>
      zodFormErrors(InviteUserRequestSchema, withoutBlanks(values), t('open.required'), {
        email: t('register.emailInvalid'),
      }),
  });
  const invite = useDialogMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/users', {
          body: {
            ...(values as { firstName: string; lastName: string; email: string; role: 'org_member' }),
            locale: i18n.language === 'en' ? 'en' : 'fr',
          },
        }),
      ),
    refresh: [['users']],
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <>
      <Button variant="light" onClick={invite.open}>
        {t('organisation.invite')}
      </Button>
      {invite.isSuccess && (
        <Text role="status">{t('organisation.invited', { email: invite.data.email })}</Text>
      )}
      <DialogForm
        {...invite.dialog}
        title={t('organisation.inviteTitle')}
        onSubmit={form.onSubmit((values) => invite.mutate(values))}
        failed={(message) => t('organisation.failed', { message })}
        submit={{ label: t('organisation.inviteSend'), loading: invite.isPending }}
      >
        <Group grow align="flex-start">
          <TextInput
            label={t('register.firstName')}
            required
            data-autofocus
            {...form.getInputProps('firstName')}
          />
          <TextInput label={t('register.lastName')} required {...form.getInputProps('lastName')} />
        </Group>
        <TextInput label={t('register.email')} type="email" required {...form.getInputProps('email')} />
        <Select
          label={t('organisation.role')}
          required
          allowDeselect={false}
          data={grantable.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          {...form.getInputProps('role')}
        />
      </DialogForm>
    </>
  );
}

function Members() {
  const { t } = useTranslation();
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { pageSize: 100 } } })),
  });
  return (
    <SectionCard id="members-title" titleGap="md" title={t('organisation.members')} actions={<Invite />}>
      <QueryView query={users}>
        {({ items }) => (
          <Table verticalSpacing="sm">
            <TableHead
              columns={[
                t('organisation.name'),
                t('organisation.email'),
                t('organisation.role'),
                t('organisation.state'),
              ]}
            />
            <Table.Tbody>
              {items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    {u.firstName} {u.lastName}
                  </Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>{t(`role.${u.role}`)}</Table.Td>
                  <Table.Td>
                    {!u.enabled
                      ? t('organisation.inactive')
                      : u.emailVerified
                        ? t('organisation.active')
                        : t('organisation.pending')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
    </SectionCard>
  );
}

function OrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisation.title'));
  const principal = usePrincipal();
  return (
    <QueryView query={principal}>
      {(p) => (
        <Stack gap="lg">
          <Title order={1}>{t('organisation.title')}</Title>
          <Sites organisationId={p.tenantId} canAdd={p.roles.includes('org_admin')} />
          {p.roles.includes('org_admin') && <Members />}
        </Stack>
      )}
    </QueryView>
  );
}
