import { DecideHabilitationRequestSchema, type Habilitation } from '@certhub/contracts';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DialogForm } from '../../app/DialogForm';
import { AnchorLink } from '../../app/links';
import { placeFieldErrors, withoutBlanks, zodFormErrors } from '../../lib/forms';
import { formatDate } from '../../lib/format';
import { HabilitationBadge, isoDay } from './common';
import { DataTable } from '../../app/DataTable';
import { useDialogMutation } from '../../app/dialog-mutation';
import { DateField } from '../../app/form-fields';

/** Ask the establishment's certifier for its habilitation, or for the renewal of one. */
export function RequestHabilitation({
  establishmentId,
  certifierId,
  renewal,
}: {
  establishmentId: string;
  certifierId: string;
  renewal?: boolean;
}) {
  const { t } = useTranslation();
  const request = useDialogMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/establishments/{establishmentId}/habilitations', {
          params: { path: { establishmentId } },
          body: { certifierIds: [certifierId] },
        }),
      ),
    refresh: [['habilitations']],
  });
  return (
    <>
      <Button variant={renewal ? 'light' : 'filled'} size={renewal ? 'xs' : 'sm'} onClick={request.open}>
        {renewal ? t('training.habilitations.renew') : t('training.habilitations.request')}
      </Button>
      {request.isSuccess && <Text role="status">{t('training.habilitations.requested')}</Text>}
      <DialogForm
        {...request.dialog}
        title={t('training.habilitations.requestTitle')}
        onSubmit={() => request.mutate()}
        failed={(message) => t('training.common.failed', { message })}
        cancel={t('training.common.cancel')}
        submit={{
          label: t('training.habilitations.confirmRequest'),
          loading: request.isPending,
          autoFocus: true,
        }}
      >
        <Text size="sm">{t('training.habilitations.requestExplain')}</Text>
      </DialogForm>
    </>
  );
}

/** The certifier's decision: a period to validate, or a reason to reject. */
function Decide({ habilitation, name }: { habilitation: Habilitation; name: string }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      decision: 'validated' as 'validated' | 'rejected',
      startsOn: isoDay(),
      endsOn: isoDay(3 * 365),
      reason: '',
    },
    validate: (values) => {
      const body =
        values.decision === 'validated'
          ? {
              habilitationId: habilitation.id,
              decision: values.decision,
              ...withoutBlanks({ startsOn: values.startsOn, endsOn: values.endsOn }),
            }
          : {
              habilitationId: habilitation.id,
              decision: values.decision,
              ...withoutBlanks({ reason: values.reason }),
            };
      return zodFormErrors(DecideHabilitationRequestSchema, body, t('training.common.required'), {
        endsOn: t('training.habilitations.endsAfterStart'),
      });
    },
  });
  const decide = useDialogMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.PUT('/api/v1/habilitations/{habilitationId}/decision', {
          params: { path: { habilitationId: habilitation.id } },
          body:
            values.decision === 'validated'
              ? { decision: 'validated', startsOn: values.startsOn, endsOn: values.endsOn }
              : { decision: 'rejected', reason: values.reason.trim() },
        }),
      ),
    refresh: [['habilitations']],
    onError: (error) => placeFieldErrors(error, form),
  });
  const start = (decision: 'validated' | 'rejected') => {
    form.setFieldValue('decision', decision);
    decide.open();
  };
  const validating = form.values.decision === 'validated';
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Button size="xs" onClick={() => start('validated')}>
          {t('training.habilitations.validate')}
        </Button>
        <Button size="xs" color="red" c="red.9" variant="light" onClick={() => start('rejected')}>
          {t('training.habilitations.reject')}
        </Button>
      </Group>
      <DialogForm
        {...decide.dialog}
        title={t(validating ? 'training.habilitations.validateTitle' : 'training.habilitations.rejectTitle', {
          name,
        })}
        onSubmit={form.onSubmit((values) => decide.mutate(values))}
        failed={(message) => t('training.common.failed', { message })}
        submit={{
          label: validating
            ? t('training.habilitations.confirmValidate')
            : t('training.habilitations.confirmReject'),
          loading: decide.isPending,
          color: validating ? undefined : 'red.9',
        }}
      >
        {validating ? (
          <Group grow align="flex-start">
            <DateField
              label={t('training.habilitations.startsOn')}
              required
              data-autofocus
              {...form.getInputProps('startsOn')}
            />
            <DateField
              label={t('training.habilitations.endsOn')}
              required
              {...form.getInputProps('endsOn')}
            />
          </Group>
        ) : (
          <Textarea
            label={t('training.habilitations.reason')}
            required
            data-autofocus
            {...form.getInputProps('reason')}
          />
        )}
      </DialogForm>
    </>
  );
}

/** Ends within three months, or already over: time to ask for the renewal. */
const renewable = (h: Habilitation, all: Habilitation[]) =>
  h.status === 'validated' &&
  Boolean(h.endsOn && h.endsOn <= isoDay(90)) &&
  !all.some((other) => other.renews === h.id && other.status !== 'rejected');

/**
 * Habilitation requests and periods: state, dates, the rejection's reason in the row, the renewal
 * where due, and the certifier's decision on pending ones.
 */
export function HabilitationTable({
  items,
  establishmentName,
  certifier,
  canRequest,
}: {
  items: Habilitation[];
  establishmentName: (id: string) => string;
  certifier: boolean;
  canRequest: boolean;
}) {
  const { t, i18n } = useTranslation();
  const date = (value?: string) => (value ? formatDate(value, i18n.language) : '—');
  return (
    <DataTable
      items={items}
      rowKey="id"
      minWidth={820}
      columns={[
        {
          header: t('training.habilitations.establishment'),
          cell: (h) => (
            <>
              <AnchorLink
                to="/training/establishments/$establishmentId"
                params={{ establishmentId: h.establishmentId }}
              >
                {establishmentName(h.establishmentId)}
              </AnchorLink>
              {h.renews && (
                <Text size="xs" c="dimmed">
                  {t('training.habilitations.renewal')}
                </Text>
              )}
            </>
          ),
        },
        { header: t('training.habilitations.requestedAt'), cell: (h) => date(h.requestedAt) },
        { header: t('training.habilitations.startsOn'), cell: (h) => date(h.startsOn) },
        { header: t('training.habilitations.endsOn'), cell: (h) => date(h.endsOn) },
        {
          header: t('training.habilitations.state'),
          cell: (h) => (
            <>
              <HabilitationBadge habilitation={h} />
              {h.rejectionReason && (
                <Text size="sm" mt={4}>
                  {t('training.habilitations.reason')} : {h.rejectionReason}
                </Text>
              )}
            </>
          ),
        },
        {
          header: null,
          cell: (h) => (
            <>
              {certifier && h.status === 'pending' && (
                <Decide habilitation={h} name={establishmentName(h.establishmentId)} />
              )}
              {canRequest && renewable(h, items) && (
                <Stack gap={4}>
                  <Text size="xs">{t('training.habilitations.renewHint', { date: date(h.endsOn) })}</Text>
                  <RequestHabilitation
                    establishmentId={h.establishmentId}
                    certifierId={h.certifierId}
                    renewal
                  />
                </Stack>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
