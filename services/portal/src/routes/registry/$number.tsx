import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useEffect } from 'react';
import { Fact } from '../../app/Fact';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { LoadError, Loading, PlainList, badgeText } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { sha256Hex, verifyHash, verifyNumber } from '../../features/registry/verify';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/title';
import { FileCheckCard } from '../../features/verify/FileCheckCard';
import { SectionCard } from '../../app/SectionCard';
import { Hint } from '../../app/Hint';

/** Where a certificate's QR code leads: its live status first, then what it covers. Public. */
export const Route = createFileRoute('/registry/$number')({ component: CertificatePage });

const COLOR = { valid: 'green', suspended: 'orange', withdrawn: 'red', expired: 'gray' } as const;

/** The PDF's fingerprint, computed here, compared with the register's. */
function FileCheck({ number }: { number: string }) {
  const { t } = useTranslation();
  const check = useMutation({
    mutationFn: async (file: File) => ({ name: file.name, result: await verifyHash(await sha256Hex(file)) }),
  });
  const outcome = check.data;
  return (
    <FileCheckCard
      id="file-check"
      title={t('registry.fileTitle')}
      intro={t('registry.fileIntro')}
      drop={{
        choose: t('registry.fileChoose'),
        hint: t('registry.fileDrop'),
        accept: 'application/pdf,.pdf',
        onFile: (file) => check.mutate(file),
      }}
    >
      <div aria-live="polite">
        {check.isPending && (
          <Text size="sm">{t('registry.fileChecking', { name: check.variables?.name })}</Text>
        )}
        {check.isError && (
          <Alert color="red.9" role="alert" p="xs">
            {t('registry.fileFailed', { message: check.error.message })}
          </Alert>
        )}
        {outcome &&
          (outcome.result.genuine && outcome.result.certificate ? (
            <Alert color={outcome.result.certificate.number === number ? 'green' : 'orange'} p="xs">
              <Text
                size="sm"
                c={badgeText(outcome.result.certificate.number === number ? 'green' : 'orange')}
              >
                {outcome.result.certificate.number === number
                  ? t('registry.fileGenuine', {
                      name: outcome.name,
                      number: outcome.result.certificate.number,
                      status: t(`registry.status.${outcome.result.certificate.status}`),
                    })
                  : t('registry.fileOther', {
                      name: outcome.name,
                      number: outcome.result.certificate.number,
                    })}
              </Text>
            </Alert>
          ) : (
            <Alert color="red.9" role="alert" p="xs">
              {t('registry.fileUnknown', { name: outcome.name })}
            </Alert>
          ))}
      </div>
    </FileCheckCard>
  );
}

function CertificatePage() {
  const { t, i18n } = useTranslation();
  const { number } = Route.useParams();
  const certificate = useQuery({
    queryKey: ['registry', 'number', number],
    queryFn: () => verifyNumber(number),
    // The status is the point of the page: asked again whenever the page comes back into view.
    staleTime: 0,
  });
  usePageTitle(t('registry.pageTitle', { number }));
  const status = certificate.data?.status;
  // Link previews and search engines read the status without running the page's script further.
  useEffect(() => {
    if (!status) return;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.appendChild(meta);
    }
    meta.content = `${t(`registry.status.${status}`)} — ${number}`;
  }, [status, number, t]);
  const missing = certificate.error instanceof ApiError && certificate.error.problem.status === 404;
  return (
    <Stack gap="lg" maw={900}>
      <AnchorLink to="/registry" size="sm">
        {t('registry.back')}
      </AnchorLink>
      <Title order={1}>{t('registry.pageTitle', { number })}</Title>
      {certificate.isPending ? (
        <Loading lines={4} />
      ) : missing ? (
        <Alert color="red.9" role="alert">
          {t('registry.notFound', { number })}
        </Alert>
      ) : certificate.isError ? (
        <LoadError error={certificate.error} retry={() => void certificate.refetch()} />
      ) : (
        <>
          <Group gap="md" role="status">
            <Badge
              size="xl"
              radius="sm"
              tt="none"
              variant="light"
              color={COLOR[certificate.data.status]}
              c={badgeText(COLOR[certificate.data.status])}
            >
              {t(`registry.status.${certificate.data.status}`)}
            </Badge>
            <Text>
              {t('registry.validityRange', {
                from: formatDate(certificate.data.validFrom, i18n.language),
                to: formatDate(certificate.data.validUntil, i18n.language),
              })}
            </Text>
          </Group>
          <Card withBorder padding="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
              <Fact label={t('registry.holder')}>
                {certificate.data.holderName}
                <Text size="sm" c="dimmed" component="span" display="block">
                  {t('registry.holderSiren', { siren: certificate.data.holderSiren })}
                </Text>
              </Fact>
              <Fact label={t('registry.schemeLevel')}>
                {certificate.data.schemeTitle}
                {certificate.data.level ? ` · ${certificate.data.level}` : ''}
              </Fact>
              <Fact label={t('registry.cb')}>{certificate.data.cbName}</Fact>
              <Fact label={t('registry.validity')}>
                {t('registry.validityRange', {
                  from: formatDate(certificate.data.validFrom, i18n.language),
                  to: formatDate(certificate.data.validUntil, i18n.language),
                })}
              </Fact>
            </SimpleGrid>
          </Card>
          <SectionCard id="scope" titleGap="xs" title={t('registry.scope')}>
            <PlainList gap={4}>
              {certificate.data.scope.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </PlainList>
            <Title order={2} size="h4" mt="md" mb="xs">
              {t('registry.sites')}
            </Title>
            {certificate.data.sites.length ? (
              <PlainList gap={4}>
                {certificate.data.sites.map((s) => (
                  <li key={s.siret}>
                    {s.name} · SIRET {s.siret}
                  </li>
                ))}
              </PlainList>
            ) : (
              <Hint>{t('registry.noSites')}</Hint>
            )}
          </SectionCard>
          <FileCheck number={number} />
          <Text size="sm">
            <AnchorLink to="/complaints/new" search={{ certificate: number }}>
              {t('registry.complain')}
            </AnchorLink>
          </Text>
        </>
      )}
    </Stack>
  );
}
