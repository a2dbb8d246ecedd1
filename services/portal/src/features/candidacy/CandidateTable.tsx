import type { Candidate } from '@certhub/contracts';
import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/links';
import { formatDate } from '../../lib/format';
import { CandidacyBadge } from './common';
import { ListTable } from './ListTable';

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
    <ListTable
      minWidth={800}
      highlightOnHover
      aria-busy={busy}
      columns={[
        t('training.candidates.reference'),
        t('training.candidates.candidate'),
        t('training.candidates.establishment'),
        abandoned ? t('training.candidates.reason') : t('training.candidates.status'),
        abandoned ? t('training.candidates.abandonedOn') : t('training.candidates.updatedAt'),
        !abandoned && t('training.candidates.active'),
      ]}
    >
      {rows.map((c) => (
        <Table.Tr key={c.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <AnchorLink to="/training/candidates/$candidateId" params={{ candidateId: c.id }}>
              {c.reference}
            </AnchorLink>
          </Table.Td>
          <Table.Td>{candidateName(c)}</Table.Td>
          <Table.Td>{c.establishmentName}</Table.Td>
          <Table.Td>{abandoned ? (c.abandonReason ?? '—') : <CandidacyBadge status={c.status} />}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.updatedAt, i18n.language)}</Table.Td>
          {!abandoned && (
            <Table.Td>
              <Text size="sm">{c.active ? t('training.common.yes') : t('training.common.no')}</Text>
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </ListTable>
  );
}
