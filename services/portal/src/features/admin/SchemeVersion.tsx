import { Badge, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Fact } from '../../app/Fact';
import { LoadError, Loading, NotFoundOrError, PlainList, ToneBadge } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { DataTable } from '../../app/DataTable';
import { SectionCard } from '../../app/SectionCard';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/title';
import '../../i18n/admin';
import '../../i18n/cb';

// Reached through its route file: the page's words (side-effect imports above) load with this chunk,
// not with the first script.
const route = getRouteApi('/admin/schemes/$schemeId');

export function SchemeVersion() {
  const { t, i18n } = useTranslation();
  const { schemeId } = route.useParams();
  const { version } = route.useSearch();
  const navigate = route.useNavigate();
  const list = useQuery({
    queryKey: ['schemes', 'admin'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/schemes', { params: { query: { pageSize: 100, sort: 'title' } } })),
  });
  const scheme = useQuery({
    queryKey: ['schemes', schemeId, version ?? 'latest'],
    // A published version never changes.
    staleTime: Infinity,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/schemes/{schemeId}', {
          params: { path: { schemeId }, query: version ? { version } : {} },
        }),
      ),
  });
  usePageTitle(scheme.data?.title);
  if (scheme.isPending) return <Loading lines={8} />;
  if (scheme.isError)
    return (
      <NotFoundOrError error={scheme.error} retry={() => void scheme.refetch()}>
        <Text>
          <AnchorLink to="/admin/schemes">{t('admin.schemes.back')}</AnchorLink>
        </Text>
      </NotFoundOrError>
    );
  const s = scheme.data;
  const versions = list.data?.items.find((item) => item.schemeId === schemeId)?.versions ?? [s.version];
  const levelLabel = (id: string) => s.levels.find((l) => l.id === id)?.label ?? id;
  return (
    <Stack gap="lg">
      <Text>
        <AnchorLink to="/admin/schemes">{t('admin.schemes.back')}</AnchorLink>
      </Text>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{s.title}</Title>
        <Select
          label={t('admin.schemes.versions')}
          value={s.version}
          allowDeselect={false}
          data={versions.map((v) => ({ value: v, label: t('admin.schemes.version', { version: v }) }))}
          onChange={(v) => v && void navigate({ search: { version: v } })}
          w={200}
        />
      </Group>
      {list.isError && <LoadError error={list.error} retry={() => void list.refetch()} />}
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="dl" m={0}>
          <Fact label={t('admin.schemes.published')}>{formatDate(s.publishedAt, i18n.language)}</Fact>
          <Fact label={t('admin.schemes.levels')}>{s.levels.map((l) => l.label).join(', ') || '—'}</Fact>
          <Fact label={t('admin.schemes.validity')}>
            {t('admin.schemes.months', { count: s.cycle.validityMonths })}
          </Fact>
          <Fact label={t('admin.schemes.surveillance')}>
            {s.cycle.surveillance.atMonths.map((m) => t('admin.schemes.months', { count: m })).join(', ')}
          </Fact>
          <Fact label={t('admin.schemes.renewalWindow')}>
            {t('admin.schemes.months', { count: s.cycle.renewalWindowMonths })}
          </Fact>
          <Fact label={t('admin.schemes.findingsDeadline')}>
            {t('admin.schemes.days', { count: s.cycle.findingsDeadlineDays })}
          </Fact>
        </SimpleGrid>
      </Card>
      <SectionCard id="decisions-title" title={t('admin.schemes.decisions')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {(['initial', 'surveillance'] as const).map((kind) => (
            <Stack key={kind} gap={4}>
              <Text fw={500}>{t(`cb.decide.kind.${kind}`)}</Text>
              <PlainList gap={2}>
                {s.decisionOptions[kind].map((o) => (
                  <li key={o}>{t(`cb.decide.outcomes.${o}`)}</li>
                ))}
              </PlainList>
            </Stack>
          ))}
        </SimpleGrid>
      </SectionCard>
      <SectionCard id="requirements-title" title={t('admin.schemes.requirements')}>
        <Stack gap="lg">
          {s.chapters.map((chapter) => (
            <Stack key={chapter.id} gap="xs">
              <Title order={3} size="h5">
                {chapter.id}. {chapter.title}
              </Title>
              <DataTable
                aria-label={`${chapter.id}. ${chapter.title}`}
                items={chapter.requirements}
                rowKey="id"
                columns={[
                  {
                    header: t('admin.schemes.requirement'),
                    cell: (r) => (
                      <>
                        <Text size="sm" fw={500}>
                          {r.id} {r.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {r.text}
                        </Text>
                      </>
                    ),
                  },
                  {
                    header: t('admin.schemes.appliesAt'),
                    cell: (r) => (
                      <Group gap={4}>
                        {s.levels.length
                          ? Object.entries(r.applicability)
                              .filter(([, applies]) => applies)
                              .map(([level]) => (
                                <Badge key={level} variant="light" tt="none">
                                  {levelLabel(level)}
                                </Badge>
                              ))
                          : t('admin.schemes.allLevels')}
                      </Group>
                    ),
                  },
                  {
                    header: t('admin.schemes.controlMethods'),
                    cell: (r) => (
                      <Group gap={4}>
                        {r.controlMethods.map((m) => (
                          <ToneBadge key={m} color="indigo">
                            {t(`cb.audits.methods.${m}`)}
                          </ToneBadge>
                        ))}
                      </Group>
                    ),
                  },
                ]}
              />
            </Stack>
          ))}
        </Stack>
      </SectionCard>
      <SectionCard id="questionnaire-title" title={t('admin.schemes.questionnaire')}>
        <PlainList gap={4}>
          {s.questionnaire.sections.map((section) => (
            <li key={section.id}>
              {section.title} · {t('admin.schemes.questionCount', { count: section.questions.length })}
            </li>
          ))}
        </PlainList>
      </SectionCard>
    </Stack>
  );
}
