import type { JurySession } from '@certhub/contracts';
import { Button, Checkbox, Group, List, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { hasLength, isNotEmpty, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError, PlainList, Warning } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { formatDate } from '../../lib/format';
import { CandidacyBadge, FormCard, isoDay, useFormAction } from './common';
import { SectionCard } from '../../app/SectionCard';
import { candidateName } from './CandidateTable';
import { DataTable } from '../../app/DataTable';
import { PagedList } from './PagedList';
import { usePageQuery } from '../../app/page-query';
import { filledIn } from '../../api/request-fields';
import { ChoiceField, DateField } from '../../app/form-fields';

export const SESSION_PAGE_SIZE = 20;
const SEND_MODES = ['digital', 'paper'] as const;

export function useJurySessions(query: {
  certifierId?: string;
  region?: string;
  from?: string;
  page: number;
}) {
  return usePageQuery(
    ['jury-sessions', query],
    () =>
      api.GET('/api/v1/jury-sessions', {
        params: {
          query: {
            page: query.page,
            pageSize: SESSION_PAGE_SIZE,
            sort: 'sittingOn',
            ...filledIn({
              certifierId: query.certifierId,
              region: query.region,
              from: query.from,
            }),
          },
        },
      }),
    { enabled: query.certifierId !== '' },
  );
}

/** The certifiers' names (any signed-in user reads them), by id; the id while unknown. */
export function useCertifierNames(): (id: string) => string {
  const bodies = useQuery({
    queryKey: ['certification-bodies', 'all'],
    staleTime: 5 * 60_000,
    queryFn: () =>
      unwrap(api.GET('/api/v1/certification-bodies', { params: { query: { pageSize: 100, sort: 'name' } } })),
  });
  const names = new Map((bodies.data?.items ?? []).map((b) => [b.id, b.name]));
  return (id) => names.get(id) ?? id;
}

const NEXT_SHOWN = 3;

/**
 * The guide's "dates of the next CléA juries": per certifier of the caller's establishments, its
 * last jury and its next ones (the first three, with how the dossiers are sent to them).
 */
export function NextJuriesByCertifier({ certifierIds }: { certifierIds: string[] }) {
  const { t, i18n } = useTranslation();
  const nameOf = useCertifierNames();
  const sessions = (certifierId: string, query: Record<string, string | number>) =>
    unwrap(api.GET('/api/v1/jury-sessions', { params: { query: { certifierId, ...query } } }));
  const next = useQueries({
    queries: certifierIds.map((certifierId) => ({
      queryKey: ['jury-sessions', 'next', certifierId],
      queryFn: () => sessions(certifierId, { sort: 'sittingOn', pageSize: NEXT_SHOWN }),
    })),
  });
  const last = useQueries({
    queries: certifierIds.map((certifierId) => ({
      queryKey: ['jury-sessions', 'last', certifierId],
      queryFn: () =>
        sessions(certifierId, { sort: '-sittingOn', pageSize: 1, from: '2000-01-01', to: isoDay(-1) }),
    })),
  });
  const date = (day: string) => formatDate(day, i18n.language);
  return (
    <SectionCard id="next-juries-title" titleGap="md" title={t('training.juries.nextByCertifier')}>
      {!certifierIds.length ? (
        <Text>{t('training.juries.noCertifier')}</Text>
      ) : (
        <DataTable
          items={certifierIds.map((id, i) => ({
            id,
            coming: next[i]?.data?.items,
            previous: last[i]?.data,
            failed: next[i]?.isError || last[i]?.isError,
          }))}
          rowKey="id"
          minWidth={640}
          columns={[
            { header: t('training.juries.certifier'), cell: (c) => nameOf(c.id) },
            {
              header: t('training.juries.sendMode'),
              cell: ({ coming }) =>
                coming?.[0]
                  ? t(`training.juries.sendModes.${coming[0].sendMode}`)
                  : t('training.common.none'),
            },
            {
              header: t('training.juries.lastJury'),
              cell: ({ previous, failed }) =>
                previous
                  ? previous.items[0]
                    ? date(previous.items[0].sittingOn)
                    : t('training.juries.noJury')
                  : failed
                    ? t('training.juries.unknown')
                    : '…',
            },
            {
              header: t('training.juries.nextJuries'),
              cell: ({ coming, failed }) =>
                coming ? (
                  coming.length ? (
                    <PlainList gap={2}>
                      {coming.map((s) => (
                        <li key={s.id}>
                          {date(s.sittingOn)} · {s.region}
                        </li>
                      ))}
                    </PlainList>
                  ) : (
                    t('training.juries.noJury')
                  )
                ) : failed ? (
                  t('training.juries.unknown')
                ) : (
                  '…'
                ),
            },
          ]}
        />
      )}
    </SectionCard>
  );
}

/** The calendar: date, region, send mode, and the link to the session's dossiers for the certifier's people. */
export function SessionTable({
  sessions,
  open,
}: {
  sessions: JurySession[];
  open?: (sessionId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      items={sessions}
      rowKey="id"
      minWidth={640}
      columns={[
        {
          header: t('training.juries.sittingOn'),
          nowrap: true,
          cell: (s) => formatDate(s.sittingOn, i18n.language),
        },
        { header: t('training.juries.region'), cell: (s) => s.region },
        {
          header: t('training.juries.closesOn'),
          cell: (s) => (s.closesOn ? formatDate(s.closesOn, i18n.language) : t('training.common.none')),
        },
        { header: t('training.juries.sendMode'), cell: (s) => t(`training.juries.sendModes.${s.sendMode}`) },
        { header: t('training.juries.sessionTitle'), cell: (s) => s.title ?? t('training.common.none') },
        Boolean(open) && {
          header: t('training.juries.dossiers'),
          cell: (s) => (
            <Button
              size="xs"
              variant="light"
              onClick={() => open?.(s.id)}
              aria-label={t('training.juries.openSessionOf', {
                date: formatDate(s.sittingOn, i18n.language),
                region: s.region,
              })}
            >
              {t('training.juries.openSession')}
            </Button>
          ),
        },
      ]}
    />
  );
}

export function PlanSession() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      region: '',
      sittingOn: isoDay(30),
      closesOn: '',
      sendMode: 'digital' as (typeof SEND_MODES)[number],
      title: '',
    },
    validate: {
      region: hasLength({ min: 2 }, t('training.common.required')),
      sittingOn: isNotEmpty(t('training.common.required')),
      closesOn: (closesOn, { sittingOn }) =>
        closesOn && closesOn > sittingOn ? t('training.juries.closesAfter') : null,
    },
  });
  const plan = useFormAction(form, {
    send: (values) =>
      unwrap(
        api.POST('/api/v1/jury-sessions', {
          body: {
            region: values.region.trim(),
            sittingOn: values.sittingOn,
            sendMode: values.sendMode,
            ...filledIn({
              closesOn: values.closesOn,
              title: values.title.trim(),
            }),
          },
        }),
      ),
    refresh: () => queryClient.invalidateQueries({ queryKey: ['jury-sessions'] }),
  });
  return (
    <FormCard
      id="plan-session-title"
      title={t('training.juries.plan')}
      action={plan}
      submit={t('training.juries.planSubmit')}
      done={t('training.juries.planned')}
    >
      <Group grow align="flex-start">
        <TextInput
          label={t('training.juries.region')}
          required
          description={t('training.juries.regionHint')}
          {...form.getInputProps('region')}
        />
        <DateField label={t('training.juries.sittingOn')} required {...form.getInputProps('sittingOn')} />
        <DateField label={t('training.juries.closesOn')} {...form.getInputProps('closesOn')} />
      </Group>
      <Group grow align="flex-start">
        <ChoiceField
          label={t('training.juries.sendMode')}
          required
          values={SEND_MODES}
          labelOf={(m) => t(`training.juries.sendModes.${m}`)}
          {...form.getInputProps('sendMode')}
        />
        <TextInput label={t('training.juries.sessionTitle')} {...form.getInputProps('title')} />
      </Group>
    </FormCard>
  );
}

function useCandidates(key: string, query: Record<string, string | number>) {
  return usePageQuery(['candidates', 'jury', key, query], () =>
    api.GET('/api/v1/candidates', { params: { query: { pageSize: 20, sort: 'updatedAt', ...query } } }),
  );
}

/**
 * One session: its dossiers (each decided from the candidate's page), and the dossiers awaiting
 * certification, ticked and assigned to it in one request, each refusal said.
 */
export function SessionDossiers({ session }: { session: Pick<JurySession, 'id' | 'sittingOn' | 'region'> }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [assignedPage, setAssignedPage] = useState(1);
  const [waitingPage, setWaitingPage] = useState(1);
  const [ticked, setTicked] = useState<string[]>([]);
  const assigned = useCandidates(session.id, { jurySessionId: session.id, page: assignedPage });
  const waiting = useCandidates('waiting', { status: 'awaiting_certification', page: waitingPage });
  const assign = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/jury-sessions/{sessionId}/assignments', {
          params: { path: { sessionId: session.id } },
          body: { candidateIds: ticked },
        }),
      ),
    onSuccess: async () => {
      setTicked([]);
      await queryClient.invalidateQueries({ queryKey: ['candidates'] });
      await queryClient.invalidateQueries({ queryKey: ['jury-sessions'] });
    },
  });
  const refused = assign.data?.results.filter((r) => !r.assigned) ?? [];
  const references = new Map(waiting.data?.items.map((c) => [c.id, c.reference]));
  const when = formatDate(session.sittingOn, i18n.language);
  return (
    <Stack gap="lg">
      <SectionCard
        id="session-dossiers"
        title={t('training.juries.sessionDossiers', { date: when, region: session.region })}
      >
        <PagedList
          query={assigned}
          page={assignedPage}
          pageSize={20}
          onPage={setAssignedPage}
          empty={t('training.juries.noDossier')}
        >
          {(items) => (
            <Table striped verticalSpacing="sm">
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <AnchorLink
                        to="/training/candidates/$candidateId"
                        params={{ candidateId: c.id }}
                        search={{ tab: 'certification' }}
                      >
                        {c.reference}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{candidateName(c)}</Table.Td>
                    <Table.Td>{c.establishmentName}</Table.Td>
                    <Table.Td>
                      <CandidacyBadge status={c.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </PagedList>
      </SectionCard>
      <SectionCard id="awaiting-dossiers" title={t('training.juries.awaiting')}>
        <PagedList
          query={waiting}
          page={waitingPage}
          pageSize={20}
          onPage={setWaitingPage}
          empty={t('training.juries.noneAwaiting')}
        >
          {(items) => (
            <Checkbox.Group value={ticked} onChange={setTicked} aria-label={t('training.juries.awaiting')}>
              <Stack gap="xs" mt="xs">
                {items.map((c) => (
                  <Checkbox
                    key={c.id}
                    value={c.id}
                    label={`${c.reference} — ${candidateName(c)} — ${c.establishmentName}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        </PagedList>
        {refused.length > 0 && (
          <Warning mt="sm" title={t('training.juries.refused')}>
            <List size="sm">
              {refused.map((r) => (
                <List.Item key={r.candidateId}>
                  {references.get(r.candidateId) ?? r.candidateId}: {r.error}
                </List.Item>
              ))}
            </List>
          </Warning>
        )}
        {assign.isSuccess && !refused.length && (
          <Text role="status" mt="sm">
            {t('training.juries.assigned', { count: assign.data.results.length })}
          </Text>
        )}
        <FormError error={assign.error} message={(message) => t('training.common.failed', { message })} />
        <Group justify="flex-end" mt="sm">
          <Button disabled={!ticked.length} loading={assign.isPending} onClick={() => assign.mutate()}>
            {t('training.juries.assign', { count: ticked.length })}
          </Button>
        </Group>
      </SectionCard>
    </Stack>
  );
}
