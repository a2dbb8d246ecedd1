import type { Candidate, UpdateCandidateRequestSchema } from '@certhub/contracts';
import { Alert, Button, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError, api, unwrap } from '../../../api/client';
import { DialogForm } from '../../../app/DialogForm';
import { FormError, LoadError, Loading, QueryView } from '../../../app/feedback';
import { Fact } from '../../../app/Fact';
import { AnchorLink } from '../../../app/links';
import { CandidateForm } from '../../../features/candidacy/CandidateForm';
import { candidateFormValues } from '../../../features/candidacy/candidate-form';
import { birthPlace, candidateName } from '../../../features/candidacy/CandidateTable';
import {
  CandidacyBadge,
  useEstablishmentState,
  useEstablishments,
  useTrainingRole,
} from '../../../features/candidacy/common';
import { CertificationTab, DispatchesTab } from '../../../features/candidacy/Certification';
import { DocumentsTab } from '../../../features/candidacy/Documents';
import { ExchangesTab } from '../../../features/candidacy/Exchanges';
import { ReasonAction } from '../../../features/candidacy/ReasonAction';
import { EvaluationsTab } from '../../../features/candidacy/Evaluations';
import { candidateKey } from '../../../features/candidacy/records';
import { TrainingsTab } from '../../../features/candidacy/Trainings';
import { downloadFile } from '../../../features/upload/transfer';
import { formatDate, formatDateTime } from '../../../lib/format';
import { oneOfParam } from '../../../lib/search';
import { usePageTitle } from '../../../lib/title';
import { Hint } from '../../../app/Hint';
import { SearchTabs } from '../../../app/SearchTabs';

const TABS = [
  'identity',
  'path',
  'documents',
  'evaluations',
  'trainings',
  'exchanges',
  'certification',
  'dispatches',
] as const;

export const Route = createFileRoute('/training/candidates/$candidateId')({
  validateSearch: (s: Record<string, unknown>): { tab?: (typeof TABS)[number] } => ({
    tab: oneOfParam(TABS, s['tab']),
  }),
  component: CandidatePage,
});

const key = candidateKey;

function useCandidateAction(candidateId: string, call: () => Promise<unknown>, done?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      done?.();
      await queryClient.invalidateQueries({ queryKey: ['candidates'] });
      await queryClient.invalidateQueries({ queryKey: key(candidateId) });
    },
  });
}

function Abandon({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ReasonAction
      label={t('training.candidate.abandon')}
      title={t('training.candidate.abandonTitle', { reference: candidate.reference })}
      reasonLabel={t('training.candidate.abandonReason')}
      reasonHint={t('training.candidate.abandonReasonHint')}
      confirm={t('training.candidate.confirmAbandon')}
      buttonProps={{ color: 'red', c: 'red.9', variant: 'light' }}
      danger
      onConfirm={async (reason) => {
        await unwrap(
          api.POST('/api/v1/candidates/{candidateId}/abandonment', {
            params: { path: { candidateId: candidate.id } },
            body: { reason },
          }),
        );
        await queryClient.invalidateQueries({ queryKey: ['candidates'] });
      }}
    />
  );
}

function Delete({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useCandidateAction(
    candidate.id,
    () =>
      unwrap(
        api.DELETE('/api/v1/candidates/{candidateId}', { params: { path: { candidateId: candidate.id } } }),
      ),
    () => void navigate({ to: '/training/candidates' }),
  );
  return (
    <>
      <Button variant="default" c="red.9" onClick={open}>
        {t('training.candidate.delete')}
      </Button>
      <DialogForm
        opened={opened}
        onClose={close}
        title={t('training.candidate.deleteTitle', { reference: candidate.reference })}
        onSubmit={() => remove.mutate()}
        error={remove.error}
        failed={(message) => t('training.common.failed', { message })}
        cancel={t('training.common.cancel')}
        submit={{ label: t('training.candidate.confirmDelete'), loading: remove.isPending, color: 'red.9' }}
      >
        <Text size="sm">{t('training.candidate.deleteExplain')}</Text>
      </DialogForm>
    </>
  );
}

function Actions({ candidate, onEdit }: { candidate: Candidate; onEdit: () => void }) {
  const { t } = useTranslation();
  const reinstate = useCandidateAction(candidate.id, () =>
    unwrap(
      api.POST('/api/v1/candidates/{candidateId}/reinstatement', {
        params: { path: { candidateId: candidate.id } },
        body: {},
      }),
    ),
  );
  const toggle = useCandidateAction(candidate.id, () =>
    unwrap(
      api.PUT('/api/v1/candidates/{candidateId}/active', {
        params: { path: { candidateId: candidate.id } },
        body: { active: !candidate.active },
      }),
    ),
  );
  const abandoned = candidate.status === 'abandoned';
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {!abandoned && (
          <Button variant="light" onClick={onEdit}>
            {t('training.candidate.edit')}
          </Button>
        )}
        <Button variant="default" loading={toggle.isPending} onClick={() => toggle.mutate()}>
          {candidate.active ? t('training.candidate.deactivate') : t('training.candidate.activate')}
        </Button>
        {abandoned ? (
          <Button loading={reinstate.isPending} onClick={() => reinstate.mutate()}>
            {t('training.candidate.reinstate')}
          </Button>
        ) : (
          <Abandon candidate={candidate} />
        )}
        {candidate.status === 'awaiting_preliminary_evaluation' && <Delete candidate={candidate} />}
      </Group>
      {reinstate.isSuccess && <Text role="status">{t('training.candidate.reinstated')}</Text>}
      <FormError
        error={reinstate.error ?? toggle.error}
        message={(message) => t('training.common.failed', { message })}
      />
    </Stack>
  );
}

function Identity({ candidate }: { candidate: Candidate }) {
  const { t, i18n } = useTranslation();
  const none = t('training.candidate.none');
  const yesNo = (v: boolean | undefined) =>
    v === undefined ? none : v ? t('training.candidate.yes') : t('training.candidate.no');
  const place = birthPlace(candidate, t, i18n.language);
  const facts: [string, string][] = [
    [t('training.form.establishment'), candidate.establishmentName],
    [
      t('training.form.registrationStatus'),
      t(`training.form.registrationStatuses.${candidate.registrationStatus}`),
    ],
    ...(candidate.registrationStatus === 'employee'
      ? ([
          [t('training.form.delegatedBranch'), candidate.delegatedBranch ?? none],
          [t('training.form.contextualisedBase'), yesNo(candidate.contextualisedBase)],
        ] as [string, string][])
      : []),
    [
      t('training.form.publicType'),
      candidate.publicType ? t(`training.form.publicTypes.${candidate.publicType}`) : none,
    ],
    [t('training.form.trainingLevel'), t('training.form.level', { level: candidate.trainingLevel })],
    [t('training.form.mainFunder'), t(`training.form.mainFunders.${candidate.mainFunder}`)],
    [
      t('training.form.approachOrigin'),
      candidate.approachOrigin ? t(`training.form.approachOrigins.${candidate.approachOrigin}`) : none,
    ],
    [t('training.form.civility'), t(`training.form.civilities.${candidate.civility}`)],
    [t('training.form.birthName'), candidate.birthName],
    [t('training.form.usageName'), candidate.usageName ?? none],
    [t('training.form.firstName'), candidate.firstName],
    [t('training.form.birthDate'), formatDate(candidate.birthDate, i18n.language)],
    [t('training.form.birthPlace'), place],
    [t('training.common.email'), candidate.email ?? none],
    [t('training.common.phone'), candidate.phone ?? none],
    [
      t('training.common.line1'),
      candidate.address
        ? `${candidate.address.line1}${candidate.address.line2 ? `, ${candidate.address.line2}` : ''}, ${candidate.address.postalCode} ${candidate.address.city}`
        : none,
    ],
    [t('training.form.professionalGoals'), candidate.professionalGoals ?? none],
    [t('training.form.personalGoals'), candidate.personalGoals ?? none],
  ];
  return (
    <Stack gap="xs" component="dl" m={0}>
      {facts.map(([label, value]) => (
        <Fact key={label} label={label}>
          {value}
        </Fact>
      ))}
    </Stack>
  );
}

function Path({ candidateId }: { candidateId: string }) {
  const { t, i18n } = useTranslation();
  const me = useTrainingRole().principal?.userId;
  const trail = useQuery({
    queryKey: [...key(candidateId), 'trail'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates/{candidateId}/trail', {
          params: { path: { candidateId }, query: { pageSize: 100 } },
        }),
      ),
  });
  return (
    <QueryView query={trail}>
      {({ items }) =>
        !items.length ? (
          <Text>{t('training.candidate.noPath')}</Text>
        ) : (
          <Table verticalSpacing="sm" striped>
            <Table.Caption>{t('training.candidate.path')}</Table.Caption>
            <Table.Tbody>
              {items.map((entry, i) => (
                <Table.Tr key={`${entry.at}-${i}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(entry.at, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    <Text fw={500} size="sm">
                      {t(`training.candidate.actions.${entry.action}`, { defaultValue: entry.action })}
                    </Text>
                    <Hint>{entry.what}</Hint>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('training.candidate.by', {
                        who: entry.by === me ? t('training.candidate.me') : entry.by.slice(0, 8),
                      })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryView>
  );
}

function Edit({ candidate, done }: { candidate: Candidate; done: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const establishments = useEstablishments().data?.items ?? [];
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => {
      const { establishmentId: _kept, ...fields } = body;
      return unwrap(
        api.PUT('/api/v1/candidates/{candidateId}', {
          params: { path: { candidateId: candidate.id } },
          body: { ...fields, version: candidate.version } as z.input<typeof UpdateCandidateRequestSchema>,
        }),
      );
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(key(candidate.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['candidates'] });
      done();
    },
  });
  const stale = save.error instanceof ApiError && save.error.problem.status === 409;
  return (
    <CandidateForm
      initial={candidateFormValues(candidate)}
      establishments={
        establishments.length
          ? establishments
          : [
              {
                id: candidate.establishmentId,
                name: candidate.establishmentName,
                active: true,
                organisationActive: true,
              },
            ]
      }
      establishmentLocked
      submitLabel={t('training.form.saveEdit')}
      pending={save.isPending}
      error={save.error}
      onSubmit={(body) => save.mutate(body)}
      errorSlot={
        stale ? (
          <Alert color="orange.9" role="alert">
            {t('training.form.stale')}
          </Alert>
        ) : undefined
      }
    />
  );
}

function CandidatePage() {
  const { t, i18n } = useTranslation();
  const { candidateId } = Route.useParams();
  const { tab = 'identity' } = Route.useSearch();
  const navigate = Route.useNavigate();
  const role = useTrainingRole();
  const [editing, setEditing] = useState(false);
  const candidate = useQuery({
    queryKey: key(candidateId),
    queryFn: () => unwrap(api.GET('/api/v1/candidates/{candidateId}', { params: { path: { candidateId } } })),
  });
  // The training side records only for an active establishment habilitated by the dossier's certifier.
  const place = useEstablishmentState(
    role.network ? candidate.data?.establishmentId : undefined,
    candidate.data?.certifierId,
  );
  usePageTitle(
    candidate.data ? t('training.candidate.title', { name: candidateName(candidate.data) }) : undefined,
  );
  if (candidate.isPending) return <Loading lines={8} />;
  if (candidate.isError)
    return candidate.error instanceof ApiError && candidate.error.problem.status === 404 ? (
      <Stack>
        <Title order={1}>{t('training.common.notFound')}</Title>
        <AnchorLink to="/training/candidates">{t('training.candidates.title')}</AnchorLink>
      </Stack>
    ) : (
      <LoadError error={candidate.error} retry={() => void candidate.refetch()} />
    );
  const c = candidate.data as Candidate;
  const readOnly = place !== null && !place.active;
  const unhabilitated = place !== null && place.active && !place.habilitated;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('training.candidate.title', { name: candidateName(c) })}</Title>
        <Group gap="sm">
          <Text fw={600}>{c.reference}</Text>
          <CandidacyBadge status={c.status} />
          <Text c="dimmed">
            {t('training.candidate.createdOn', { date: formatDate(c.createdAt, i18n.language) })}
          </Text>
          <SheetDownload candidate={c} />
        </Group>
      </Stack>
      {c.status === 'abandoned' && (
        <Alert color="gray">{t('training.candidate.abandoned', { reason: c.abandonReason ?? '' })}</Alert>
      )}
      {!c.active && <Alert color="gray">{t('training.candidate.inactiveNote')}</Alert>}
      {readOnly && (
        <Alert color="gray" role="status">
          {t('training.candidate.establishmentInactive')}
        </Alert>
      )}
      {unhabilitated && (
        <Alert color="orange.9" role="status">
          {t('training.candidate.noHabilitation')}
        </Alert>
      )}
      {role.network && !readOnly && !editing && <Actions candidate={c} onEdit={() => setEditing(true)} />}
      {editing ? (
        <Edit candidate={c} done={() => setEditing(false)} />
      ) : (
        <SearchTabs
          tabs={TABS}
          value={tab}
          words="training.candidate.tabs"
          onChange={(next) => void navigate({ search: { tab: next } })}
        >
          <Tabs.Panel value="identity" pt="lg">
            <Identity candidate={c} />
          </Tabs.Panel>
          <Tabs.Panel value="path" pt="lg">
            {tab === 'path' && <Path candidateId={c.id} />}
          </Tabs.Panel>
          <Tabs.Panel value="documents" pt="lg">
            {tab === 'documents' && <DocumentsTab candidate={c} />}
          </Tabs.Panel>
          <Tabs.Panel value="exchanges" pt="lg">
            {tab === 'exchanges' && <ExchangesTab candidate={c} />}
          </Tabs.Panel>
          <Tabs.Panel value="evaluations" pt="lg">
            {tab === 'evaluations' && <EvaluationsTab candidate={c} locked={readOnly || unhabilitated} />}
          </Tabs.Panel>
          <Tabs.Panel value="trainings" pt="lg">
            {tab === 'trainings' && <TrainingsTab candidate={c} locked={readOnly || unhabilitated} />}
          </Tabs.Panel>
          <Tabs.Panel value="dispatches" pt="lg">
            {tab === 'dispatches' && <DispatchesTab candidate={c} />}
          </Tabs.Panel>
          <Tabs.Panel value="certification" pt="lg">
            {tab === 'certification' && <CertificationTab candidate={c} locked={readOnly} />}
          </Tabs.Panel>
        </SearchTabs>
      )}
    </Stack>
  );
}

/** The candidate sheet as the certifier files it: a PDF the candidacy service prints. */
function SheetDownload({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const sheet = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/candidates/${encodeURIComponent(candidate.id)}/sheet.pdf`,
        `${candidate.reference}.pdf`,
      ),
  });
  return (
    <>
      <Button variant="default" size="xs" loading={sheet.isPending} onClick={() => sheet.mutate()}>
        {t('training.candidate.sheet')}
      </Button>
      <FormError error={sheet.error} message={(message) => t('training.common.failed', { message })} />
    </>
  );
}
