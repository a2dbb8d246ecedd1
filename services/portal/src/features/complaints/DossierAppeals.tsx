import type { Role } from '@certhub/contracts';
import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { AnchorLink } from '../../app/links';
import { usePrincipal } from '../../app/session';
import { formatDate } from '../../lib/format';
import '../../i18n/complaints';

/** Who reads appeals (the API's rule): the CB's staff who handle them and the organisation. */
const READERS: readonly Role[] = ['cb_admin', 'analyst', 'decision_maker', 'org_admin', 'org_member'];
/** Not decided yet, or upheld and waiting for the review: the contested decision still holds. */
const PENDING = new Set(['lodged', 'investigating', 'upheld']);

/**
 * The appeals pending on a dossier, on its page (docs/domain/complaints-and-appeals.md#appeal-lifecycle):
 * the contested decision stays in force unless the CB suspended its effect, and either way the
 * certificate keeps its state until the review, which is what this says to whoever reads the dossier.
 */
export function DossierAppeals({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation();
  const roles = usePrincipal().data?.roles ?? [];
  const appeals = useQuery({
    queryKey: ['appeals', 'dossier', dossierId],
    enabled: roles.some((role) => READERS.includes(role)),
    queryFn: () => unwrap(api.GET('/api/v1/appeals', { params: { query: { dossierId, pageSize: 100 } } })),
  });
  const pending = (appeals.data?.items ?? []).filter((a) => PENDING.has(a.status));
  if (pending.length === 0) return null;
  return (
    <Stack gap="sm">
      {pending.map((a) => (
        <Alert
          key={a.id}
          // Outlined: the link keeps its contrast on a white ground.
          variant="outline"
          color="indigo"
          title={t('complaints.appeal.pendingTitle', {
            reference: a.reference,
            decision: t(`complaints.appeals.decisions.${a.decision}`),
          })}
        >
          <Stack gap={4}>
            <Text size="sm">
              {a.effectSuspended
                ? t('complaints.appeal.pendingSuspended', {
                    date: formatDate(a.effectSuspended.at, i18n.language),
                  })
                : t('complaints.appeal.pendingInForce')}
            </Text>
            <AnchorLink to="/appeals/$appealId" params={{ appealId: a.id }} size="sm">
              {t('complaints.appeal.pendingOpen')}
            </AnchorLink>
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}
