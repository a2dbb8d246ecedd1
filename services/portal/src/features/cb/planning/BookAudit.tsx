import { AuditTypeSchema } from '@certhub/contracts';
import { Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client';
import { FormError } from '../../../app/feedback';
import { DayInput } from '../../../app/DayInput';
import { placeFieldErrors } from '../../../lib/forms';
import { useCbPeople } from '../people';
import type { Refusal } from './PlanningCalendar';
import { SectionCard } from '../../../app/SectionCard';

/** The statuses a dossier takes an audit in (initial once contracted, then the cycle's). */
const PLANNABLE = ['contracted', 'certified', 'renewal', 'suspended', 'decision_pending'] as const;

/**
 * Books an audit: dossier, type, days, auditors. A 409 (an auditor already booked those days) is
 * handed to the calendar, which shows it on the days asked for; other refusals stay on the form.
 */
export function BookAudit({ onRefused }: { onRefused: (refusal: Refusal | undefined) => void }) {
  const { t } = useTranslation();
  const people = useCbPeople();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      dossierId: null as string | null,
      type: 'initial' as string | null,
      startDate: '',
      endDate: '',
      auditorIds: [] as string[],
      typedAuditors: '',
    },
  });
  const { dossierId, type, startDate, endDate, auditorIds, typedAuditors } = form.values;
  const dossiers = useQuery({
    queryKey: ['dossiers', 'plannable', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dossiers', {
          params: {
            query: { status: [...PLANNABLE], pageSize: 20, sort: '-updatedAt', ...(q ? { q } : {}) },
          },
        }),
      ),
  });
  const auditors = people.isAdmin
    ? auditorIds
    : typedAuditors
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
  const book = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/dossiers/{dossierId}/audits', {
          params: { path: { dossierId: dossierId as string } },
          body: {
            type: AuditTypeSchema.parse(type),
            startDate,
            endDate,
            auditorIds: auditors,
          },
        }),
      ),
    onMutate: () => onRefused(undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audits'] }),
    onError: (error) => {
      if (error instanceof ApiError && error.problem.status === 409)
        onRefused({
          startDate,
          endDate: endDate || startDate,
          message: error.problem.detail ?? error.message,
        });
      else placeFieldErrors(error, form);
    },
  });
  const ready = dossierId && type && startDate && endDate && auditors.length > 0;
  return (
    <SectionCard id="book-title" title={t('cb.planning.book')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) book.mutate();
        }}
      >
        <Stack gap="sm">
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('cb.planning.dossier')}
              searchable
              searchValue={q}
              onSearchChange={setQ}
              data={(dossiers.data?.items ?? []).map((d) => ({
                value: d.id,
                label: `${d.reference}${d.holderName ? ` · ${d.holderName}` : ''}`,
              }))}
              nothingFoundMessage={t('cb.planning.noDossier')}
              w={320}
              {...form.getInputProps('dossierId')}
            />
            <Select
              label={t('cb.planning.type')}
              allowDeselect={false}
              data={AuditTypeSchema.options.map((v) => ({ value: v, label: t(`cb.planning.types.${v}`) }))}
              w={240}
              {...form.getInputProps('type')}
            />
            <DayInput label={t('cb.planning.start')} {...form.getInputProps('startDate')} value={startDate} />
            <DayInput label={t('cb.planning.end')} {...form.getInputProps('endDate')} value={endDate} />
          </Group>
          {people.isAdmin ? (
            <MultiSelect
              label={t('cb.planning.auditors')}
              data={people.auditors.map((u) => ({ value: u.id, label: `${u.firstName} ${u.lastName}` }))}
              searchable
              maw={520}
              {...form.getInputProps('auditorIds')}
            />
          ) : (
            <TextInput
              label={t('cb.planning.auditors')}
              description={t('cb.planning.auditorIdsHint')}
              maw={520}
              {...form.getInputProps('typedAuditors')}
            />
          )}
          <Group>
            <Button type="submit" disabled={!ready} loading={book.isPending}>
              {t('cb.planning.bookSubmit')}
            </Button>
            {book.isSuccess && <span role="status">{t('cb.planning.booked')}</span>}
          </Group>
          {/* A double booking is said on the calendar's days, not twice. */}
          {!(book.error instanceof ApiError && book.error.problem.status === 409) && (
            <FormError error={book.error} message={(message) => t('cb.planning.bookFailed', { message })} />
          )}
        </Stack>
      </form>
    </SectionCard>
  );
}
