import { Accordion, Alert, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError, LoadError, Loading, QueryList, ToneBadge } from '../../../app/feedback';
import { DayInput } from '../../../app/DayInput';
import { AnchorLink } from '../../../app/links';
import { useNames } from '../../../app/names';
import { formatDate } from '../../../lib/format';
import { placeFieldErrors } from '../../../lib/forms';
import { UploadZone } from '../../upload/UploadZone';
import { FindingEvidence } from '../FindingEvidence';
import { addDays, today } from './calendar';
import type { Audit } from './PlanningCalendar';
import { Hint } from '../../../app/Hint';

const REPORT_RULES = { accept: ['application/pdf', '.pdf'], maxBytes: 8 * 1024 * 1024, maxCount: 1 };
const refresh = (queryClient: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['audits'] }),
    queryClient.invalidateQueries({ queryKey: ['findings'] }),
    queryClient.invalidateQueries({ queryKey: ['checklist'] }),
  ]);

/** A booked auditor files the report (a PDF of the audit's report context) once the audit has started. */
export function ReportPanel({ audit, isBooked }: { audit: Audit; isBooked: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const complete = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/audits/{auditId}/completion', {
          params: { path: { auditId: audit.id } },
          body: { version: audit.version, reportDocumentId: documentIds[0] as string },
        }),
      ),
    onSuccess: () => refresh(queryClient),
  });
  if (audit.reportDocumentId)
    return (
      <Alert color="green" variant="light">
        {t('cb.audits.reportFiled')}
      </Alert>
    );
  if (!isBooked || audit.status !== 'planned') return <Text c="dimmed">{t('cb.audits.reportNotYet')}</Text>;
  const started = audit.startDate <= today();
  return (
    <Stack gap="sm">
      <UploadZone
        label={t('cb.audits.reportFile')}
        contextId={`audit:${audit.id}:report`}
        value={documentIds}
        onChange={setDocumentIds}
        rules={REPORT_RULES}
      />
      {!started && <Hint>{t('cb.audits.notStarted', { date: audit.startDate })}</Hint>}
      <Button
        w="fit-content"
        disabled={!documentIds.length || !started}
        loading={complete.isPending}
        onClick={() => complete.mutate()}
      >
        {t('cb.audits.complete')}
      </Button>
      <FormError error={complete.error} message={(message) => t('cb.audits.failed', { message })} />
    </Stack>
  );
}

function RecordFinding({
  audit,
  requirementId,
  onDone,
}: {
  audit: Audit;
  requirementId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { severity: 'minor', description: '', dueDate: addDays(today(), 60), measures: '' },
  });
  const record = useMutation({
    mutationFn: ({ severity, description, dueDate, measures }: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/audits/{auditId}/findings', {
          params: { path: { auditId: audit.id } },
          body: {
            requirementId,
            severity: severity === 'major' ? 'major' : 'minor',
            description,
            dueDate,
            ...(measures.trim() ? { closingMeetingMeasures: measures.trim() } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      await refresh(queryClient);
      onDone();
    },
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <form onSubmit={form.onSubmit((values) => record.mutate(values))}>
      <Stack gap="xs">
        <Group align="flex-end">
          <Select
            label={t('cb.audits.severity')}
            allowDeselect={false}
            data={[
              { value: 'major', label: t('cb.audits.severities.major') },
              { value: 'minor', label: t('cb.audits.severities.minor') },
            ]}
            w={180}
            {...form.getInputProps('severity')}
          />
          <DayInput
            label={t('cb.audits.dueDate')}
            {...form.getInputProps('dueDate')}
            value={form.values.dueDate}
          />
        </Group>
        <Textarea
          label={t('cb.audits.description')}
          autosize
          minRows={2}
          required
          {...form.getInputProps('description')}
        />
        <Textarea
          label={t('cb.audits.measures')}
          description={t('cb.audits.measuresHint')}
          autosize
          minRows={1}
          {...form.getInputProps('measures')}
        />
        <Button
          type="submit"
          w="fit-content"
          disabled={!form.values.description.trim()}
          loading={record.isPending}
        >
          {t('cb.audits.record', { requirement: requirementId })}
        </Button>
        <FormError error={record.error} message={(message) => t('cb.audits.failed', { message })} />
      </Stack>
    </form>
  );
}

/**
 * The scheme's requirements that apply at the dossier's level, chapter by chapter, each with its
 * control methods and the findings still open on it; a booked auditor records a finding against
 * one once the report is filed.
 */
export function RequirementsTree({ audit, canRecord }: { audit: Audit; canRecord: boolean }) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const [recording, setRecording] = useState<string | null>(null);
  const checklist = useQuery({
    queryKey: ['checklist', audit.dossierId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dossiers/{dossierId}/checklist', {
          params: { path: { dossierId: audit.dossierId } },
        }),
      ),
  });
  if (checklist.isPending) return <Loading lines={4} />;
  if (checklist.isError) return <LoadError error={checklist.error} retry={() => void checklist.refetch()} />;
  const { chapters, level } = checklist.data;
  return (
    <Stack gap="xs">
      {level && <Text size="sm">{t('cb.audits.level', { level: names.level(audit.schemeId, level) })}</Text>}
      <Accordion multiple variant="separated">
        {chapters.map((chapter) => (
          <Accordion.Item key={chapter.id} value={chapter.id}>
            <Accordion.Control>
              {chapter.id}. {chapter.title}
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="md">
                {chapter.requirements.map((r) => (
                  <Card
                    key={r.id}
                    withBorder
                    padding="sm"
                    component="article"
                    aria-label={`${r.id} ${r.title}`}
                  >
                    <Group gap="xs" mb={4}>
                      <Text fw={600}>
                        {r.id} {r.title}
                      </Text>
                      {r.controlMethods.map((m) => (
                        <ToneBadge key={m} color="indigo">
                          {t(`cb.audits.methods.${m}`)}
                        </ToneBadge>
                      ))}
                    </Group>
                    <Text size="sm">{r.text}</Text>
                    {r.openFindings.map((f) => (
                      <Text key={f.findingId} size="sm" c={f.overdue ? 'red.9' : undefined}>
                        <AnchorLink
                          to="/cb/findings/$findingId"
                          params={{ findingId: f.findingId }}
                          size="sm"
                        >
                          {f.number}
                        </AnchorLink>{' '}
                        {t(`cb.audits.severities.${f.severity}`)} · {formatDate(f.dueDate, i18n.language)}
                        {f.overdue ? ` · ${t('cb.queue.overdue')}` : ''}
                      </Text>
                    ))}
                    {canRecord &&
                      (recording === r.id ? (
                        <RecordFinding audit={audit} requirementId={r.id} onDone={() => setRecording(null)} />
                      ) : (
                        <Button variant="subtle" size="xs" w="fit-content" onClick={() => setRecording(r.id)}>
                          {t('cb.audits.newFinding')}
                        </Button>
                      ))}
                  </Card>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

/** The audit's findings, those recorded after the scheme's deadline flagged late, and the declaration. */
export function AuditFindings({ audit, isBooked }: { audit: Audit; isBooked: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const findings = useQuery({
    queryKey: ['findings', { auditId: audit.id }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/findings', {
          params: { query: { auditId: audit.id, pageSize: 100, sort: 'number' } },
        }),
      ),
  });
  const declare = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/audits/{auditId}/findings-recorded', {
          params: { path: { auditId: audit.id } },
          body: { version: audit.version },
        }),
      ),
    onSuccess: () => refresh(queryClient),
  });
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('cb.audits.deadline', { date: formatDate(audit.findingsDeadline, i18n.language) })}
      </Text>
      <QueryList query={findings} lines={2} empty={<Text c="dimmed">{t('cb.audits.noFindings')}</Text>}>
        {(data) =>
          data.items.map((f) => (
            <Stack key={f.id} gap={4}>
              <Group gap="xs">
                <AnchorLink to="/cb/findings/$findingId" params={{ findingId: f.id }}>
                  {f.number}
                </AnchorLink>
                <Text size="sm">
                  {f.requirementId} · {t(`cb.audits.severities.${f.severity}`)}
                </Text>
                {f.late && <ToneBadge color="orange">{t('cb.audits.late')}</ToneBadge>}
              </Group>
              <FindingEvidence finding={f} canAttach={isBooked} />
            </Stack>
          ))
        }
      </QueryList>
      {isBooked && audit.status === 'completed' && (
        <>
          <Button
            w="fit-content"
            variant="light"
            loading={declare.isPending}
            onClick={() => declare.mutate()}
          >
            {t('cb.audits.declare')}
          </Button>
          <FormError error={declare.error} message={(message) => t('cb.audits.failed', { message })} />
        </>
      )}
    </Stack>
  );
}

export function AuditSummary({ audit }: { audit: Audit }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="xs">
        {t(`cb.planning.types.${audit.type}`)} · {t(`cb.planning.statuses.${audit.status}`)}
      </Title>
      <Text>
        {formatDate(audit.startDate, i18n.language)} – {formatDate(audit.endDate, i18n.language)}
      </Text>
    </Card>
  );
}
