import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { QueryView } from '../../app/feedback';
import { UploadZone, type UploadRules } from '../upload/UploadZone';
import '../../i18n/journey';

/** As the complaints service registers the context (complaint-evidence.ts). */
const RULES: UploadRules = {
  accept: ['.pdf', '.png', '.jpg', '.jpeg', '.docx', '.doc', '.odt', '.xlsx', '.xls', '.ods', '.zip'],
  maxBytes: 10 * 1024 ** 2,
  maxCount: 30,
};

/**
 * A case's evidence, in its upload context of the document service: listed, downloaded, added to
 * and deleted while the case is open (the context's writers are the staff handling it; closed, it is read-only).
 */
export function Evidence({ contextId, readOnly }: { contextId: string; readOnly: boolean }) {
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
      {() => (
        <UploadZone
          label={t('complaints.detail.evidence')}
          contextId={contextId}
          value={ids}
          onChange={(next) => {
            // A file taken off the list is deleted (kept for the context's retention, then purged).
            for (const documentId of ids.filter((id) => !next.includes(id)))
              void unwrap(api.DELETE('/api/v1/documents/{documentId}', { params: { path: { documentId } } }))
                .then(() => documents.refetch())
                .catch(() => documents.refetch());
            setIds(next);
          }}
          rules={RULES}
          readOnly={readOnly}
        />
      )}
    </QueryView>
  );
}
