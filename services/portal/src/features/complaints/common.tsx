import type { AppealStatus, ComplaintStatus } from '@certhub/contracts';
import { Badge, Group, Select, Text, Timeline, type ButtonProps, type SelectProps } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundOrError, badgeText } from '../../app/feedback';
import { formatDateTime } from '../../lib/format';
import { ConfirmAction } from '../cb/ConfirmAction';
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

/** A case outside the reader's scope reads like an unknown one, with the page's words (`message`, a translation key). */
export function caseNotFound(message: string) {
  return function CaseNotFound({ error, reset }: ErrorComponentProps) {
    const { t } = useTranslation();
    return (
      <NotFoundOrError error={error} retry={reset}>
        <Text>{t(message)}</Text>
      </NotFoundOrError>
    );
  };
}

/**
 * A step of a case that takes a reason (or a reasoned answer), confirmed in a dialog: its words are
 * `words`, `${words}Title` and `${words}Explain`.
 */
export function ReasonStep({
  words,
  reasonLabel,
  run,
  refresh,
  danger = false,
  withReason = true,
  buttonProps,
}: {
  words: string;
  reasonLabel?: string;
  run: (reason: string) => Promise<unknown>;
  refresh: readonly unknown[][];
  danger?: boolean;
  withReason?: boolean;
  buttonProps?: ButtonProps;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmAction
      label={t(words)}
      title={t(`${words}Title`)}
      explain={t(`${words}Explain`)}
      reasonLabel={reasonLabel ?? t('complaints.act.reason')}
      withReason={withReason}
      danger={danger}
      refresh={refresh}
      run={run}
      {...(buttonProps ? { buttonProps } : {})}
    />
  );
}

/** The steps the reader may take on a case now, or a word that there is none. */
export function CaseSteps({ steps }: { steps: ReactNode[] }) {
  const { t } = useTranslation();
  return steps.length ? (
    <Group gap="sm">{steps}</Group>
  ) : (
    <Text c="dimmed">{t('complaints.detail.nothingToDo')}</Text>
  );
}

/** The administrator's pick of a case's handler among the CB's people who may handle one. */
export function HandlerSelect({
  handlers,
  ...inputProps
}: SelectProps & { handlers: { id: string; firstName: string; lastName: string }[] }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('complaints.act.handler')}
      required
      searchable
      data={handlers.map((u) => ({ value: u.id, label: `${u.firstName} ${u.lastName}` }))}
      data-autofocus
      {...inputProps}
    />
  );
}
