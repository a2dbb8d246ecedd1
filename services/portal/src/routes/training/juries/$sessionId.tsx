import { CANDIDACY_STATUSES, type JurySessionDetail } from '@certhub/contracts';
import { Button, Card, Group, MultiSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client';
import { FormError, LoadError, Loading } from '../../../app/feedback';
import { Fact } from '../../../app/Fact';
import { AnchorLink } from '../../../app/links';
import { CandidacyBadge, useTrainingRole } from '../../../features/candidacy/common';
import { SessionDossiers, useCertifierNames } from '../../../features/candidacy/Juries';
import { formatDate, formatNumber } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';

/**
 * One jury session, for its certifier's staff and the jury members who sit in it: when and where,
 * who sits, its dossiers per status, and the dossiers to assign to it (each decided from the
 * candidate's page: complement or decision).
 */
export const Route = createFileRoute('/training/juries/$sessionId')({ component: JurySessionPage });

const sessionKey = (sessionId: string) => ['jury-sessions', 'one', sessionId] as const;

/** The certifier's administrator names who sits, among the certifier's jury members. */
function Members({ session }: { session: JurySessionDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [memberIds, setMemberIds] = useState(session.memberIds);
  const jury = useQuery({
    queryKey: ['users', 'jury_member'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/users', { params: { query: { role: 'jury_member', pageSize: 100 } } })),
  });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/jury-sessions/{sessionId}/members', {
          params: { path: { sessionId: session.id } },
          body: { memberIds },
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(sessionKey(session.id), saved),
  });
  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('training.session.members')}
        description={t('training.session.membersHint')}
        searchable
        value={memberIds}
        data={(jury.data?.items ?? []).map((u) => ({ value: u.id, label: u.email }))}
        onChange={setMemberIds}
      />
      <FormError error={save.error} message={(message) => t('training.common.failed', { message })} />
      {save.isSuccess && <Text role="status">{t('training.session.membersSaved')}</Text>}
      <Group justify="flex-end">
        <Button variant="light" loading={save.isPending} onClick={() => save.mutate()}>
          {t('training.session.saveMembers')}
        </Button>
      </Group>
    </Stack>
  );
}

function JurySessionPage() {
  const { t, i18n } = useTranslation();
  const { sessionId } = Route.useParams();
  const role = useTrainingRole();
  const certifierName = useCertifierNames();
  const session = useQuery({
    queryKey: sessionKey(sessionId),
    queryFn: () => unwrap(api.GET('/api/v1/jury-sessions/{sessionId}', { params: { path: { sessionId } } })),
  });
  const title = session.data
    ? t('training.session.title', {
        date: formatDate(session.data.sittingOn, i18n.language),
        region: session.data.region,
      })
    : undefined;
  usePageTitle(title);
  if (session.isPending) return <Loading lines={8} />;
  if (session.isError)
    return session.error instanceof ApiError && session.error.problem.status === 404 ? (
      <Stack>
        <Title order={1}>{t('training.common.notFound')}</Title>
        <AnchorLink to="/training/juries">{t('training.juries.title')}</AnchorLink>
      </Stack>
    ) : (
      <LoadError error={session.error} retry={() => void session.refetch()} />
    );
  const s = session.data;
  const admin = role.principal?.roles.includes('cb_admin') ?? false;
  const statuses = CANDIDACY_STATUSES.filter((status) => s.assigned.byStatus[status]);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <AnchorLink to="/training/juries">{t('training.session.back')}</AnchorLink>
        <Title order={1}>{title}</Title>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder component="section" aria-labelledby="session-facts">
          <Title order={2} size="h4" id="session-facts" mb="sm">
            {t('training.session.facts')}
          </Title>
          <Stack gap="xs" component="dl" m={0}>
            <Fact label={t('training.juries.certifier')}>{certifierName(s.certifierId)}</Fact>
            <Fact label={t('training.juries.sittingOn')}>{formatDate(s.sittingOn, i18n.language)}</Fact>
            <Fact label={t('training.juries.closesOn')}>
              {s.closesOn ? formatDate(s.closesOn, i18n.language) : t('training.common.none')}
            </Fact>
            <Fact label={t('training.juries.sendMode')}>{t(`training.juries.sendModes.${s.sendMode}`)}</Fact>
            <Fact label={t('training.juries.sessionTitle')}>{s.title ?? t('training.common.none')}</Fact>
            <Fact label={t('training.session.members')}>
              {s.memberIds.length
                ? t('training.session.memberCount', { count: s.memberIds.length })
                : t('training.session.wholeJury')}
            </Fact>
          </Stack>
          {admin && (
            <Stack mt="md">
              <Members key={s.version} session={s} />
            </Stack>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="session-states">
          <Title order={2} size="h4" id="session-states" mb="sm">
            {t('training.session.states', {
              count: s.assigned.total,
              formatted: formatNumber(s.assigned.total, i18n.language),
            })}
          </Title>
          {statuses.length ? (
            <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {statuses.map((status) => (
                <Group component="li" key={status} justify="space-between">
                  <CandidacyBadge status={status} />
                  <Text fw={600}>{formatNumber(s.assigned.byStatus[status] ?? 0, i18n.language)}</Text>
                </Group>
              ))}
            </Stack>
          ) : (
            <Text>{t('training.juries.noDossier')}</Text>
          )}
        </Card>
      </SimpleGrid>
      <SessionDossiers session={s} />
    </Stack>
  );
}
