import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { QueryView } from '../../app/feedback';
import { TableHead } from '../../app/PagedTable';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/title';
// The admin pages' words load with this page's chunk: a side-effect import in a route file stays in the first script.
import '../../i18n/admin';

/** The schemes shared by every CB, read only: each one's versions, levels and sizes. */
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
          <Table striped>
            <TableHead
              columns={[
                t('admin.schemes.scheme'),
                t('admin.schemes.kind'),
                t('admin.schemes.levels'),
                t('admin.schemes.requirements'),
                t('admin.schemes.questions'),
                t('admin.schemes.versions'),
                t('admin.schemes.published'),
              ]}
            />
            <Table.Tbody>
              {data.items.map((s) => (
                <Table.Tr key={s.schemeId}>
                  <Table.Td>
                    <Text fw={600}>{s.title}</Text>
                    <Text size="xs" c="dimmed">
                      {s.schemeId}
                    </Text>
                  </Table.Td>
                  <Table.Td>{s.kind}</Table.Td>
                  <Table.Td>{s.levels.map((l) => l.label).join(', ') || '—'}</Table.Td>
                  <Table.Td>{s.requirementCount}</Table.Td>
                  <Table.Td>{s.questionCount}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {s.versions.map((v) => (
                        <Badge key={v} variant={v === s.version ? 'filled' : 'light'} tt="none">
                          {t('admin.schemes.version', { version: v })}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDate(s.publishedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
    </Stack>
  );
}
