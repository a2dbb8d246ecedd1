import { CANDIDATE_DOCUMENT_KINDS, type Candidate, type CandidateDocumentKind } from '@certhub/contracts';
import { Badge, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormError } from '../../app/feedback';
import { downloadFile } from '../upload/transfer';
import { formatDateTime } from '../../lib/format';
import { useTrainingRole } from './common';
import { DataTable } from '../../app/DataTable';
import { PagedList } from './PagedList';
import { candidateKey } from './records';
import { usePageQuery } from '../../app/page-query';
import { ChoiceField } from '../../app/form-fields';

const PAGE_SIZE = 20;

/** 1.2 Mo / 1.2 MB, 850 ko / 850 kB: the unit the reader's language writes. */
export function formatSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1024 ** 2 ? [bytes / 1024 ** 2, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

function Download({ documentId, name }: { documentId: string; name: string }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => downloadFile(`/api/v1/documents/${encodeURIComponent(documentId)}/content`, name),
  });
  return (
    <Stack gap={2}>
      <Button
        size="compact-sm"
        variant="light"
        loading={download.isPending}
        onClick={() => download.mutate()}
        aria-label={t('training.documents.downloadOf', { name })}
      >
        {t('training.documents.download')}
      </Button>
      <FormError error={download.error} message={(message) => t('training.common.failed', { message })} />
    </Stack>
  );
}

/**
 * Every file attached to the candidate, newest first: what it belongs to (an evaluation, a
 * training, a complement's answer, or nothing yet), its size and date, which side uploaded it.
 */
export function DocumentsTab({ candidate }: { candidate: Candidate }) {
  const { t, i18n } = useTranslation();
  const me = useTrainingRole().principal?.userId;
  const [kind, setKind] = useState<CandidateDocumentKind | undefined>();
  const [page, setPage] = useState(1);
  const documents = usePageQuery([...candidateKey(candidate.id), 'documents', kind ?? 'all', page], () =>
    api.GET('/api/v1/candidates/{candidateId}/documents', {
      params: {
        path: { candidateId: candidate.id },
        query: { page, pageSize: PAGE_SIZE, ...(kind ? { kind } : {}) },
      },
    }),
  );
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <ChoiceField
          label={t('training.documents.kind')}
          placeholder={t('training.documents.allKinds')}
          clearable
          value={kind ?? null}
          values={CANDIDATE_DOCUMENT_KINDS}
          labelOf={(k) => t(`training.documents.kinds.${k}`)}
          onChange={(value) => {
            setKind((value as CandidateDocumentKind | null) ?? undefined);
            setPage(1);
          }}
          w={280}
        />
      </Group>
      <PagedList
        query={documents}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={t('training.documents.none')}
      >
        {(items) => (
          <DataTable
            items={items}
            rowKey="documentId"
            minWidth={720}
            caption={t('training.documents.caption')}
            columns={[
              {
                header: t('training.documents.name'),
                cell: (d) => (
                  <>
                    <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                      {d.name}
                    </Text>
                    {d.frozen && (
                      <Badge size="sm" variant="light" color="gray" c="dark.6" tt="none">
                        {t('training.documents.frozen')}
                      </Badge>
                    )}
                  </>
                ),
              },
              {
                header: t('training.documents.kind'),
                cell: (d) => (
                  <>
                    <Text size="sm">{t(`training.documents.kinds.${d.kind}`)}</Text>
                    {d.attachedTo && (
                      <Text size="xs" c="dimmed">
                        {d.attachedTo}
                      </Text>
                    )}
                  </>
                ),
              },
              {
                header: t('training.documents.size'),
                nowrap: true,
                cell: (d) => formatSize(d.size, i18n.language),
              },
              {
                header: t('training.documents.uploadedAt'),
                nowrap: true,
                cell: (d) => formatDateTime(d.uploadedAt, i18n.language),
              },
              {
                header: t('training.documents.uploadedBy'),
                cell: (d) =>
                  d.uploadedBy.userId === me
                    ? t('training.candidate.me')
                    : t(
                        `training.documents.sides.${d.uploadedBy.tenantType === 'network' ? 'establishment' : 'certifier'}`,
                      ),
              },
              {
                header: <VisuallyHidden>{t('training.documents.download')}</VisuallyHidden>,
                cell: (d) => <Download documentId={d.documentId} name={d.name} />,
              },
            ]}
          />
        )}
      </PagedList>
    </Stack>
  );
}
