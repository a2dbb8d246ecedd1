import {
  CANDIDACY_TABLE,
  DISPATCH_CHANNELS,
  INDIVIDUAL_PRINTS_PER_MONTH,
  mayTake,
  type Candidate,
  type Certification,
} from '@certhub/contracts';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { hasLength, isNotEmpty, useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { Fact } from '../../app/Fact';
import { FormError, LoadError, Loading, Warning } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { formatDate, formatDateTime } from '../../lib/format';
import { downloadFile } from '../upload/transfer';
import { CredentialDownloads } from '../verify/CredentialLinks';
import { CandidateUpload } from './CandidateUpload';
import { birthPlace } from './CandidateTable';
import { ActionForm, isoDay, listError, useCandidateChange, useFormAction, useTrainingRole } from './common';
import { ReasonAction } from './ReasonAction';
import { CERTIFIER_STAFF, TRAINING_SIDE, candidateKey, hasRole, useRefreshCandidate } from './records';
import { DataTable } from '../../app/DataTable';
import { SectionCard } from '../../app/SectionCard';
import { ChoiceField, DateField } from '../../app/form-fields';

const failed = (t: TFunction) => (message: string) => t('training.common.failed', { message });

function useCertification(candidateId: string) {
  return useQuery({
    queryKey: [...candidateKey(candidateId), 'certification'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates/{candidateId}/certification', {
          params: { path: { candidateId } },
        }),
      ),
  });
}

/** The guide's check list before sending: each line said, the send offered once all are met. */
function SendToCertification({ candidate }: { candidate: Candidate }) {
  const { t, i18n } = useTranslation();
  const change = useCandidateChange(candidate.id);
  const checklist = useQuery({
    queryKey: [...candidateKey(candidate.id), 'checklist'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates/{candidateId}/certification-checklist', {
          params: { path: { candidateId: candidate.id } },
        }),
      ),
  });
  const send = useMutation({
    mutationFn: () =>
      change(
        api.POST('/api/v1/candidates/{candidateId}/certification-sending', {
          params: { path: { candidateId: candidate.id } },
          body: {},
        }),
      ),
  });
  const [checked, setChecked] = useState(false);
  if (checklist.isPending) return <Loading lines={3} />;
  if (checklist.isError) return <LoadError error={checklist.error} retry={() => void checklist.refetch()} />;
  const none = t('training.common.none');
  const address = candidate.address
    ? `${candidate.address.line1}${candidate.address.line2 ? `, ${candidate.address.line2}` : ''}, ${candidate.address.postalCode} ${candidate.address.city}`
    : none;
  // The guide's good practice: what the certificate is printed and posted with, read once more.
  const identity: [string, string][] = [
    [t('training.form.birthName'), candidate.birthName],
    [t('training.form.usageName'), candidate.usageName ?? none],
    [t('training.form.firstName'), candidate.firstName],
    [t('training.form.birthDate'), formatDate(candidate.birthDate, i18n.language)],
    [t('training.form.birthPlace'), birthPlace(candidate, t, i18n.language)],
    [t('training.common.email'), candidate.email ?? none],
    [t('training.common.line1'), address],
  ];
  return (
    <SectionCard id="send-title" titleGap="md" title={t('training.certification.sendTitle')}>
      <Stack>
        <Text size="sm">{t('training.certification.identityIntro')}</Text>
        <div role="group" aria-label={t('training.certification.identity')}>
          <Stack gap="xs" component="dl" m={0}>
            {identity.map(([label, value]) => (
              <Fact key={label} label={label}>
                {value}
              </Fact>
            ))}
          </Stack>
        </div>
        <List spacing={4} aria-label={t('training.certification.checklist')}>
          {checklist.data.items.map((item) => (
            <List.Item key={item.check}>
              <Text span fw={600} c={item.ok ? undefined : 'red.9'}>
                {item.ok ? t('training.certification.ok') : t('training.certification.missing')}
              </Text>{' '}
              {t(`training.certification.checks.${item.check}`)}
            </List.Item>
          ))}
        </List>
        {!checklist.data.ready && <Text size="sm">{t('training.certification.completeFirst')}</Text>}
        <Checkbox
          label={t('training.certification.identityChecked')}
          description={t('training.certification.identityCheckedHint')}
          checked={checked}
          disabled={!checklist.data.ready}
          onChange={(e) => setChecked(e.currentTarget.checked)}
        />
        <FormError error={send.error} message={failed(t)} />
        <Group justify="flex-end">
          <Button
            disabled={!checklist.data.ready || !checked}
            loading={send.isPending}
            onClick={() => send.mutate()}
          >
            {t('training.certification.send')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}

function AnswerComplement({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { answer: '', documentIds: [] as string[] },
    validate: { answer: hasLength({ min: 3 }, t('training.common.reasonRequired')) },
  });
  const send = useFormAction(form, {
    send: (values) =>
      unwrap(
        api.POST('/api/v1/candidates/{candidateId}/complement-answer', {
          params: { path: { candidateId: candidate.id } },
          body: { answer: values.answer.trim(), documentIds: values.documentIds },
        }),
      ),
    refresh: useRefreshCandidate(candidate.id),
  });
  return (
    <ActionForm
      label={t('training.certification.answerTitle')}
      action={send}
      submit={t('training.certification.sendAnswer')}
    >
      <Textarea
        label={t('training.certification.answer')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('answer')}
      />
      <CandidateUpload
        candidate={candidate}
        label={t('training.certification.answerDocuments')}
        value={form.values.documentIds}
        onChange={(ids) => form.setFieldValue('documentIds', ids)}
        error={listError(form.errors, 'documentIds')}
      />
    </ActionForm>
  );
}

function Decide({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const change = useCandidateChange(candidate.id);
  const form = useForm({
    mode: 'controlled',
    initialValues: { decision: '' as 'certified' | 'not_certified' | '', reason: '' },
    validate: {
      decision: isNotEmpty(t('training.common.required')),
      reason: (reason, { decision }) =>
        decision === 'not_certified' && reason.trim().length < 3 ? t('training.common.reasonRequired') : null,
    },
  });
  const decide = useFormAction(form, {
    send: ({ decision, reason }) =>
      unwrap(
        api.PUT('/api/v1/candidates/{candidateId}/jury-decision', {
          params: { path: { candidateId: candidate.id } },
          body: {
            decision: decision as 'certified' | 'not_certified',
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        }),
      ),
    refresh: useRefreshCandidate(candidate.id),
  });
  return (
    <ActionForm
      label={t('training.certification.decideTitle')}
      action={decide}
      submit={t('training.certification.recordDecision')}
      beside={
        <ReasonAction
          label={t('training.certification.askComplement')}
          title={t('training.certification.askComplementTitle')}
          reasonLabel={t('training.certification.complementReason')}
          confirm={t('training.certification.askComplement')}
          onConfirm={(why) =>
            change(
              api.POST('/api/v1/candidates/{candidateId}/complement-request', {
                params: { path: { candidateId: candidate.id } },
                body: { reason: why },
              }),
            )
          }
        />
      }
    >
      <Radio.Group label={t('training.certification.decision')} required {...form.getInputProps('decision')}>
        <Group mt="xs">
          <Radio value="certified" label={t('training.certification.decisions.certified')} />
          <Radio value="not_certified" label={t('training.certification.decisions.not_certified')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={t('training.certification.decisionReason')}
        description={t('training.certification.decisionReasonHint')}
        required={form.values.decision === 'not_certified'}
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </ActionForm>
  );
}

function RecordDispatch({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      sentOn: isoDay(),
      channel: 'registered_letter' as (typeof DISPATCH_CHANNELS)[number],
      trackingNumber: '',
    },
    validate: { sentOn: isNotEmpty(t('training.common.required')) },
  });
  const record = useFormAction(form, {
    send: (values) =>
      unwrap(
        api.POST('/api/v1/candidates/{candidateId}/dispatches', {
          params: { path: { candidateId: candidate.id } },
          body: {
            sentOn: values.sentOn,
            channel: values.channel,
            ...(values.trackingNumber.trim() ? { trackingNumber: values.trackingNumber.trim() } : {}),
          },
        }),
      ),
    refresh: useRefreshCandidate(candidate.id),
    // The next posting is most often the same day, by the same channel.
    reset: () => form.setFieldValue('trackingNumber', ''),
  });
  return (
    <ActionForm
      label={t('training.certification.recordDispatch')}
      action={record}
      submit={t('training.certification.recordDispatch')}
    >
      <Group grow align="flex-start">
        <DateField label={t('training.certification.sentOn')} required {...form.getInputProps('sentOn')} />
        <ChoiceField
          label={t('training.certification.channel')}
          required
          values={DISPATCH_CHANNELS}
          labelOf={(c) => t(`training.certification.channels.${c}`)}
          {...form.getInputProps('channel')}
        />
        <TextInput label={t('training.certification.tracking')} {...form.getInputProps('trackingNumber')} />
      </Group>
    </ActionForm>
  );
}

function Dispatches({
  candidate,
  certification,
  certifier,
}: {
  candidate: Candidate;
  certification: Certification;
  certifier: boolean;
}) {
  const { t, i18n } = useTranslation();
  const change = useCandidateChange(candidate.id);
  const undelivered = (dispatchId: string, reason: string) =>
    change(
      api.PUT('/api/v1/candidates/{candidateId}/dispatches/{dispatchId}/undelivered', {
        params: { path: { candidateId: candidate.id, dispatchId } },
        body: { returnedOn: isoDay(), reason },
      }),
    );
  return (
    <Stack>
      {certification.dispatches.length ? (
        <DataTable
          items={certification.dispatches}
          rowKey="id"
          caption={t('training.certification.dispatches')}
          columns={[
            { header: t('training.certification.sentOn'), cell: (d) => formatDate(d.sentOn, i18n.language) },
            {
              header: t('training.certification.channel'),
              cell: (d) => t(`training.certification.channels.${d.channel}`),
            },
            {
              header: t('training.certification.tracking'),
              cell: (d) => d.trackingNumber ?? t('training.common.none'),
            },
            {
              header: t('training.certification.delivery'),
              cell: (d) =>
                d.undelivered ? (
                  t('training.certification.returned', {
                    date: formatDate(d.undelivered.returnedOn, i18n.language),
                    reason: d.undelivered.reason ?? '',
                  })
                ) : certifier ? (
                  <ReasonAction
                    label={t('training.certification.markUndelivered')}
                    title={t('training.certification.undeliveredTitle')}
                    reasonLabel={t('training.certification.undeliveredReason')}
                    confirm={t('training.certification.markUndelivered')}
                    buttonProps={{ size: 'xs' }}
                    onConfirm={(reason) => undelivered(d.id, reason)}
                  />
                ) : (
                  t('training.certification.sent')
                ),
            },
          ]}
        />
      ) : (
        <Text>{t('training.certification.noDispatch')}</Text>
      )}
      {certifier && candidate.status === 'certified' && <RecordDispatch candidate={candidate} />}
    </Stack>
  );
}

/**
 * Where the candidacy stands with the certifier, and what each person may do about it now; the
 * training side only reads it when its establishment is inactive (`locked`).
 */
export function CertificationTab({ candidate, locked = false }: { candidate: Candidate; locked?: boolean }) {
  const { t, i18n } = useTranslation();
  const roles = useTrainingRole().principal?.roles;
  const change = useCandidateChange(candidate.id);
  const certification = useCertification(candidate.id);
  const trainingSide = hasRole(roles, TRAINING_SIDE) && !locked;
  const jury = hasRole(roles, ['jury_member']);
  const canCancel = mayTake(CANDIDACY_TABLE, candidate.status, 'cancel_sending', roles ?? []);
  if (certification.isPending) return <Loading lines={4} />;
  if (certification.isError)
    return <LoadError error={certification.error} retry={() => void certification.refetch()} />;
  const c = certification.data;
  return (
    <Stack>
      {trainingSide && candidate.status === 'to_send' && <SendToCertification candidate={candidate} />}
      <SectionCard id="jury-title" titleGap="md" title={t('training.certification.juryTitle')}>
        <Stack>
          <Stack gap="xs" component="dl" m={0}>
            <Fact label={t('training.certification.sentAt')}>
              {c.sentAt ? formatDateTime(c.sentAt, i18n.language) : t('training.certification.notSent')}
            </Fact>
            <Fact label={t('training.certification.session')}>
              {c.jury
                ? t('training.certification.sessionOf', {
                    date: formatDate(c.jury.sittingOn, i18n.language),
                    region: c.jury.region,
                    mode: t(`training.juries.sendModes.${c.jury.sendMode}`),
                  })
                : t('training.certification.noSession')}
            </Fact>
          </Stack>
          {canCancel && (
            <Group>
              <ReasonAction
                label={t('training.certification.cancel')}
                title={t('training.certification.cancelTitle')}
                reasonLabel={t('training.certification.cancelReason')}
                confirm={t('training.certification.confirmCancel')}
                onConfirm={(reason) =>
                  change(
                    api.POST('/api/v1/candidates/{candidateId}/certification-sending/cancellation', {
                      params: { path: { candidateId: candidate.id } },
                      body: { reason },
                    }),
                  )
                }
              />
            </Group>
          )}
        </Stack>
      </SectionCard>
      <SectionCard id="complements-title" titleGap="md" title={t('training.certification.complements')}>
        <Stack>
          {!c.complements.length && <Text>{t('training.certification.noComplement')}</Text>}
          {c.complements.map((x) => {
            const title = t('training.certification.complementAsked', {
              date: formatDate(x.requestedAt, i18n.language),
            });
            const body = (
              <>
                <Text size="sm">{x.reason}</Text>
                {x.answeredAt && (
                  <Text size="sm" mt="xs">
                    {t('training.certification.complementAnswered', {
                      date: formatDate(x.answeredAt, i18n.language),
                      answer: x.answer ?? '',
                      count: x.documentIds.length,
                    })}
                  </Text>
                )}
              </>
            );
            // A request still to answer warns; an answered one is kept for the record. Both titles
            // in a shade that keeps AA contrast on the light background.
            return x.answeredAt ? (
              <Alert
                key={x.requestedAt}
                color="gray"
                variant="light"
                title={
                  <Text component="span" fw={700} c="dark.6">
                    {title}
                  </Text>
                }
              >
                {body}
              </Alert>
            ) : (
              <Warning key={x.requestedAt} title={title}>
                {body}
              </Warning>
            );
          })}
          {trainingSide && candidate.status === 'complement_requested' && (
            <AnswerComplement candidate={candidate} />
          )}
          {trainingSide && candidate.status === 'completed' && <ResendButton candidateId={candidate.id} />}
        </Stack>
      </SectionCard>
      <SectionCard id="decision-title" titleGap="md" title={t('training.certification.decisionTitle')}>
        {c.decision ? (
          <Stack gap="sm">
            <Stack gap="xs" component="dl" m={0}>
              <Fact label={t('training.certification.decision')}>
                {t(`training.certification.decisions.${c.decision.decision}`)}
              </Fact>
              <Fact label={t('training.certification.juryDate')}>
                {formatDate(c.decision.juryDate, i18n.language)}
              </Fact>
              {c.decision.reason && (
                <Fact label={t('training.certification.decisionReason')}>{c.decision.reason}</Fact>
              )}
              {c.certificateNumber && (
                <Fact label={t('training.certification.certificateNumber')}>{c.certificateNumber}</Fact>
              )}
            </Stack>
            {c.certificateNumber && (
              <IndividualCertificateLinks candidate={candidate} number={c.certificateNumber} />
            )}
          </Stack>
        ) : jury && candidate.status === 'awaiting_jury' ? (
          <Decide candidate={candidate} />
        ) : (
          <Text>{t('training.certification.noDecision')}</Text>
        )}
      </SectionCard>
    </Stack>
  );
}

/** The guide's "dispatch history" tab: each posting of the paper certificate, and its return. */
export function DispatchesTab({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const roles = useTrainingRole().principal?.roles;
  const certification = useCertification(candidate.id);
  if (certification.isPending) return <Loading lines={3} />;
  if (certification.isError)
    return <LoadError error={certification.error} retry={() => void certification.refetch()} />;
  return (
    <SectionCard id="dispatches-title" titleGap="md" title={t('training.certification.dispatches')}>
      <Dispatches
        candidate={candidate}
        certification={certification.data}
        certifier={hasRole(roles, CERTIFIER_STAFF)}
      />
    </SectionCard>
  );
}

function ResendButton({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const change = useCandidateChange(candidateId);
  const resend = useMutation({
    mutationFn: () =>
      change(
        api.POST('/api/v1/candidates/{candidateId}/certification-resending', {
          params: { path: { candidateId } },
          body: {},
        }),
      ),
  });
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('training.certification.completedTitle')}
      </Title>
      <FormError error={resend.error} message={failed(t)} />
      <Group>
        <Button loading={resend.isPending} onClick={() => resend.mutate()}>
          {t('training.certification.resend')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The certificate the jury's decision issued: its signed PDF (once printed), the person's Open
 * Badge with a QR code, and its public verification page, where both QR codes lead.
 */
function IndividualCertificateLinks({ candidate, number }: { candidate: Candidate; number: string }) {
  const { t, i18n } = useTranslation();
  const role = useTrainingRole();
  const found = useQuery({
    queryKey: ['individual-certificate', candidate.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/individual-certificates', { params: { query: { candidacyId: candidate.id } } }),
      ),
  });
  const certificate = found.data?.items[0];
  const [credentialFailed, setCredentialFailed] = useState<string>();
  const pdf = useMutation({
    mutationFn: (certificateId: string) =>
      downloadFile(
        `/api/v1/individual-certificates/${encodeURIComponent(certificateId)}/pdf`,
        `${number}.pdf`,
      ),
  });
  const printsReached = printsReachedUntil(pdf.error);
  return (
    <Stack gap={4}>
      <Group gap="sm">
        {certificate?.pdfAvailable && (
          <Button
            variant="default"
            size="xs"
            loading={pdf.isPending}
            onClick={() => pdf.mutate(certificate.certificateId)}
          >
            {t('training.certification.certificatePdf')}
          </Button>
        )}
        {certificate && (
          <CredentialDownloads
            certificatePath={`/api/v1/individual-certificates/${encodeURIComponent(certificate.certificateId)}`}
            number={number}
            size="xs"
            onFailed={setCredentialFailed}
          />
        )}
        <AnchorLink to="/verify/$number" params={{ number }}>
          {t('training.certification.certificateVerify')}
        </AnchorLink>
      </Group>
      {certificate?.status === 'withdrawn' && (
        <Text size="sm">{t('training.certification.certificateWithdrawn')}</Text>
      )}
      {certificate?.pdfAvailable && role.network && (
        <Text size="xs" c="dark.4">
          {t('training.certificatePrints', { limit: INDIVIDUAL_PRINTS_PER_MONTH })}
        </Text>
      )}
      {printsReached ? (
        <Alert color="orange.9" role="alert">
          {t('training.certificatePrintsReached', {
            limit: INDIVIDUAL_PRINTS_PER_MONTH,
            date: formatDate(printsReached, i18n.language),
          })}
        </Alert>
      ) : (
        <FormError error={pdf.error ?? credentialFailed} message={failed(t)} />
      )}
    </Stack>
  );
}

/** The day the training side's monthly allowance of certificate prints opens again, when it is used up. */
function printsReachedUntil(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.problem.status !== 429) return undefined;
  const next = (error.problem.errors as unknown as { nextPeriodOn?: unknown } | undefined)?.nextPeriodOn;
  return typeof next === 'string' ? next : undefined;
}
