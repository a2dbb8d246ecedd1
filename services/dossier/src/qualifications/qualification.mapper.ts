import type { QualificationResponse } from '@certhub/contracts';
import type { QualificationDoc } from './qualification.schema';

export function toQualificationResponse(q: QualificationDoc): QualificationResponse {
  return {
    id: q._id,
    cbId: q.cbId,
    auditorId: q.auditorId,
    schemeId: q.schemeId,
    validFrom: q.validFrom,
    ...(q.validTo ? { validTo: q.validTo } : {}),
    createdAt: q.createdAt.toISOString(),
    createdBy: q.createdBy,
    version: q.version,
  };
}
