import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { QueryView } from '../../app/feedback';
import { UploadZone } from '../upload/UploadZone';
import { COMPLAINT_UPLOAD_RULES } from './ComplainantFiles';
import '../../i18n/journey';
import '../../i18n/complaints';
import { Hint } from '../../app/Hint';

/**
 * A case's evidence, in its upload context of the document service: listed, downloaded, added to
 * and deleted while the case is open (the context's writers are the staff handling it; closed, it is read-only).
 */
export function Evidence({
  contextId,
  readOnly,
  label,
}: {
  contextId: string;
  readOnly: boolean;
  label?: string;
}) {
  const { t } = useTranslation();
  const documents = useQuery({
    queryKey: ['documents', 'context', contextId],
    queryFn: () => unwrap(api.GET('/api/v1/documents', { params: { query: { contextId, pageSize: 100 } } })),
  });
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    if (documents.data) setIds(documents.data.items.map((d) => d.documentId));
  }, [documents.data]);
  return (
    <QueryView query={documents}>
      {(page) =>
        readOnly && page.items.length === 0 ? (
          <Hint>{t('complaints.files.none')}</Hint>
        ) : (
          <UploadZone
            label={label ?? t('complaints.detail.evidence')}
            contextId={contextId}
            value={ids}
            onChange={(next) => {
              // A file taken off the list is deleted (kept for the context's retention, then purged).
              for (const documentId of ids.filter((id) => !next.includes(id)))
                void unwrap(
                  api.DELETE('/api/v1/documents/{documentId}', { params: { path: { documentId } } }),
                )
                  .then(() => documents.refetch())
                  .catch(() => documents.refetch());
              setIds(next);
            }}
            rules={COMPLAINT_UPLOAD_RULES}
            readOnly={readOnly}
          />
        )
      }
    </QueryView>
  );
}
