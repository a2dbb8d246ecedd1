import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { FormError, badgeText, ToneBadge } from '../../app/feedback';
import { formatDate } from '../../lib/format';
import type { Finding, FindingItem, ItemKind } from '../findings/api';
import { ConfirmAction } from './ConfirmAction';
import { SectionCard } from '../../app/SectionCard';
import { Hint } from '../../app/Hint';

/** Every step names the version the analyst saw: a stale one answers 409 and the page reloads it. */
const refreshFinding = (findingId: string) => [['findings', findingId], ['findings']];

const REVIEWED_IN: Record<ItemKind, Finding['status']> = { measure: 'measures_sent', proof: 'proofs_sent' };

function StaleOrFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.problem.status === 409)
    return (
      <Alert color="orange" role="alert" p="xs">
        <Text size="sm" c={badgeText('orange')}>
          {t('cb.review.stale')}
        </Text>
      </Alert>
    );
  return <FormError error={error} message={(message) => t('cb.instruct.failed', { message })} />;
}

/** One sent measure or proof: accepted, or sent back with the question the analyst asks. */
function ItemReview({ finding, item }: { finding: Finding; item: FindingItem }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [clarifying, setClarifying] = useState(false);
  const [comment, setComment] = useState('');
  const review = useMutation({
    mutationFn: (decision: 'accept' | 'clarify') =>
      unwrap(
        api.POST('/api/v1/findings/{findingId}/items/{itemId}/review', {
          params: { path: { findingId: finding.id, itemId: item.id } },
          body: {
            version: finding.version,
            kind: item.kind,
            decision,
            ...(decision === 'clarify' ? { comment: comment.trim() } : {}),
          },
        }),
      ),
    onSettled: () =>
      Promise.all(refreshFinding(finding.id).map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  const reviewable = item.status === 'sent' && finding.status === REVIEWED_IN[item.kind];
  const color = item.status === 'accepted' ? 'green' : item.status === 'sent' ? 'indigo' : 'gray';
  return (
    <Stack gap={4} component="li" className="finding-item">
      <Group gap="xs">
        <ToneBadge color={color}>{t(`findings.itemStatus.${item.status}`)}</ToneBadge>
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{item.text}</Text>
      {item.documentIds.length > 0 && (
        <Hint>{t('cb.instruct.files', { count: item.documentIds.length })}</Hint>
      )}
      {item.reviewComment && (
        <Text size="sm" c="red.9">
          {t('findings.clarification', { comment: item.reviewComment })}
        </Text>
      )}
      {reviewable && !clarifying && (
        <Group gap="xs">
          <Button
            size="xs"
            color="green.9"
            loading={review.isPending && review.variables === 'accept'}
            aria-label={t('cb.review.acceptLabel', { text: item.text.slice(0, 60) })}
            onClick={() => review.mutate('accept')}
          >
            {t('cb.review.accept')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setClarifying(true)}>
            {t('cb.review.clarify')}
          </Button>
        </Group>
      )}
      {reviewable && clarifying && (
        <Stack gap="xs">
          <Textarea
            label={t('cb.review.clarifyComment')}
            value={comment}
            autosize
            minRows={2}
            autoFocus
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group gap="xs">
            <Button
              size="xs"
              disabled={!comment.trim()}
              loading={review.isPending}
              onClick={() => review.mutate('clarify')}
            >
              {t('cb.review.clarifySend')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setClarifying(false)}>
              {t('cb.instruct.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      <StaleOrFailed error={review.error} />
    </Stack>
  );
}

export function ItemsReview({ finding, kind }: { finding: Finding; kind: ItemKind }) {
  const { t } = useTranslation();
  // Drafts are the applicant's until sent: the analyst sees what was sent to him.
  const items = finding.items.filter((i) => i.kind === kind && i.status !== 'draft');
  const title = t(kind === 'measure' ? 'cb.review.itemsMeasure' : 'cb.review.itemsProof');
  return (
    <SectionCard id={`items-${kind}-title`} title={title}>
      {!items.length ? (
        <Hint>{t('cb.review.noItems')}</Hint>
      ) : (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <ItemReview key={item.id} finding={finding} item={item} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

/** The analyst's steps the finding's status allows (the finding table's rules). */
export function FindingSteps({ finding }: { finding: Finding }) {
  const { t, i18n } = useTranslation();
  const path = { params: { path: { findingId: finding.id } } };
  const refresh = refreshFinding(finding.id);
  const number = finding.number;
  const canAskProofs =
    finding.status === 'measures_accepted' ||
    (finding.status === 'confirmed' && Boolean(finding.closingMeetingMeasures));
  // Asking the auditee for measures or for proofs: the same dialog, an optional comment.
  const request = (
    key: 'requestMeasures' | 'requestProofs',
    route: '/api/v1/findings/{findingId}/measures-request' | '/api/v1/findings/{findingId}/proofs-request',
  ) => (
    <ConfirmAction
      label={t(`cb.review.${key}`)}
      title={t(`cb.review.${key}Title`, { number })}
      explain={t(`cb.review.${key}Explain`)}
      reasonOptional
      reasonLabel={t('cb.review.comment')}
      refresh={refresh}
      run={(comment) =>
        unwrap(
          api.POST(route, { ...path, body: { version: finding.version, ...(comment ? { comment } : {}) } }),
        )
      }
    />
  );
  return (
    <Stack gap="sm">
      {finding.status === 'recorded' && (
        <Group gap="sm">
          <ConfirmAction
            label={t('cb.review.confirm')}
            title={t('cb.review.confirmTitle', { number })}
            explain={t('cb.review.confirmExplain')}
            withReason={false}
            refresh={refresh}
            run={() =>
              unwrap(
                api.POST('/api/v1/findings/{findingId}/confirmation', {
                  ...path,
                  body: { version: finding.version },
                }),
              )
            }
          />
          <ConfirmAction
            label={t('cb.review.reject')}
            title={t('cb.review.rejectTitle', { number })}
            explain={t('cb.review.rejectExplain')}
            danger
            refresh={refresh}
            run={(reason) =>
              unwrap(
                api.POST('/api/v1/findings/{findingId}/rejection', {
                  ...path,
                  body: { version: finding.version, reason },
                }),
              )
            }
          />
        </Group>
      )}
      {finding.status === 'confirmed' && finding.closingMeetingMeasures && (
        <Text size="sm">{t('cb.review.requestProofsAgreed')}</Text>
      )}
      <Group gap="sm">
        {finding.status === 'confirmed' &&
          request('requestMeasures', '/api/v1/findings/{findingId}/measures-request')}
        {canAskProofs && request('requestProofs', '/api/v1/findings/{findingId}/proofs-request')}
      </Group>
      {finding.status === 'proofs_sent' && <Hint>{t('cb.review.closedAuto')}</Hint>}
      {finding.status === 'closed' && finding.closedAt && (
        <Alert color="green" p="xs">
          <Text size="sm" c={badgeText('green')}>
            {t('cb.review.closedNote', { date: formatDate(finding.closedAt, i18n.language) })}
          </Text>
        </Alert>
      )}
      {finding.status === 'rejected' && (
        <Text size="sm">{t('cb.review.rejectedNote', { reason: finding.rejectionReason ?? '' })}</Text>
      )}
    </Stack>
  );
}
