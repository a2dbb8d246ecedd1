import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { LoadError, Loading } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { CredentialCheck } from '../../features/verify/CredentialCheck';
import { credentialByNumber } from '../../features/verify/credential-api';
import { VerificationResult } from '../../features/verify/VerificationResult';
import { verifyCredential } from '../../features/verify/verify-credential';
import { usePageTitle } from '../../lib/title';

/**
 * Where a certificate's QR code leads (public): its credential fetched by number and verified here,
 * in the browser, as any verifier would; certhub's own answer is not taken on trust.
 */
export const Route = createFileRoute('/verify/$number')({ component: VerifyPage });

function VerifyPage() {
  const { t } = useTranslation();
  const { number } = Route.useParams();
  usePageTitle(t('verify.pageTitle', { number }));
  const verification = useQuery({
    queryKey: ['verify', number],
    queryFn: async () =>
      verifyCredential((await credentialByNumber(number)).jwt, { origin: window.location.origin }),
    // The status is the point of the page: checked again whenever the page comes back into view.
    staleTime: 0,
  });
  const missing = verification.error instanceof ApiError && verification.error.problem.status === 404;
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('verify.pageTitle', { number })}</Title>
      <Text size="sm">{t('verify.intro')}</Text>
      <div aria-live="polite">
        {verification.isPending ? (
          <>
            <Text size="sm">{t('verify.checking')}</Text>
            <Loading lines={4} />
          </>
        ) : missing ? (
          <Alert color="red.9" role="alert">
            {t('verify.notFound', { number })}
          </Alert>
        ) : verification.isError ? (
          <LoadError error={verification.error} retry={() => void verification.refetch()} />
        ) : (
          <VerificationResult verification={verification.data} />
        )}
      </div>
      <AnchorLink to="/registry/$number" params={{ number }} size="sm">
        {t('verify.registry')}
      </AnchorLink>
      <CredentialCheck />
    </Stack>
  );
}
