import { Alert, Badge, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { PlainList, ToneBadge, QueryList } from '../../app/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { ConfirmAction } from './ConfirmAction';
import { certificateActions, decisionKind, offeredOutcomes, type DecisionOutcome } from './decision-rules';
import { type Dossier } from './InstructionPanels';
import { useCbPeople } from './people';
import { mayCall } from '../../api/may-call';
import { SectionCard } from '../../app/SectionCard';
import { Hint } from '../../app/Hint';

const refreshDossier = (dossierId: string) => [['dossiers', dossierId], ['dossiers']];

/** The pending decision: the options of the scheme for its kind, the reason, then a confirmation. */
export function DecisionForm({
  dossier,
  options,
  audited,
}: {
  dossier: Dossier;
  options: { initial: DecisionOutcome[]; surveillance: DecisionOutcome[] };
  audited: boolean;
}) {
  const { t } = useTranslation();
  const people = useCbPeople();
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  if (dossier.status !== 'decision_pending')
    return (
      <SectionCard id="decision-title" title={t('cb.decide.pending')}>
        <Text size="sm">{t('cb.decide.notPending', { status: t(`status.${dossier.status}`) })}</Text>
      </SectionCard>
    );
  const kind = decisionKind(dossier);
  const offered = offeredOutcomes(options, kind);
  const decider = mayCall(people.roles, 'dossier.decisions.record');
  const blocked = !decider || audited;
  return (
    <SectionCard id="decision-title" title={t('cb.decide.pending')}>
      <Stack gap="md">
        <Badge variant="light" tt="none" w="fit-content">
          {t(`cb.decide.kind.${kind}`)}
        </Badge>
        {audited && (
          <Alert color="red.9" role="alert" title={t('cb.decide.impartialShort')}>
            {t('cb.decide.impartial')}
          </Alert>
        )}
        {!decider && <Text size="sm">{t('cb.decide.notDecider')}</Text>}
        <Radio.Group
          label={t('cb.decide.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(offered.find((o) => o === value) ?? null)}
          readOnly={blocked}
        >
          <Stack gap="xs" mt="xs">
            {offered.map((o) => (
              <Radio key={o} value={o} label={t(`cb.decide.outcomes.${o}`)} disabled={blocked} />
            ))}
          </Stack>
        </Radio.Group>
        <ConfirmAction
          label={t('cb.decide.record')}
          title={t('cb.decide.confirmTitle', { reference: dossier.reference })}
          explain={t('cb.decide.confirmExplain', {
            outcome: outcome ? t(`cb.decide.outcomes.${outcome}`) : '',
          })}
          confirmLabel={t('cb.decide.confirmSend')}
          reasonLabel={t('cb.decide.reason')}
          disabled={blocked || !outcome}
          buttonProps={{ w: 'fit-content' }}
          refresh={refreshDossier(dossier.id)}
          run={(reason) =>
            unwrap(
              api.POST('/api/v1/dossiers/{dossierId}/decisions', {
                params: { path: { dossierId: dossier.id } },
                body: { outcome: outcome as DecisionOutcome, reason },
              }),
            )
          }
        />
      </Stack>
    </SectionCard>
  );
}

export function DecisionHistory({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation();
  const people = useCbPeople();
  const decisions = useQuery({
    queryKey: ['dossiers', dossierId, 'decisions'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/dossiers/{dossierId}/decisions', { params: { path: { dossierId } } })),
  });
  return (
    <SectionCard id="decisions-title" title={t('cb.decide.history')}>
      <QueryList query={decisions} empty={<Hint>{t('cb.decide.noDecisions')}</Hint>}>
        {({ items }) => (
          <PlainList>
            {[...items]
              .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))
              .map((d) => (
                <li key={d.id}>
                  <Text fw={600} size="sm">
                    {t(`cb.decide.outcomes.${d.outcome}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`cb.decide.kind.${d.kind}`)} ·{' '}
                    {t('cb.decide.decidedOn', {
                      date: formatDateTime(d.decidedAt, i18n.language),
                      who: people.name(d.decidedBy),
                    })}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {d.reason}
                  </Text>
                </li>
              ))}
          </PlainList>
        )}
      </QueryList>
    </SectionCard>
  );
}

const CERT_COLOR = { valid: 'green', suspended: 'orange', withdrawn: 'red', expired: 'gray' } as const;

/** The certificate's state and the decision-maker's actions on it, each with reason and confirmation. */
export function CertificateCard({ dossier, audited }: { dossier: Dossier; audited: boolean }) {
  const { t, i18n } = useTranslation();
  const people = useCbPeople();
  const certificate = dossier.certificate;
  if (!certificate)
    return (
      <SectionCard id="certificate-title" title={t('cb.decide.certificate')}>
        <Hint>{t('cb.decide.noCertificate')}</Hint>
      </SectionCard>
    );
  const allowed = certificateActions(dossier, people.roles);
  const path = { params: { path: { dossierId: dossier.id } } };
  const refresh = refreshDossier(dossier.id);
  const number = certificate.number;
  const color = CERT_COLOR[certificate.status];
  const renewal = dossier.cycle.renewal;
  return (
    <SectionCard id="certificate-title" title={t('cb.decide.certificate')}>
      <Stack gap="sm">
        <Group gap="sm">
          <ToneBadge size="lg" color={color}>
            {t(`cb.decide.certStatus.${certificate.status}`)}
          </ToneBadge>
          <Text size="sm">
            {t('cb.decide.certificateLine', {
              number,
              from: formatDate(certificate.validFrom, i18n.language),
              to: formatDate(certificate.validUntil, i18n.language),
            })}
          </Text>
        </Group>
        {dossier.cycle.surveillanceDue.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('cb.decide.surveillanceDue', {
              dates: dossier.cycle.surveillanceDue.map((d) => formatDate(d, i18n.language)).join(', '),
            })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {renewal
            ? t('cb.decide.renewalOpened', { date: formatDate(renewal.openedAt, i18n.language) })
            : dossier.cycle.renewalOpensOn
              ? t('cb.decide.renewalOpens', { date: formatDate(dossier.cycle.renewalOpensOn, i18n.language) })
              : null}{' '}
          {!renewal && t('cb.decide.renewalByApplicant')}
        </Text>
        {audited && (
          <Text size="sm" c="red.9">
            {t('cb.decide.impartialShort')}
          </Text>
        )}
        {!audited && (
          <Group gap="sm">
            {CERTIFICATE_ACTIONS.map(
              ({ action, route, danger }) =>
                allowed[action] && (
                  <ConfirmAction
                    key={action}
                    label={t(`cb.decide.${action}`)}
                    title={t(`cb.decide.${action}Title`, { number })}
                    explain={t(`cb.decide.${action}Explain`)}
                    danger={danger}
                    refresh={refresh}
                    run={(reason) => unwrap(api.POST(route, { ...path, body: { reason } }))}
                  />
                ),
            )}
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}

/** What a decision-maker may do to an issued certificate, each asked with its reason. */
const CERTIFICATE_ACTIONS = [
  { action: 'suspend', route: '/api/v1/dossiers/{dossierId}/certificate/suspension', danger: true },
  { action: 'reinstate', route: '/api/v1/dossiers/{dossierId}/certificate/reinstatement', danger: false },
  { action: 'withdraw', route: '/api/v1/dossiers/{dossierId}/certificate/withdrawal', danger: true },
] as const;

const SCOPE_OUTCOMES = ['no_action', 'documentary_review', 'extra_audit'] as const;
type ScopeOutcome = (typeof SCOPE_OUTCOMES)[number];

/** A declared change of scope: what it takes (no action, documentary review, extra audit), by an analyst. */
export function ScopeChangeCard({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const people = useCbPeople();
  const [outcome, setOutcome] = useState<ScopeOutcome | null>(null);
  const change = dossier.scopeChange;
  if (!change) return null;
  const analyst = mayCall(people.roles, 'dossier.scope-changes.decide');
  return (
    <SectionCard id="scope-change-title" title={t('cb.decide.scopeChange')}>
      <Stack gap="sm">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('cb.decide.scopeChangeDeclared', {
            date: formatDate(change.requestedAt, i18n.language),
            description: change.description,
          })}
        </Text>
        {change.status === 'decided' && change.outcome && (
          <Text size="sm" fw={500}>
            {t('cb.decide.scopeChangeDecided', {
              date: change.decidedAt ? formatDate(change.decidedAt, i18n.language) : '',
              outcome: t(`cb.decide.scopeOutcomes.${change.outcome}`),
            })}
          </Text>
        )}
        {change.status === 'pending' && !analyst && <Hint>{t('cb.decide.scopeAnalystOnly')}</Hint>}
        {change.status === 'pending' && analyst && (
          <Group align="flex-end" gap="sm">
            <Select
              label={t('cb.decide.scopeOutcome')}
              value={outcome}
              onChange={(v) => setOutcome(SCOPE_OUTCOMES.find((o) => o === v) ?? null)}
              data={SCOPE_OUTCOMES.map((o) => ({ value: o, label: t(`cb.decide.scopeOutcomes.${o}`) }))}
              w={240}
            />
            <ConfirmAction
              label={t('cb.decide.scopeDecide')}
              title={t('cb.decide.scopeTitle')}
              explain={t('cb.decide.scopeExplain', {
                outcome: outcome ? t(`cb.decide.scopeOutcomes.${outcome}`) : '',
              })}
              disabled={!outcome}
              refresh={refreshDossier(dossier.id)}
              run={(reason) =>
                unwrap(
                  api.POST('/api/v1/dossiers/{dossierId}/scope-changes/decision', {
                    params: { path: { dossierId: dossier.id } },
                    body: { outcome: outcome as ScopeOutcome, reason },
                  }),
                )
              }
            />
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}
