import { Group, Select, Stack, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CandidacyStats } from '../../features/candidacy/CandidacyStats';
import { useEstablishments, useTrainingRole } from '../../features/candidacy/common';
import { idParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';

/** The individuals' line's statistics within the caller's perimeter, narrowed to one establishment. */
export const Route = createFileRoute('/training/stats')({
  validateSearch: (s: Record<string, unknown>): { establishment?: string } => ({
    establishment: idParam(s['establishment']),
  }),
  component: Stats,
});

function Stats() {
  const { t } = useTranslation();
  const { establishment } = Route.useSearch();
  const navigate = Route.useNavigate();
  const role = useTrainingRole();
  const establishments = useEstablishments().data?.items ?? [];
  usePageTitle(t('training.stats.title'));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('training.stats.title')}</Title>
      {role.network && !role.establishmentId && establishments.length > 1 && (
        <Group>
          <Select
            label={t('training.stats.establishment')}
            value={establishment ?? 'all'}
            allowDeselect={false}
            searchable
            data={[
              { value: 'all', label: t('training.stats.allEstablishments') },
              ...establishments.map((e) => ({ value: e.id, label: e.name })),
            ]}
            onChange={(value) =>
              void navigate({ search: { establishment: value && value !== 'all' ? value : undefined } })
            }
            w={320}
          />
        </Group>
      )}
      <CandidacyStats perimeter={establishment ? { establishmentId: establishment } : {}} />
    </Stack>
  );
}
