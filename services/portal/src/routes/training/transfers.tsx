import { DecideTransferRequestSchema, type TransferStatus } from '@certhub/contracts';
import { Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DialogForm } from '../../app/DialogForm';
import { FormError, badgeText } from '../../app/feedback';
import { RequestListPage, useRequestList } from '../../features/candidacy/RequestList';
import { useListSearch } from '../../app/list-navigation';
import { placeFieldErrors, zodFormErrors } from '../../lib/forms';
import { formatDate } from '../../lib/format';
import { oneOfParam, pageParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';
import { DataTable } from '../../app/DataTable';
import { useDialogMutation } from '../../app/dialog-mutation';
import { usePageQuery } from '../../app/page-query';
import { Hint } from '../../app/Hint';

// Spelled here: the route's search check loads with the first script, which must stay without zod.
const TRANSFER_STATUSES = ['pending', 'accepted', 'refused'] as const satisfies readonly TransferStatus[];
type Search = { status?: TransferStatus | 'all'; page?: number };

export const Route = createFileRoute('/training/transfers')({
  validateSearch: (s: Record<string, unknown>): Search => ({
    status: oneOfParam([...TRANSFER_STATUSES, 'all'] as const, s['status']),
    page: pageParam(s['page']),
  }),
  component: Transfers,
});

const COLOR = { pending: 'orange', accepted: 'green', refused: 'red' } as const;

/** The certifier accepts at once, or refuses with a reason. */
function Decide({ transferId, reference }: { transferId: string; reference: string }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: (values) =>
      zodFormErrors(
        DecideTransferRequestSchema,
        { transferId, decision: 'refused', ...(values.reason.trim() ? { reason: values.reason } : {}) },
        t('training.common.required'),
      ),
  });
  const decide = useDialogMutation({
    mutationFn: (body: { decision: 'accepted' } | { decision: 'refused'; reason: string }) =>
      unwrap(
        api.PUT('/api/v1/transfer-requests/{transferId}/decision', {
          params: { path: { transferId } },
          body,
        }),
      ),
    refresh: [['transfers'], ['candidates']],
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"

          loading={decide.isPending && !decide.opened}
          onClick={() => decide.mutate({ decision: 'accepted' })}
        >
          {t('training.transfer.accept')}
        </Button>
        <Button size="xs" color="red" c="red.9" variant="light" onClick={decide.open}>
          {t('training.transfer.refuse')}
        </Button>
      </Group>
      {!decide.opened && (
        <FormError error={decide.error} message={(message) => t('training.common.failed', { message })} />
      )}
      <DialogForm
        {...decide.dialog}
        title={t('training.transfer.refuseTitle', { reference })}
        onSubmit={form.onSubmit((v) => decide.mutate({ decision: 'refused', reason: v.reason.trim() }))}
        failed={(message) => t('training.common.failed', { message })}
        submit={{ label: t('training.transfer.confirmRefuse'), loading: decide.isPending, color: 'red.9' }}
      >
        <Textarea
          label={t('training.transfer.refuseReason')}
          required
          data-autofocus
          {...form.getInputProps('reason')}
        />
      </DialogForm>
    </Stack>
  );
}

/** The certifier's transfer requests to decide; a training network's own requests and their answers. */
function Transfers() {
  const { t, i18n } = useTranslation();
  const { search, nav } = useListSearch<Search>(Route);
  const { role, names, status, page, query } = useRequestList(search);
  const title = t(role.certifier ? 'training.transfer.listTitle' : 'training.transfer.mineTitle');
  usePageTitle(title);
  const transfers = usePageQuery(['transfers', status, page], () =>
    api.GET('/api/v1/transfer-requests', {
      params: { query },
    }),
  );
  return (
    <RequestListPage
      title={title}
      explain={t('training.transfer.explain')}
      words="training.transfer"
      states={TRANSFER_STATUSES}
      status={status}
      onStatus={(next) => nav.set({ status: next })}
      query={transfers}
      page={page}
      onPage={nav.page}
    >
      {(items) => (
        <DataTable
          items={items}
          rowKey="id"
          minWidth={880}
          columns={[
            { header: t('training.candidates.reference'), cell: (r) => r.reference },
            {
              header: t('training.transfer.requestedAt'),
              cell: (r) => formatDate(r.requestedAt, i18n.language),
            },
            { header: t('training.transfer.from'), cell: (r) => names(r.fromEstablishmentId) },
            { header: t('training.transfer.to'), cell: (r) => names(r.establishmentId) },
            {
              header: t('training.transfer.reason'),
              cell: (r) => (
                <>
                  {t(`training.transfer.reasons.${r.reason}`)}
                  {r.details && <Hint>{r.details}</Hint>}
                </>
              ),
            },
            {
              header: t('training.transfer.state'),
              cell: (r) => (
                <>
                  <Badge color={COLOR[r.status]} c={badgeText(COLOR[r.status])} variant="light" tt="none">
                    {t(`training.transfer.statuses.${r.status}`)}
                  </Badge>
                  {r.refusalReason && (
                    <Text size="sm" mt={4}>
                      {t('training.transfer.refusalReason')} : {r.refusalReason}
                    </Text>
                  )}
                </>
              ),
            },
            {
              header: null,
              cell: (r) =>
                role.certifier &&
                r.status === 'pending' && <Decide transferId={r.id} reference={r.reference} />,
            },
          ]}
        />
      )}
    </RequestListPage>
  );
}
