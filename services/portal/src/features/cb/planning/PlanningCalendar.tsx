import {
  Badge,
  Box,
  Button,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { paths } from '../../../api/schema';
import { AnchorLink } from '../../../app/links';
import { formatDate } from '../../../lib/format';
import { DossierLink } from '../DossierLink';
import { CALENDAR_VIEWS, covers, today, visibleDays, type Booked, type CalendarView } from './calendar';
import { TableHead } from '../../../app/DataTable';

export type Audit = paths['/api/v1/audits/{auditId}']['get']['responses'][200]['content']['application/json'];

/** A refused booking, shown on the days it asked for. */
export interface Refusal extends Booked {
  message: string;
}

const weekday = (day: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

function AuditChip({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  return (
    <Box className="planning-audit" data-status={audit.status}>
      <AnchorLink to="/cb/audits/$auditId" params={{ auditId: audit.id }} size="xs">
        {t(`cb.planning.types.${audit.type}`)}
      </AnchorLink>{' '}
      <Text span size="xs">
        <DossierLink dossierId={audit.dossierId} prefixed={false} />
      </Text>
      {audit.status === 'cancelled' && (
        <Badge size="xs" color="gray" variant="light" ml={4}>
          {t('cb.planning.cancelled')}
        </Badge>
      )}
    </Box>
  );
}

function DayCell({
  day,
  audits,
  refusal,
  outside,
}: {
  day: string;
  audits: Audit[];
  refusal?: Refusal;
  outside: boolean;
}) {
  const { t, i18n } = useTranslation();
  const mine = audits.filter((a) => covers(a, day));
  const refused = refusal && covers(refusal, day);
  return (
    <Box
      component="li"
      p={6}
      style={{
        minHeight: 88,
        listStyle: 'none',
        border: `1px solid ${refused ? 'var(--mantine-color-red-8)' : 'var(--mantine-color-gray-3)'}`,
        background: outside ? 'var(--mantine-color-gray-0)' : undefined,
        outline: day === today() ? '2px solid var(--mantine-color-indigo-6)' : undefined,
      }}
      aria-label={formatDate(day, i18n.language)}
    >
      <Text size="xs" fw={600} c={outside ? 'dimmed' : undefined}>
        {weekday(day, i18n.language)} {Number(day.slice(8))}
      </Text>
      <Stack gap={2}>
        {mine.map((a) => (
          <AuditChip key={a.id} audit={a} />
        ))}
        {refused && (
          <Text size="xs" c="red.9" role="alert">
            {t('cb.planning.refusedHere', { message: refusal.message })}
          </Text>
        )}
      </Stack>
    </Box>
  );
}

/**
 * The interventions of the month or week as a grid of days, or of the month as a list; a refused
 * booking is shown on the very days it asked for, with the API's reason (the auditor already booked).
 */
export function PlanningCalendar({
  view,
  anchor,
  audits,
  refusal,
  onView,
  onStep,
}: {
  view: CalendarView;
  anchor: string;
  audits: Audit[];
  refusal?: Refusal | undefined;
  onView: (view: CalendarView) => void;
  onStep: (direction: 1 | -1 | 0) => void;
}) {
  const { t, i18n } = useTranslation();
  const days = visibleDays(view, anchor);
  const month = anchor.slice(0, 7);
  const title = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${anchor}T00:00:00Z`));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            onClick={() => onStep(-1)}
            aria-label={t('cb.planning.previous')}
          >
            ‹
          </Button>
          <Button variant="default" size="xs" onClick={() => onStep(0)}>
            {t('cb.planning.today')}
          </Button>
          <Button variant="default" size="xs" onClick={() => onStep(1)} aria-label={t('cb.planning.next')}>
            ›
          </Button>
          <Title order={2} size="h4" aria-live="polite">
            {view === 'week'
              ? t('cb.planning.weekOf', { date: formatDate(days[0] as string, i18n.language) })
              : title}
          </Title>
        </Group>
        <SegmentedControl
          aria-label={t('cb.planning.view')}
          value={view}
          onChange={(v) => onView(v as CalendarView)}
          data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`cb.planning.views.${v}`) }))}
        />
      </Group>
      {view === 'list' ? (
        <ListView audits={audits.filter((a) => days.some((d) => covers(a, d)))} refusal={refusal} />
      ) : (
        <SimpleGrid cols={7} spacing={0} component="ol" p={0} m={0} aria-label={t('cb.planning.grid')}>
          {days.map((day) => (
            <DayCell
              key={day}
              day={day}
              audits={audits}
              outside={view === 'month' && day.slice(0, 7) !== month}
              {...(refusal ? { refusal } : {})}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** Interventions as rows (dates, type linked to the audit, dossier, status), after any `before` rows. */
export function AuditTable({ audits, before }: { audits: Audit[]; before?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped>
      <TableHead
        columns={[
          t('cb.planning.dates'),
          t('cb.planning.type'),
          t('cb.planning.dossier'),
          t('cb.planning.status'),
        ]}
      />
      <Table.Tbody>
        {before}
        {audits.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>
              {formatDate(a.startDate, i18n.language)} – {formatDate(a.endDate, i18n.language)}
            </Table.Td>
            <Table.Td>
              <AnchorLink to="/cb/audits/$auditId" params={{ auditId: a.id }}>
                {t(`cb.planning.types.${a.type}`)}
              </AnchorLink>
            </Table.Td>
            <Table.Td>
              <DossierLink dossierId={a.dossierId} prefixed={false} />
            </Table.Td>
            <Table.Td>{t(`cb.planning.statuses.${a.status}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ListView({ audits, refusal }: { audits: Audit[]; refusal?: Refusal | undefined }) {
  const { t, i18n } = useTranslation();
  if (!audits.length && !refusal) return <Text>{t('cb.planning.none')}</Text>;
  return (
    <AuditTable
      audits={audits}
      before={
        refusal && (
          <Table.Tr>
            <Table.Td>
              {formatDate(refusal.startDate, i18n.language)} – {formatDate(refusal.endDate, i18n.language)}
            </Table.Td>
            <Table.Td colSpan={3}>
              <Text c="red.9" size="sm" role="alert">
                {t('cb.planning.refusedHere', { message: refusal.message })}
              </Text>
            </Table.Td>
          </Table.Tr>
        )
      }
    />
  );
}
