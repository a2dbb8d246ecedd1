import { Alert, Button, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { DialogForm } from '../../app/DialogForm';
import { ToneBadge } from '../../app/feedback';
import { DataTable } from '../../app/DataTable';
import { formatDateTime } from '../../lib/format';
import '../../i18n/admin';
import { useDialogMutation } from '../../app/dialog-mutation';

export type Subscription =
  paths['/api/v1/partners/{partnerId}/subscriptions']['get']['responses'][200]['content']['application/json']['items'][number];

/**
 * A new signing secret for a partner that lost its own: confirmed first (the old one stops
 * signing after the overlap), then shown once, to be handed over.
 */
function RotateSecret({ partnerId, subscription }: { partnerId: string; subscription: Subscription }) {
  const { t } = useTranslation();
  const rotate = useDialogMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/partners/{partnerId}/subscriptions/{subscriptionId}/rotate-secret', {
          params: { path: { partnerId, subscriptionId: subscription.id } },
          body: {},
        }),
      ),
    refresh: [['partner', partnerId, 'subscriptions']],
  });
  return (
    <Stack gap={4}>
      <Button size="xs" variant="subtle" onClick={rotate.open}>
        {t('admin.partners.rotate')}
      </Button>
      <DialogForm
        {...rotate.dialog}
        title={t('admin.partners.rotateTitle')}
        onSubmit={() => rotate.mutate()}
        failed={(message) => t('admin.partners.failed', { message })}
        cancel={t('admin.partners.cancel')}
        submit={{ label: t('admin.partners.rotateConfirm'), loading: rotate.isPending, autoFocus: true }}
      >
        <Text>{t('admin.partners.rotateExplain')}</Text>
      </DialogForm>
      {rotate.data && (
        <Alert color="yellow" role="status">
          {t('admin.partners.newSecret')} <Code>{rotate.data.secret}</Code>
        </Alert>
      )}
    </Stack>
  );
}

/** A partner's subscriptions: what it receives, how, and the webhook's signing secret. */
export function PartnerSubscriptions({
  partnerId,
  subscriptions,
}: {
  partnerId: string;
  subscriptions: readonly Subscription[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="partner-subscriptions" gap="sm">
      <Title order={2} size="h3" id="partner-subscriptions">
        {t('admin.partners.subscriptions')}
      </Title>
      {!subscriptions.length ? (
        <Text>{t('admin.partners.noSubscriptions')}</Text>
      ) : (
        <DataTable
          items={subscriptions}
          rowKey="id"
          columns={[
            {
              header: t('admin.partners.events'),
              cell: (s) =>
                s.eventTypes.map((type) => (
                  <Code key={type} display="block">
                    {type}
                  </Code>
                )),
            },
            {
              header: t('admin.partners.delivery'),
              cell: (s) =>
                s.delivery.kind === 'webhook'
                  ? t('admin.partners.webhook', { url: s.delivery.url })
                  : t('admin.partners.stream'),
            },
            {
              header: t('admin.partners.scope'),
              cell: (s) =>
                [s.scope.cbId, s.scope.schemeId, ...(s.scope.sirens ?? [])].filter(Boolean).join(' · ') ||
                t('admin.partners.anyScope'),
            },
            {
              header: t('admin.partners.state'),
              cell: (s) => (
                <>
                  <ToneBadge color={s.active ? 'green' : 'gray'}>
                    {s.active ? t('admin.partners.active') : t('admin.partners.stopped')}
                  </ToneBadge>
                  {s.previousSecretValidUntil && (
                    <Text size="sm">
                      {t('admin.partners.previousSecret', {
                        date: formatDateTime(s.previousSecretValidUntil, i18n.language),
                      })}
                    </Text>
                  )}
                </>
              ),
            },
            { header: t('admin.partners.created'), cell: (s) => formatDateTime(s.createdAt, i18n.language) },
            {
              header: null,
              cell: (s) =>
                s.active &&
                s.delivery.kind === 'webhook' && <RotateSecret partnerId={partnerId} subscription={s} />,
            },
          ]}
        />
      )}
    </Stack>
  );
}
