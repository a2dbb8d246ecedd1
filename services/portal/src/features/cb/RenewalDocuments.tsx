import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { mayCall } from '../../api/may-call';
import { PlainList, ToneBadge } from '../../app/feedback';
import { SectionCard } from '../../app/SectionCard';
import { UploadZone } from '../upload/UploadZone';
import { ConfirmAction } from './ConfirmAction';
import type { Dossier } from './InstructionPanels';
import { useCbPeople } from './people';

type RenewalDocument = NonNullable<NonNullable<Dossier['cycle']['renewal']>['documents']>[number];

const COLOR = { missing: 'gray', submitted: 'indigo', accepted: 'green', rejected: 'red' } as const;
/** Read only here: the applicant files them; the zone lists the stored file with its download. */
const READ_ONLY_RULES = { accept: ['.pdf'], maxBytes: 1, maxCount: 1 };

/**
 * The documents a renewal asks for (docs/domain/organisation-certification.md#renewal-documents):
 * on a renewal with this CB, or on the new dossier of a renewal from another CB. The analyst
 * accepts a filed one, or rejects it with the reason the applicant reads before filing it again;
 * the renewal audit is planned once every one is accepted.
 */
export function RenewalDocuments({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const people = useCbPeople();
  const documents = dossier.cycle.renewal?.documents ?? dossier.cycle.renewalOf?.documents ?? [];
  if (!documents.length) return null;
  const analyst = mayCall(people.roles, 'dossier.renewals.documents.review');
  const accepted = documents.filter((d) => d.status === 'accepted').length;
  const review = (document: RenewalDocument, accepted: boolean, reason: string) =>
    unwrap(
      api.POST('/api/v1/dossiers/{dossierId}/renewal/documents/review', {
        params: { path: { dossierId: dossier.id } },
        body: { reviews: [{ n: document.n, accepted, ...(accepted ? {} : { reason }) }] },
      }),
    );
  return (
    <SectionCard id="renewal-documents-title" title={t('cb.renewal.title')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('cb.renewal.intro', { count: accepted, total: documents.length })}
          {!analyst && ` ${t('cb.renewal.analystOnly')}`}
        </Text>
        <PlainList gap="md">
          {documents.map((document) => (
            <li key={document.n} aria-label={document.label}>
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={500}>{document.label}</Text>
                  <ToneBadge color={COLOR[document.status]}>
                    {t(`cb.renewal.status.${document.status}`)}
                  </ToneBadge>
                </Group>
                {document.documentId && (
                  <UploadZone
                    label={t('cb.renewal.file', { label: document.label })}
                    contextId={`dossier:${dossier.id}:renewal`}
                    value={[document.documentId]}
                    onChange={() => undefined}
                    rules={READ_ONLY_RULES}
                    readOnly
                  />
                )}
                {document.status === 'rejected' && document.reason && (
                  <Text size="sm" c="red.9">
                    {t('cb.renewal.rejectedBecause', { reason: document.reason })}
                  </Text>
                )}
                {analyst && document.status === 'submitted' && (
                  <Group gap="sm">
                    <ConfirmAction
                      label={t('cb.renewal.accept')}
                      ariaLabel={t('cb.renewal.acceptLabel', { label: document.label })}
                      title={t('cb.renewal.acceptTitle', { label: document.label })}
                      explain={t('cb.renewal.acceptExplain')}
                      withReason={false}
                      buttonProps={{ size: 'xs' }}
                      refresh={[['dossiers']]}
                      run={() => review(document, true, '')}
                    />
                    <ConfirmAction
                      label={t('cb.renewal.reject')}
                      ariaLabel={t('cb.renewal.rejectLabel', { label: document.label })}
                      title={t('cb.renewal.rejectTitle', { label: document.label })}
                      explain={t('cb.renewal.rejectExplain')}
                      danger
                      buttonProps={{ size: 'xs' }}
                      refresh={[['dossiers']]}
                      run={(reason) => review(document, false, reason)}
                    />
                  </Group>
                )}
              </Stack>
            </li>
          ))}
        </PlainList>
      </Stack>
    </SectionCard>
  );
}
