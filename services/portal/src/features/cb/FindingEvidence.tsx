import { Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../app/feedback';
import { UploadZone } from '../upload/UploadZone';
import { Hint } from '../../app/Hint';

/** The finding evidence context's rules (the dossier service registers the same). */
const EVIDENCE_RULES = {
  accept: ['.pdf', '.png', '.jpg', '.jpeg', '.docx', '.doc', '.xlsx', '.xls', '.odt', '.ods', '.zip'],
  maxBytes: 8 * 1024 * 1024,
  maxCount: 8,
};

/**
 * The files an auditor attaches to a finding he recorded (its `finding:<id>:evidence` context):
 * added by the auditors booked on the audit while the finding is open, read by the CB's staff.
 */
export function FindingEvidence({
  finding,
  canAttach,
}: {
  finding: { id: string; number: string; open: boolean };
  canAttach: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const contextId = `finding:${finding.id}:evidence`;
  const queryKey = ['documents', 'context', contextId];
  const documents = useQuery({
    queryKey,
    queryFn: () => unwrap(api.GET('/api/v1/documents', { params: { query: { contextId, pageSize: 100 } } })),
  });
  if (documents.isPending) return <Loading lines={1} />;
  if (documents.isError) return <LoadError error={documents.error} retry={() => void documents.refetch()} />;
  const ids = documents.data.items.map((d) => d.documentId);
  const label = t('cb.audits.evidence', { number: finding.number });
  const writable = canAttach && finding.open;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {!writable && !ids.length ? (
        <Hint>{t('cb.audits.noEvidence')}</Hint>
      ) : (
        <UploadZone
          label={label}
          contextId={contextId}
          value={ids}
          onChange={(next) =>
            // A file taken off the list is deleted (a writer's soft delete); one added is already stored.
            void Promise.all(
              ids
                .filter((id) => !next.includes(id))
                .map((documentId) =>
                  unwrap(api.DELETE('/api/v1/documents/{documentId}', { params: { path: { documentId } } })),
                ),
            ).finally(() => void queryClient.invalidateQueries({ queryKey }))
          }
          rules={EVIDENCE_RULES}
          readOnly={!writable}
        />
      )}
    </Stack>
  );
}
