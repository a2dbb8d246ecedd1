import { Alert, Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useCbPeople } from './people';

export interface Assignable {
  id: string;
  reference: string;
}

export interface AssignOutcome {
  assigned: Assignable[];
  failed: { dossier: Assignable; message: string }[];
}

/**
 * One request for the ticked dossiers: the API assigns each on its own and says which it could not
 * (another state, gone from the CB), the others staying assigned.
 */
export async function assignAll(dossiers: Assignable[], analystId: string): Promise<AssignOutcome> {
  const { items } = await unwrap(
    api.POST('/api/v1/dossiers/analyst-assignments', {
      body: { analystId, dossierIds: dossiers.map((d) => d.id) },
    }),
  );
  const byId = new Map(dossiers.map((d) => [d.id, d]));
  const outcome: AssignOutcome = { assigned: [], failed: [] };
  for (const item of items) {
    const dossier = byId.get(item.dossierId) ?? { id: item.dossierId, reference: item.dossierId };
    if (item.assigned) outcome.assigned.push(dossier);
    else outcome.failed.push({ dossier, message: item.error?.message ?? '' });
  }
  return outcome;
}

/** The CB's active analysts, by name (a cb_admin's choice: only he may list the CB's users). */
export function AnalystSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (analystId: string | null) => void;
}) {
  const { t } = useTranslation();
  const people = useCbPeople();
  return (
    <Select
      label={label}
      value={value}
      onChange={onChange}
      data={people.analysts.map((u) => ({ value: u.id, label: `${u.firstName} ${u.lastName}` }))}
      nothingFoundMessage={t('cb.queue.noAnalysts')}
      searchable
      w={260}
    />
  );
}

/** The cb_admin's bar above the queue: the dossiers ticked, an analyst, one button. */
export function BulkAssign({ selected, onDone }: { selected: Assignable[]; onDone: () => void }) {
  const { t } = useTranslation();
  const people = useCbPeople();
  const queryClient = useQueryClient();
  const [analystId, setAnalystId] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: (args: { dossiers: Assignable[]; analystId: string }) =>
      assignAll(args.dossiers, args.analystId),
    onSuccess: async (outcome) => {
      if (!outcome.failed.length) onDone();
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
    },
  });
  const outcome = assign.data;
  if (!selected.length && !outcome) return null;
  return (
    <Card withBorder padding="sm" component="section" aria-label={t('cb.queue.assign')}>
      <Stack gap="xs">
        {selected.length > 0 && (
          <Group align="flex-end" gap="md">
            <Text fw={600} aria-live="polite">
              {t('cb.queue.selected', { count: selected.length })}
            </Text>
            <AnalystSelect label={t('cb.queue.assignTo')} value={analystId} onChange={setAnalystId} />
            <Button
              disabled={!analystId}
              loading={assign.isPending}
              onClick={() => analystId && assign.mutate({ dossiers: selected, analystId })}
            >
              {t('cb.queue.assign')}
            </Button>
          </Group>
        )}
        {outcome && outcome.assigned.length > 0 && (
          <Alert color="green" role="status" p="xs">
            {t('cb.queue.assigned', {
              count: outcome.assigned.length,
              name: people.name(assign.variables?.analystId),
            })}
          </Alert>
        )}
        {outcome?.failed.map((f) => (
          <Alert key={f.dossier.id} color="red.9" role="alert" p="xs">
            {t('cb.queue.assignFailed', { reference: f.dossier.reference, message: f.message })}
          </Alert>
        ))}
      </Stack>
    </Card>
  );
}
