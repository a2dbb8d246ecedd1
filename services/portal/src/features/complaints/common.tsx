import type { AppealStatus, ComplaintStatus } from '@certhub/contracts';
import { Badge, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { LoadError, badgeText } from '../../app/feedback';
import { formatDateTime } from '../../lib/format';
import '../../i18n/complaints';

const COLOR: Record<ComplaintStatus | AppealStatus, string> = {
  received: 'orange',
  investigating: 'indigo',
  dismissed: 'gray',
  closed: 'green',
  lodged: 'orange',
  upheld: 'green',
  rejected: 'red',
  reviewed: 'green',
  withdrawn: 'gray',
};

/** A complaint's or an appeal's status, in the user's words and AA-contrasted colours. */
export function CaseStatus({
  status,
  kind,
}: {
  status: ComplaintStatus | AppealStatus;
  kind: 'complaint' | 'appeal';
}) {
  const { t } = useTranslation();
  const color = COLOR[status];
  return (
    <Badge color={color} c={badgeText(color)} variant="light" radius="sm" tt="none">
      {kind === 'complaint' ? t(`complaints.status.${status}`) : t(`complaints.appeals.statuses.${status}`)}
    </Badge>
  );
}

/** Past its deadline: said in words, not by colour alone. */
export function Overdue({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? (
    <Badge ml="xs" size="sm" variant="outline" color="red.9" tt="none">
      {t('complaints.register.overdue')}
    </Badge>
  ) : null;
}

/** A case's trail, oldest first, as the service wrote each step. */
export function CaseTrail({
  trail,
  who,
}: {
  trail: { at: string; by: string; action: string; what: string }[];
  who: (userId: string) => string;
}) {
  const { i18n } = useTranslation();
  return (
    <Timeline bulletSize={14} lineWidth={2} active={trail.length}>
      {trail.map((entry, i) => (
        <Timeline.Item key={`${entry.at}-${i}`} title={entry.what}>
          <Text size="sm" c="dimmed">
            <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            {entry.by !== 'system' && entry.by !== 'public' && ` · ${who(entry.by)}`}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** A case outside the reader's scope reads like an unknown one: "not found", nothing else. */
export function CaseNotFound({ error, reset, message }: ErrorComponentProps & { message: string }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || (error.problem.status !== 404 && error.problem.status !== 403))
    return <LoadError error={error} retry={reset} />;
  return (
    <Stack>
      <Title order={1}>{t('app.notFound')}</Title>
      <Text>{message}</Text>
    </Stack>
  );
}
