import { ESTABLISHMENT_ACTIONS, type EstablishmentAction } from '@certhub/contracts';
import { Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useNames } from '../../app/names';
import { formatDate, formatDateTime } from '../../lib/format';
import { PagedList } from '../candidacy/PagedList';
import { DataTable } from '../../app/DataTable';
import '../../i18n/network-admin';
import { usePageQuery } from '../../app/page-query';

const PAGE_SIZE = 10;
type Kind = (typeof ESTABLISHMENT_ACTIONS)[number];

/** What a line says beyond its action: the fields edited, the period or reason, the role given. */
function Details({ line }: { line: EstablishmentAction }) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const parts: string[] = [];
  if (line.fields?.length)
    parts.push(
      t('networkAdmin.history.fieldsChanged', {
        fields: line.fields.map((f) => t(`networkAdmin.history.fields.${f}`, { defaultValue: f })).join(', '),
      }),
    );
  if (line.certifierId)
    parts.push(t('networkAdmin.history.certifier', { certifier: names.cb(line.certifierId) }));
  if (line.startsOn && line.endsOn)
    parts.push(
      t('networkAdmin.history.period', {
        startsOn: formatDate(line.startsOn, i18n.language),
        endsOn: formatDate(line.endsOn, i18n.language),
      }),
    );
  if (line.reason) parts.push(t('networkAdmin.history.reason', { reason: line.reason }));
  if (line.role)
    parts.push(
      t('networkAdmin.history.role', { role: t(`training.roles.${line.role}`, { defaultValue: line.role }) }),
    );
  return <>{parts.join(' · ') || '—'}</>;
}

/**
 * The establishment's history ("actions effectuées sur cet établissement"): its edits, activation,
 * habilitation requests, renewals and decisions, users added, newest first, by kind of action.
 */
export function EstablishmentHistory({ establishmentId }: { establishmentId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [action, setAction] = useState<Kind | undefined>();
  const history = usePageQuery(
    ['establishment-history', establishmentId, { page, action }],
    () =>
      api.GET('/api/v1/establishments/{establishmentId}/history', {
        params: {
          path: { establishmentId },
          query: { page, pageSize: PAGE_SIZE, sort: '-at', ...(action ? { action } : {}) },
        },
      }),
    // Built from events, a line lands a moment after its action: read afresh each time the tab opens.
    { staleTime: 0 },
  );
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('networkAdmin.history.title')}
      </Title>
      <Select
        label={t('networkAdmin.history.filter')}
        w={360}
        data={[
          { value: '', label: t('networkAdmin.history.all') },
          ...ESTABLISHMENT_ACTIONS.map((a) => ({ value: a, label: t(`networkAdmin.history.actions.${a}`) })),
        ]}
        value={action ?? ''}
        allowDeselect={false}
        onChange={(value) => {
          setAction(value ? (value as Kind) : undefined);
          setPage(1);
        }}
      />
      <PagedList
        query={history}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={t('networkAdmin.history.empty')}
      >
        {(items) => (
          <DataTable
            items={items}
            rowKey="id"
            minWidth={640}
            verticalSpacing={7}
            columns={[
              {
                header: t('networkAdmin.history.at'),
                cell: (line) => formatDateTime(line.at, i18n.language),
              },
              {
                header: t('networkAdmin.history.action'),
                cell: (line) => t(`networkAdmin.history.actions.${line.action}`),
              },
              { header: t('networkAdmin.history.by'), cell: (line) => line.by },
              { header: t('networkAdmin.history.details'), cell: (line) => <Details line={line} /> },
            ]}
          />
        )}
      </PagedList>
    </Stack>
  );
}
