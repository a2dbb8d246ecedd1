import { EXCHANGE_STATUSES, type Candidate, type CandidacyStatus, type Exchange } from '@certhub/contracts';
import { Badge, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { hasLength, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { ActionForm, useFormAction, useTrainingRole } from './common';
import { PagedList } from './PagedList';
import { candidateKey, useRefreshCandidate } from './records';
import { usePageQuery } from '../../app/page-query';

const PAGE_SIZE = 20;

function Entry({ exchange, mine }: { exchange: Exchange; mine: boolean }) {
  const { t, i18n } = useTranslation();
  const certifier = exchange.side === 'certifier';
  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      ml={certifier ? 0 : 'xl'}
      mr={certifier ? 'xl' : 0}
      bg={certifier ? 'gray.0' : 'indigo.0'}
    >
      <Group justify="space-between" gap="xs" mb={4}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {mine ? t('training.candidate.me') : t(`training.documents.sides.${exchange.side}`)}
          </Text>
          <Badge size="sm" variant="light" color="gray" c="dark.6" tt="none">
            {t(`training.exchanges.kinds.${exchange.kind}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dark.4">
          {formatDateTime(exchange.at, i18n.language)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {exchange.body}
      </Text>
      {exchange.documentIds.length > 0 && (
        <Text size="xs" c="dark.4" mt={4}>
          {t('training.exchanges.documents', { count: exchange.documentIds.length })}
        </Text>
      )}
    </Card>
  );
}

function Post({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { body: '' },
    validate: { body: hasLength({ min: 2 }, t('training.common.required')) },
  });
  const post = useFormAction(form, {
    send: ({ body }) =>
      unwrap(
        api.POST('/api/v1/candidates/{candidateId}/exchanges', {
          params: { path: { candidateId } },
          body: { body: body.trim() },
        }),
      ),
    refresh: useRefreshCandidate(candidateId),
  });
  return (
    <ActionForm
      label={t('training.exchanges.write')}
      gap="xs"
      action={post}
      submit={t('training.exchanges.send')}
      done={t('training.exchanges.sent')}
    >
      <Textarea
        label={t('training.exchanges.message')}
        description={t('training.exchanges.messageHint')}
        required
        autosize
        minRows={3}
        maxLength={4000}
        {...form.getInputProps('body')}
      />
    </ActionForm>
  );
}

/**
 * The thread between the establishment and the certifier about the candidate, oldest first:
 * messages, the jury's requests for complements and their answers, a refusal's reason. Both sides
 * write while the certifier has the dossier; the other side is notified.
 */
export function ExchangesTab({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const role = useTrainingRole();
  const me = role.principal?.userId;
  const [page, setPage] = useState(1);
  const thread = usePageQuery([...candidateKey(candidate.id), 'exchanges', page], () =>
    api.GET('/api/v1/candidates/{candidateId}/exchanges', {
      params: { path: { candidateId: candidate.id }, query: { page, pageSize: PAGE_SIZE } },
    }),
  );
  const canWrite =
    (role.network || role.certifier || role.jury) &&
    (EXCHANGE_STATUSES as readonly CandidacyStatus[]).includes(candidate.status);
  return (
    <Stack gap="lg">
      <PagedList
        query={thread}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={t('training.exchanges.none')}
      >
        {(items) => (
          <Stack
            component="ul"
            gap="sm"
            aria-label={t('training.exchanges.thread')}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {items.map((e) => (
              <Entry key={e.id} exchange={e} mine={Boolean(me) && e.by === me} />
            ))}
          </Stack>
        )}
      </PagedList>
      {canWrite ? (
        <Post candidateId={candidate.id} />
      ) : (
        <Text c="dark.4">{t('training.exchanges.closed')}</Text>
      )}
    </Stack>
  );
}
