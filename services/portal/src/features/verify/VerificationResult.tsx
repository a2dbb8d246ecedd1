import { Alert, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../app/Fact';
import { PlainList, badgeText } from '../../app/feedback';
import { formatDate } from '../../lib/format';
import type { Check, Verdict, Verification } from './verify-credential';
// The page's words load with it, not with the first script.
import '../../i18n/verify';
import { SectionCard } from '../../app/SectionCard';

const COLOR: Record<Verdict, string> = {
  valid: 'green',
  suspended: 'orange',
  unchecked: 'orange',
  revoked: 'red',
  invalid: 'red',
  expired: 'gray',
  not_yet_valid: 'gray',
};
const MARK = { true: '✓', false: '✗', null: '?' } as const;

function CheckLine({ check }: { check: Check }) {
  const { t } = useTranslation();
  const outcome =
    check.ok === null ? t('verify.unknown') : check.ok ? t('verify.passed') : t('verify.failed');
  return (
    <List.Item icon={<span aria-hidden="true">{MARK[String(check.ok) as keyof typeof MARK]}</span>}>
      {t(`verify.check.${check.name}`)} : <strong>{outcome}</strong>
    </List.Item>
  );
}

/** The outcome, said plainly first (a sentence, a colour, never the colour alone), then the facts. */
export function VerificationResult({ verification }: { verification: Verification }) {
  const { t, i18n } = useTranslation();
  const { verdict, facts } = verification;
  const color = COLOR[verdict];
  // The calendar day the credential states (UTC), not the visitor's local time of its last second.
  const date = (value: string) => formatDate(value.slice(0, 10), i18n.language);
  return (
    <Stack gap="md">
      <Alert
        role="status"
        color={color}
        variant="light"
        title={
          <Text component="span" size="lg" fw={700} c={badgeText(color)} data-verdict={verdict}>
            {t(`verify.verdict.${verdict}`)}
          </Text>
        }
      >
        <Text size="sm">{t(`verify.explain.${verdict}`)}</Text>
        {verification.reason && (
          <Text size="xs" mt={4}>
            {t('verify.reason', { reason: verification.reason })}
          </Text>
        )}
      </Alert>
      <SectionCard id="checks" titleGap="xs" title={t('verify.checks')}>
        <List spacing={4} size="sm">
          {verification.checks.map((check) => (
            <CheckLine key={check.name} check={check} />
          ))}
        </List>
      </SectionCard>
      {facts && (
        <Card withBorder padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
            {facts.number && <Fact label={t('verify.number')}>{facts.number}</Fact>}
            {facts.holder && (
              <Fact label={t('verify.holder')}>
                {facts.holder}
                {facts.siren && (
                  <Text size="sm" c="dimmed" component="span" display="block">
                    {t('verify.siren', { siren: facts.siren })}
                  </Text>
                )}
              </Fact>
            )}
            {facts.title && <Fact label={t('verify.certification')}>{facts.title}</Fact>}
            <Fact label={t('verify.issuer')}>
              {facts.issuerName ?? facts.issuer}
              {facts.issuerName && (
                <Text
                  size="xs"
                  c="dimmed"
                  component="span"
                  display="block"
                  style={{ wordBreak: 'break-all' }}
                >
                  {facts.issuer}
                </Text>
              )}
            </Fact>
            {facts.validFrom && (
              <Fact label={t('verify.validity')}>
                {facts.validUntil
                  ? t('verify.validityRange', { from: date(facts.validFrom), to: date(facts.validUntil) })
                  : t('verify.validFromOnly', { from: date(facts.validFrom) })}
              </Fact>
            )}
          </SimpleGrid>
          {facts.scope.length > 0 && (
            <>
              <Title order={2} size="h4" mt="md" mb="xs">
                {t('verify.scope')}
              </Title>
              <PlainList gap={4}>
                {facts.scope.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </PlainList>
            </>
          )}
        </Card>
      )}
    </Stack>
  );
}
