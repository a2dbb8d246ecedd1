import { BEFORE_CONTRACT_STATUSES, type DossierStatus } from '@certhub/contracts';
import { Alert, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { DialogForm } from '../../app/DialogForm';
import { FormError, PlainList, ToneBadge } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { useNames } from '../../app/names';
import { certificationBodiesQuery, schemeQuery } from '../../app/queries';
import { SectionCard } from '../../app/SectionCard';
import { usePrincipal } from '../../app/session';
import { formatDate } from '../../lib/format';
import { UploadZone, type UploadRules } from '../upload/UploadZone';
import '../../i18n/journey';
import '../../i18n/renewal';
import { filledIn } from '../../api/request-fields';

type Dossier = paths['/api/v1/dossiers/{dossierId}']['get']['responses'][200]['content']['application/json'];
type RenewalDocument = NonNullable<NonNullable<Dossier['cycle']['renewal']>['documents']>[number];
type Choice = 'same' | 'complementary' | 'other';

/** The renewal context's rules, as the dossier service registers them (one file per document here). */
const RENEWAL_RULES: UploadRules = {
  accept: ['.pdf', '.docx', '.doc', '.odt', '.png', '.jpg', '.jpeg'],
  maxBytes: 20 * 1024 * 1024,
  maxCount: 1,
};
const STATUS_COLOR = { missing: 'gray', submitted: 'indigo', accepted: 'green', rejected: 'red' } as const;
const BEFORE_CONTRACT: readonly DossierStatus[] = BEFORE_CONTRACT_STATUSES;

/** Certificate dates are days in UTC, as the dossier service compares them. */
const todayUtc = () => new Date().toISOString().slice(0, 10);
const dayBefore = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The renewal of a certificate, from the applicant's side
 * (docs/domain/organisation-certification.md#renewal): when its window opens and closes, the
 * administrator's choice of audit (#renewal-audit-choice; another CB makes it an initial audit in a
 * new dossier, #renewal-with-another-cb), then the documents the scheme requires, filed and re-filed
 * until the CB accepts them all (#renewal-documents). Nothing shows on a dossier with no renewal to
 * speak of.
 */
export function RenewalPanel({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const names = useNames();
  const { renewal, renewalOf } = dossier.cycle;
  if (renewalOf)
    return (
      <SectionCard id="renewal-title" title={t('renewal.title')}>
        <Stack gap="md">
          <Text>
            {t('renewal.renewalOf', { cb: names.cb(renewalOf.cbId) })}{' '}
            <AnchorLink to="/dossiers/$dossierId" params={{ dossierId: renewalOf.dossierId }}>
              {t('renewal.previousDossier')}
            </AnchorLink>
          </Text>
          <RenewalDocuments
            dossier={dossier}
            documents={renewalOf.documents ?? []}
            open={BEFORE_CONTRACT.includes(dossier.status)}
          />
        </Stack>
      </SectionCard>
    );
  if (renewal) return <OpenedRenewal dossier={dossier} renewal={renewal} />;
  if (dossier.status !== 'certified' || !dossier.certificate || !dossier.cycle.renewalOpensOn) return null;
  return <RenewalWindow dossier={dossier} opensOn={dossier.cycle.renewalOpensOn} />;
}

function OpenedRenewal({
  dossier,
  renewal,
}: {
  dossier: Dossier;
  renewal: NonNullable<Dossier['cycle']['renewal']>;
}) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const audit = renewal.changeOfCb
    ? 'initial'
    : renewal.auditChoice === 'complementary'
      ? 'complementary'
      : 'renewal';
  const cb = names.cb(renewal.newCbId ?? dossier.cbId);
  return (
    <SectionCard id="renewal-title" title={t('renewal.title')}>
      <Stack gap="md">
        <Text>
          {t('renewal.opened', {
            date: formatDate(renewal.openedAt, i18n.language),
            audit: t(`renewal.audit.${audit}`, { cb }),
          })}
        </Text>
        {renewal.changeOfCb && renewal.newDossierId ? (
          <Text>
            {t('renewal.movedTo', { cb })}{' '}
            <AnchorLink to="/dossiers/$dossierId" params={{ dossierId: renewal.newDossierId }}>
              {t('renewal.newDossier')}
            </AnchorLink>
          </Text>
        ) : (
          <RenewalDocuments
            dossier={dossier}
            documents={renewal.documents ?? []}
            open={dossier.status === 'renewal'}
          />
        )}
      </Stack>
    </SectionCard>
  );
}

/** Before the window: when it opens. In it: the choice of audit and the confirmation (org_admin). */
function RenewalWindow({ dossier, opensOn }: { dossier: Dossier; opensOn: string }) {
  const { t, i18n } = useTranslation();
  const roles = usePrincipal().data?.roles ?? [];
  const certificate = dossier.certificate as NonNullable<Dossier['certificate']>;
  const date = (day: string) => formatDate(day, i18n.language);
  const closes = dayBefore(certificate.validUntil);
  const today = todayUtc();
  const inWindow = opensOn <= today && today < certificate.validUntil;
  let body;
  if (!inWindow)
    body = (
      <Text>
        {t('renewal.opensOn', {
          opens: date(opensOn),
          closes: date(closes),
          until: date(certificate.validUntil),
        })}
      </Text>
    );
  else if (certificate.status !== 'valid') body = <Text>{t('renewal.suspended')}</Text>;
  else
    body = (
      <Stack gap="md">
        <Text>{t('renewal.window', { closes: date(closes), until: date(certificate.validUntil) })}</Text>
        {roles.includes('org_admin') ? (
          <OpenRenewal dossier={dossier} />
        ) : (
          <Text c="dimmed">{t('renewal.adminOnly')}</Text>
        )}
      </Stack>
    );
  return (
    <SectionCard id="renewal-title" title={t('renewal.title')}>
      {body}
    </SectionCard>
  );
}

function OpenRenewal({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const queryClient = useQueryClient();
  const [confirming, { open: confirm, close }] = useDisclosure(false);
  const scheme = useQuery(schemeQuery(dossier.schemeId, dossier.schemeVersion));
  const bodies = useQuery(certificationBodiesQuery);
  const others = (bodies.data?.items ?? []).filter((b) => b.id !== dossier.cbId);
  const noOther = bodies.isSuccess && !others.length;
  const form = useForm({
    mode: 'controlled',
    initialValues: { choice: 'same' as Choice, cbId: '' },
    validate: {
      cbId: (value, values) => (values.choice === 'other' && !value ? t('renewal.required') : null),
    },
  });
  const { choice, cbId } = form.values;
  const request = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/dossiers/{dossierId}/renewal', {
          params: { path: { dossierId: dossier.id } },
          body:
            choice === 'other'
              ? { cbId }
              : { auditChoice: choice === 'complementary' ? 'complementary' : 'initial' },
        }),
      ),
    onSuccess: async () => {
      close();
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
    },
    // A refused choice (the scheme's rule, a CB unknown) stands beside the input it is about.
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const fields = error.fieldErrors();
      const errors = {
        ...filledIn({
          choice: fields['auditChoice'],
          cbId: fields['cbId'],
        }),
      };
      if (!Object.keys(errors).length) return;
      close();
      form.setErrors(errors);
    },
  });
  const cb = names.cb(dossier.cbId);
  const complementary = scheme.data?.renewalComplementaryAudit === true;
  const explain =
    choice === 'other'
      ? t('renewal.confirmOther', {
          cb: names.cb(cbId),
          until: formatDate(
            (dossier.certificate as NonNullable<Dossier['certificate']>).validUntil,
            i18n.language,
          ),
        })
      : t(choice === 'complementary' ? 'renewal.confirmComplementary' : 'renewal.confirmSame', { cb });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        () => {
          request.reset();
          confirm();
        },
        () => form.getInputNode('cbId')?.focus(),
      )}
    >
      <Stack gap="md">
        <Radio.Group label={t('renewal.choice')} required {...form.getInputProps('choice')}>
          <Stack gap="sm" mt="xs">
            <Radio
              value="same"
              label={t('renewal.choiceSame', { cb })}
              description={t('renewal.choiceSameHelp')}
            />
            {complementary && (
              <Radio
                value="complementary"
                label={t('renewal.choiceComplementary', { cb })}
                description={t('renewal.choiceComplementaryHelp')}
              />
            )}
            <Radio
              value="other"
              label={t('renewal.choiceOther')}
              // With no other CB on the platform the choice is shown, disabled, saying why.
              description={t(noOther ? 'renewal.noOtherCb' : 'renewal.choiceOtherHelp')}
              disabled={noOther}
            />
          </Stack>
        </Radio.Group>
        {choice === 'other' && (
          <Select
            label={t('renewal.otherCb')}
            required
            searchable
            maw={420}
            data={others.map((b) => ({ value: b.id, label: b.name }))}
            {...form.getInputProps('cbId')}
            onChange={(value) => form.setFieldValue('cbId', value ?? '')}
          />
        )}
        <Group>
          <Button type="submit">{t('renewal.open')}</Button>
        </Group>
      </Stack>
      <DialogForm
        opened={confirming}
        onClose={close}
        title={t('renewal.confirmTitle', { reference: dossier.reference })}
        onSubmit={() => request.mutate()}
        error={request.error}
        failed={(message) => t('renewal.failed', { message })}
        cancel={t('renewal.cancel')}
        submit={{ label: t('renewal.confirm'), loading: request.isPending, autoFocus: true }}
      >
        <Text>{explain}</Text>
        <Text size="sm">{t('renewal.confirmFinal')}</Text>
      </DialogForm>
    </form>
  );
}

/**
 * The documents the renewal requires, each with its state; while filing is open (the renewal waits
 * for its audit, or the new CB's dossier for its contract), a file for each one still to file or
 * rejected, all sent at once. The domain lets any user of the organisation file them.
 */
function RenewalDocuments({
  dossier,
  documents,
  open,
}: {
  dossier: Dossier;
  documents: RenewalDocument[];
  open: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roles = usePrincipal().data?.roles ?? [];
  const [chosen, setChosen] = useState<Record<number, string[]>>({});
  const [sent, setSent] = useState<number>();
  const filing = documents
    .filter((d) => chosen[d.n]?.length)
    .map((d) => ({ n: d.n, documentId: (chosen[d.n] as string[])[0] as string }));
  const file = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/dossiers/{dossierId}/renewal/documents', {
          params: { path: { dossierId: dossier.id } },
          body: { documents: filing },
        }),
      ),
    onSuccess: async () => {
      setSent(filing.length);
      setChosen({});
      await queryClient.invalidateQueries({ queryKey: ['dossiers'] });
    },
  });
  if (!documents.length) return null;
  // The API's errors name the position in the list sent: shown on the document they are about.
  const fieldErrors = file.error instanceof ApiError ? file.error.fieldErrors() : {};
  const errorOf = (n: number) => {
    const i = filing.findIndex((d) => d.n === n);
    return i < 0 ? undefined : (fieldErrors[`documents.${i}.documentId`] ?? fieldErrors[`documents.${i}.n`]);
  };
  const canFile = open && (roles.includes('org_admin') || roles.includes('org_member'));
  const accepted = documents.filter((d) => d.status === 'accepted').length;
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('renewal.documents')}</Text>
      <Text size="sm">
        {t('renewal.documentsIntro', { count: accepted, total: documents.length })}
        {!open && accepted < documents.length && ` ${t('renewal.documentsClosed')}`}
      </Text>
      <PlainList gap="md">
        {documents.map((document) => {
          const error = errorOf(document.n);
          return (
            <li key={document.n} aria-label={document.label}>
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={500}>{document.label}</Text>
                  <ToneBadge color={STATUS_COLOR[document.status]}>
                    {t(`renewal.status.${document.status}`)}
                  </ToneBadge>
                </Group>
                {document.status === 'rejected' && document.reason && (
                  <Text size="sm" c="red.9">
                    {t('renewal.rejectedBecause', { reason: document.reason })}
                  </Text>
                )}
                {document.documentId && (
                  <UploadZone
                    label={t('renewal.filed', { label: document.label })}
                    contextId={`dossier:${dossier.id}:renewal`}
                    value={[document.documentId]}
                    onChange={() => undefined}
                    rules={RENEWAL_RULES}
                    readOnly
                  />
                )}
                {canFile && (document.status === 'missing' || document.status === 'rejected') && (
                  <UploadZone
                    label={document.label}
                    contextId={`dossier:${dossier.id}:renewal`}
                    value={chosen[document.n] ?? []}
                    onChange={(ids) => {
                      setSent(undefined);
                      setChosen((all) => ({ ...all, [document.n]: ids }));
                    }}
                    rules={RENEWAL_RULES}
                  />
                )}
                {error && (
                  <Text size="sm" c="red.9" role="alert">
                    {error}
                  </Text>
                )}
              </Stack>
            </li>
          );
        })}
      </PlainList>
      {canFile && documents.some((d) => d.status === 'missing' || d.status === 'rejected') && (
        <Group>
          <Button disabled={!filing.length} loading={file.isPending} onClick={() => file.mutate()}>
            {filing.length ? t('renewal.send', { count: filing.length }) : t('renewal.sendNone')}
          </Button>
        </Group>
      )}
      <FormError error={file.error} message={(message) => t('renewal.sendFailed', { message })} />
      {sent !== undefined && !file.isPending && (
        <Alert color="green" role="status" p="xs">
          {t('renewal.sent', { count: sent })}
        </Alert>
      )}
    </Stack>
  );
}
