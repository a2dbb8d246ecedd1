import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { QueryView } from '../../app/feedback';
import { DataTable } from '../../app/DataTable';
import { AnchorLink } from '../../app/links';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/title';
// The admin pages' words load with this page's chunk: a side-effect import in a route file stays in the first script.
import '../../i18n/admin';

/** The schemes shared by every CB, read only: each one's versions (each opened read only), levels and sizes. */
export function Schemes() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.schemes.title'));
  const schemes = useQuery({
    queryKey: ['schemes', 'admin'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/schemes', { params: { query: { pageSize: 100, sort: 'title' } } })),
  });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.schemes.title')}</Title>
      <QueryView query={schemes} lines={4}>
        {(data) => (
          <DataTable
            items={data.items}
            rowKey="schemeId"
            columns={[
              {
                header: t('admin.schemes.scheme'),
                cell: (s) => (
                  <>
                    <AnchorLink to="/admin/schemes/$schemeId" params={{ schemeId: s.schemeId }} fw={600}>
                      {s.title}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {s.schemeId}
                    </Text>
                  </>
                ),
              },
              { header: t('admin.schemes.kind'), cell: (s) => s.kind },
              {
                header: t('admin.schemes.levels'),
                cell: (s) => s.levels.map((l) => l.label).join(', ') || '—',
              },
              { header: t('admin.schemes.requirements'), cell: (s) => s.requirementCount },
              { header: t('admin.schemes.questions'), cell: (s) => s.questionCount },
              {
                header: t('admin.schemes.versions'),
                cell: (s) => (
                  <Group gap={4}>
                    {s.versions.map((v) => (
                      <AnchorLink
                        key={v}
                        to="/admin/schemes/$schemeId"
                        params={{ schemeId: s.schemeId }}
                        search={{ version: v }}
                        aria-label={t('admin.schemes.readVersion', { title: s.title, version: v })}
                      >
                        <Badge variant={v === s.version ? 'filled' : 'light'} tt="none" component="span">
                          {t('admin.schemes.version', { version: v })}
                        </Badge>
                      </AnchorLink>
                    ))}
                  </Group>
                ),
              },
              { header: t('admin.schemes.published'), cell: (s) => formatDate(s.publishedAt, i18n.language) },
            ]}
          />
        )}
      </QueryView>
    </Stack>
  );
}
