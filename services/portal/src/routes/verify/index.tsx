import { Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CredentialCheck } from '../../features/verify/CredentialCheck';
import { usePageTitle } from '../../lib/title';
// The page's words load with CredentialCheck's chunk: a side-effect import here would stay in the first script.

/** Public: verify a credential one holds (a certificate's PDF, a .vc.jwt file, or pasted). */
export const Route = createFileRoute('/verify/')({ component: VerifyAny });

function VerifyAny() {
  const { t } = useTranslation();
  usePageTitle(t('verify.title'));
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('verify.title')}</Title>
      <Text size="sm">{t('verify.intro')}</Text>
      <CredentialCheck />
    </Stack>
  );
}
