import type { CandidacyStatus } from '@certhub/contracts';
import { Alert, Button, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { PlainList, QueryView } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { formatDate, formatNumber } from '../../lib/format';
import { candidateName } from './CandidateTable';
import { CandidacyBadge, useEstablishmentState, useTrainingRole } from './common';
import { NewsFeed } from './News';
import { SectionCard } from '../../app/SectionCard';
import { Hint } from '../../app/Hint';

const COUNTED: { status: CandidacyStatus; key: string }[] = [
  { status: 'awaiting_preliminary_evaluation', key: 'awaitingPreliminary' },
  { status: 'awaiting_final_evaluation', key: 'awaitingFinal' },
  { status: 'awaiting_certification', key: 'awaitingJury' },
];

const count = (query: Record<string, unknown>) => () =>
  unwrap(api.GET('/api/v1/candidates', { params: { query: { pageSize: 1, ...query } } }));

function Latest({
  status,
  empty,
  all,
}: {
  status?: CandidacyStatus;
  empty: string;
  all: { label: string; status?: CandidacyStatus };
}) {
  const { i18n } = useTranslation();
  const latest = useQuery({
    queryKey: ['candidates', 'latest', status ?? 'any'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates', {
          params: { query: { pageSize: 5, sort: '-updatedAt', ...(status ? { status: [status] } : {}) } },
        }),
      ),
  });
  return (
    <QueryView query={latest}>
      {({ items }) => (
        <Stack gap="sm">
          {!items.length ? (
            <Text c="dimmed">{empty}</Text>
          ) : (
            <PlainList>
              {items.map((c) => (
                <Group key={c.id} component="li" justify="space-between" wrap="nowrap">
                  <div>
                    <AnchorLink to="/training/candidates/$candidateId" params={{ candidateId: c.id }}>
                      {candidateName(c)}
                    </AnchorLink>
                    <Hint>
                      {c.reference} · {c.establishmentName} · {formatDate(c.updatedAt, i18n.language)}
                    </Hint>
                  </div>
                  <CandidacyBadge status={c.status} />
                </Group>
              ))}
            </PlainList>
          )}
          <AnchorLink to="/training/candidates" search={all.status ? { status: all.status } : {}}>
            {all.label}
          </AnchorLink>
        </Stack>
      )}
    </QueryView>
  );
}

function NetworkHome() {
  const { t, i18n } = useTranslation();
  const role = useTrainingRole();
  const state = useEstablishmentState(role.establishmentId);
  const counts = useQueries({
    queries: COUNTED.map(({ status }) => ({
      queryKey: ['candidates', 'count', status],
      queryFn: count({ status: [status] }),
    })),
  });
  const readOnly = state !== null && !state.active;
  return (
    <Stack gap="lg">
      <Text>{t('training.dashboard.intro')}</Text>
      {state && !state.active && (
        <Alert color="gray" role="status">
          {state.establishment.active
            ? t('training.dashboard.inactiveOrganisation')
            : t('training.dashboard.inactiveEstablishment')}
        </Alert>
      )}
      {state && state.active && !state.habilitated && (
        <Alert color="orange.9" role="status">
          <Stack gap="xs">
            <Text size="sm">
              {state.pending
                ? t('training.dashboard.habilitationPending')
                : t('training.dashboard.noHabilitation')}
            </Text>
            <AnchorLink
              to="/training/establishments/$establishmentId"
              params={{ establishmentId: state.establishment.id }}
              search={{ tab: 'habilitations' }}
              // The primary colour fails contrast on the orange alert: the link takes the alert's text colour.
              c="inherit"
              underline="always"
            >
              {t('training.dashboard.seeEstablishment')}
            </AnchorLink>
          </Stack>
        </Alert>
      )}
      <SectionCard
        id="candidacies-title"
        titleGap="md"
        title={t('training.dashboard.candidacies')}
        actions={
          !readOnly && (
            <Button component={Link} to="/training/candidates/new">
              {t('training.dashboard.propose')}
            </Button>
          )
        }
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {COUNTED.map(({ status, key }, i) => (
            <Stack key={status} gap={2} align="center">
              {counts[i]?.data ? (
                <Text fz={32} fw={700} c="indigo.8">
                  {formatNumber(counts[i].data.total, i18n.language)}
                </Text>
              ) : (
                <Skeleton height={40} width={48} />
              )}
              <AnchorLink to="/training/candidates" search={{ status }} ta="center" size="sm">
                {t(`training.dashboard.${key}`)}
              </AnchorLink>
            </Stack>
          ))}
        </SimpleGrid>
      </SectionCard>
      {!readOnly && (state === null || state.habilitated) && <RecordsToDo />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SectionCard id="latest-changes-title" titleGap="md" title={t('training.dashboard.latestChanges')}>
          <Latest
            empty={t('training.dashboard.noChanges')}
            all={{ label: t('training.dashboard.allCandidacies') }}
          />
        </SectionCard>
        <SectionCard
          id="latest-certified-title"
          titleGap="md"
          title={t('training.dashboard.latestCertified')}
        >
          <Latest
            status="certified"
            empty={t('training.dashboard.noCertified')}
            all={{ label: t('training.dashboard.allCertified'), status: 'certified' }}
          />
        </SectionCard>
      </SimpleGrid>
      <NewsFeed />
    </Stack>
  );
}

/** The Evaluations and Trainings entries: only for an establishment that may evaluate (active, habilitated). */
function RecordsToDo() {
  const { t } = useTranslation();
  const steps: { status: CandidacyStatus; key: string }[] = [
    { status: 'awaiting_preliminary_evaluation', key: 'toEvaluate' },
    { status: 'awaiting_final_evaluation', key: 'toTrain' },
    { status: 'to_send', key: 'toSend' },
    { status: 'complement_requested', key: 'toComplete' },
  ];
  return (
    <SectionCard id="records-title" titleGap="md" title={t('training.dashboard.records')}>
      <PlainList gap="xs">
        {steps.map(({ status, key }) => (
          <li key={status}>
            <AnchorLink to="/training/candidates" search={{ status }}>
              {t(`training.dashboard.${key}`)}
            </AnchorLink>
          </li>
        ))}
        <li>
          <AnchorLink to="/training/juries">{t('training.dashboard.nextJuries')}</AnchorLink>
        </li>
      </PlainList>
    </SectionCard>
  );
}

/** A certifier's share of the line: what waits for its decision. */
function CertifierHome() {
  const { t, i18n } = useTranslation();
  const [habilitations, transfers, awaiting] = useQueries({
    queries: [
      {
        queryKey: ['habilitations', 'count', 'pending'],
        queryFn: () =>
          unwrap(api.GET('/api/v1/habilitations', { params: { query: { status: 'pending', pageSize: 1 } } })),
      },
      {
        queryKey: ['transfers', 'count', 'pending'],
        queryFn: () =>
          unwrap(
            api.GET('/api/v1/transfer-requests', { params: { query: { status: 'pending', pageSize: 1 } } }),
          ),
      },
      {
        queryKey: ['candidates', 'count', 'awaiting_certification'],
        queryFn: count({ status: ['awaiting_certification'] }),
      },
    ],
  });
  const line = (
    label: string,
    to: '/training/habilitations' | '/training/transfers' | '/training/juries',
    total?: number,
  ) => (
    <Group component="li" justify="space-between">
      <AnchorLink to={to}>{label}</AnchorLink>
      {total === undefined ? (
        <Skeleton height={18} width={32} />
      ) : (
        <Text fw={600}>{formatNumber(total, i18n.language)}</Text>
      )}
    </Group>
  );
  return (
    <SectionCard id="certifier-title" titleGap="md" title={t('training.dashboard.certifierTitle')}>
      <PlainList gap="xs">
        {line(
          t('training.dashboard.pendingHabilitations'),
          '/training/habilitations',
          habilitations?.data?.total,
        )}
        {line(t('training.dashboard.pendingTransfers'), '/training/transfers', transfers?.data?.total)}
        {line(t('training.dashboard.awaitingSession'), '/training/juries', awaiting?.data?.total)}
      </PlainList>
    </SectionCard>
  );
}

/** A jury member's way in: the sessions, where each dossier is opened and decided. */
function JuryHome() {
  const { t } = useTranslation();
  return (
    <SectionCard id="jury-title" titleGap="md" title={t('training.dashboard.juryTitle')}>
      <Stack gap="xs">
        <Text>{t('training.dashboard.juryIntro')}</Text>
        <AnchorLink to="/training/juries">{t('training.dashboard.nextJuries')}</AnchorLink>
      </Stack>
    </SectionCard>
  );
}

/** The individuals' line on the home page, for its training side or its certifier. */
export default function TrainingOverview() {
  const role = useTrainingRole();
  if (role.network) return <NetworkHome />;
  if (!role.certifier && !role.jury) return null;
  return (
    <Stack gap="lg">
      {role.certifier ? <CertifierHome /> : <JuryHome />}
      <NewsFeed />
    </Stack>
  );
}
