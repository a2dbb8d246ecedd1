import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DialogForm } from '../../app/DialogForm';
import { PlainList, ToneBadge, QueryList } from '../../app/feedback';
import type { paths } from '../../api/schema';
import { usePrincipal } from '../../app/session';
import { formatDate, formatDateTime } from '../../lib/format';
import { useDownload } from '../upload/download';
import { CredentialLinks } from '../verify/CredentialLinks';
import '../../i18n/journey';
import { SectionCard } from '../../app/SectionCard';
import { useDialogMutation } from '../../app/dialog-mutation';
import { Hint } from '../../app/Hint';

type Dossier = paths['/api/v1/dossiers/{dossierId}']['get']['responses'][200]['content']['application/json'];

function Decisions({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation();
  const decisions = useQuery({
    queryKey: ['dossiers', dossierId, 'decisions'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/dossiers/{dossierId}/decisions', { params: { path: { dossierId } } })),
  });
  return (
    <QueryList query={decisions} lines={2} empty={<Text c="dimmed">{t('certificate.noDecision')}</Text>}>
      {({ items }) => (
        <PlainList gap="xs">
          {items.map((d) => (
            <li key={d.id}>
              <Text fw={500}>
                {t(`certificate.outcome.${d.outcome}`, { defaultValue: d.outcome })} ·{' '}
                <time dateTime={d.decidedAt}>{formatDateTime(d.decidedAt, i18n.language)}</time>
              </Text>
              <Hint>{d.reason}</Hint>
            </li>
          ))}
        </PlainList>
      )}
    </QueryList>
  );
}

/** Once certified, a change of scope is declared to the CB, which decides what follows. */
function ScopeChange({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const [description, setDescription] = useState('');
  const roles = usePrincipal().data?.roles ?? [];
  const request = useDialogMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/dossiers/{dossierId}/scope-changes', {
          params: { path: { dossierId: dossier.id } },
          body: { description: description.trim() },
        }),
      ),
    refresh: [['dossiers']],
    onSuccess: () => setDescription(''),
  });
  const pending = dossier.scopeChange;
  return (
    <Stack gap="xs">
      {pending && (
        <Alert color={pending.status === 'pending' ? 'indigo' : 'green'} p="xs">
          {pending.status === 'pending'
            ? t('certificate.scopePending', { date: formatDate(pending.requestedAt, i18n.language) })
            : t('certificate.scopeDecided', {
                outcome: t(`certificate.scopeOutcome.${pending.outcome ?? 'no_action'}`),
              })}
          <Text size="sm">{pending.description}</Text>
        </Alert>
      )}
      {dossier.status === 'certified' && roles.includes('org_admin') && pending?.status !== 'pending' && (
        <Button variant="light" w="fit-content" onClick={request.open}>
          {t('certificate.scopeAction')}
        </Button>
      )}
      <DialogForm
        {...request.dialog}
        title={t('certificate.scopeTitle')}
        onSubmit={() => request.mutate()}
        failed={(message) => t('certificate.failed', { message })}
        cancel={t('findings.cancel')}
        submit={{
          label: t('certificate.scopeSend'),
          loading: request.isPending,
          disabled: !description.trim(),
        }}
      >
        <Text size="sm">{t('certificate.scopeExplain')}</Text>
        <Textarea
          label={t('certificate.scopeDescription')}
          required
          autosize
          minRows={3}
          data-autofocus
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
      </DialogForm>
    </Stack>
  );
}

/** "Mon e-certificat": status, validity, the cycle's dates, the PDF; the decisions behind it. */
export function CertificatePanel({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const { download, failed, setFailed } = useDownload();
  const certificate = dossier.certificate;
  const date = (value: string) => formatDate(value, i18n.language);
  return (
    <SectionCard id="certificate-title" titleGap="md" title={t('certificate.title')}>
      <Stack gap="md">
        {certificate ? (
          <>
            <Group gap="sm">
              <Text fw={600}>{t('certificate.number', { number: certificate.number })}</Text>
              <ToneBadge color={certificate.status === 'valid' ? 'green' : 'red'}>
                {t(`certificate.status.${certificate.status}`)}
              </ToneBadge>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Text size="sm">
                {t('certificate.validity', {
                  from: date(certificate.validFrom),
                  to: date(certificate.validUntil),
                })}
              </Text>
              <Text size="sm">
                {dossier.cycle.surveillanceDue.length
                  ? t('certificate.surveillance', {
                      dates: dossier.cycle.surveillanceDue.map(date).join(', '),
                    })
                  : t('certificate.noSurveillance')}
              </Text>
              {dossier.cycle.renewalOpensOn && (
                <Text size="sm">
                  {t('certificate.renewal', { date: date(dossier.cycle.renewalOpensOn) })}
                </Text>
              )}
            </SimpleGrid>
            <Group gap="sm">
              <Button
                onClick={() =>
                  download(
                    `/api/v1/certificates/${encodeURIComponent(certificate.certificateId)}/pdf`,
                    `${certificate.number}.pdf`,
                  )
                }
              >
                {t('certificate.download')}
              </Button>
              <CredentialLinks
                certificateId={certificate.certificateId}
                number={certificate.number}
                onFailed={setFailed}
              />
            </Group>
            {failed && (
              <Alert color="red.9" role="alert" p="xs">
                {t('certificate.downloadFailed', { message: failed })}
              </Alert>
            )}
          </>
        ) : (
          <Text c="dimmed">{t('certificate.none')}</Text>
        )}
        <ScopeChange dossier={dossier} />
        <Text fw={600} size="sm">
          {t('certificate.decisions')}
        </Text>
        <Decisions dossierId={dossier.id} />
      </Stack>
    </SectionCard>
  );
}
