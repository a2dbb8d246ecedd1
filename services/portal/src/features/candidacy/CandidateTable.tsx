import type { Candidate } from '@certhub/contracts';
import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/links';
import { formatDate } from '../../lib/format';
import { CandidacyBadge } from './common';
import { DataTable } from '../../app/DataTable';

type Row = Pick<
  Candidate,
  | 'id'
  | 'reference'
  | 'birthName'
  | 'usageName'
  | 'firstName'
  | 'establishmentName'
  | 'status'
  | 'active'
  | 'updatedAt'
  | 'abandonReason'
>;

export const candidateName = (c: Pick<Candidate, 'birthName' | 'usageName' | 'firstName'>) =>
  `${c.birthName.toUpperCase()}${c.usageName ? ` (${c.usageName})` : ''} ${c.firstName}`;

/** Where the candidate was born, as the sheet and the certificate say it: city, then country, collectivity or postal code. */
export function birthPlace(
  c: Pick<
    Candidate,
    | 'bornAbroad'
    | 'bornInOverseasCollectivity'
    | 'birthCity'
    | 'birthCountry'
    | 'birthCollectivity'
    | 'birthPostalCode'
  >,
  t: TFunction,
  language: string,
): string {
  if (c.bornAbroad)
    return `${c.birthCity} (${new Intl.DisplayNames([language], { type: 'region' }).of(c.birthCountry ?? '') ?? ''})`;
  if (c.bornInOverseasCollectivity)
    return `${c.birthCity} (${t(`training.form.collectivities.${c.birthCollectivity ?? 'PF'}`)})`;
  return `${c.birthCity} (${c.birthPostalCode ?? ''})`;
}

/** Candidates as the lists show them; the abandoned list shows the reason instead of "active". */
export function CandidateTable({
  rows,
  busy,
  abandoned,
}: {
  rows: Row[];
  busy?: boolean;
  abandoned?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      items={rows}
      rowKey="id"
      minWidth={800}
      highlightOnHover
      aria-busy={busy}
      columns={[
        {
          header: t('training.candidates.reference'),
          nowrap: true,
          cell: (c) => (
            <AnchorLink to="/training/candidates/$candidateId" params={{ candidateId: c.id }}>
              {c.reference}
            </AnchorLink>
          ),
        },
        { header: t('training.candidates.candidate'), cell: (c) => candidateName(c) },
        { header: t('training.candidates.establishment'), cell: (c) => c.establishmentName },
        abandoned
          ? { header: t('training.candidates.reason'), cell: (c) => c.abandonReason ?? '—' }
          : { header: t('training.candidates.status'), cell: (c) => <CandidacyBadge status={c.status} /> },
        {
          header: abandoned ? t('training.candidates.abandonedOn') : t('training.candidates.updatedAt'),
          nowrap: true,
          cell: (c) => formatDate(c.updatedAt, i18n.language),
        },
        !abandoned && {
          header: t('training.candidates.active'),
          cell: (c) => <Text size="sm">{c.active ? t('training.common.yes') : t('training.common.no')}</Text>,
        },
      ]}
    />
  );
}
