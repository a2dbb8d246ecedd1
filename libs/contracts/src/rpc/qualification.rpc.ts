import { z } from 'zod';
import { sortablePageQuery, pageOf } from '../pagination';
import { endNotBefore } from '../period';
import { id } from '../fields';

const day = z.string().date();

/**
 * An auditor's qualification for one scheme over a period (validTo absent: until withdrawn). Planning
 * books an auditor on a dossier only when one of his qualifications for its scheme covers every day
 * of the audit (docs/domain/organisation-certification.md#auditor-qualifications).
 */
export const QualificationSchema = z.object({
  id: z.string(),
  cbId: z.string(),
  auditorId: z.string(),
  schemeId: z.string(),
  validFrom: z.string(),
  validTo: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  version: z.number().int(),
});
export type QualificationResponse = z.infer<typeof QualificationSchema>;

const period = { validFrom: day, validTo: day.optional() };

export const QualificationRpc = {
  /** cb_admin: the auditor must be an enabled auditor of the CB, the scheme a published one. */
  'dossier.qualifications.create': {
    http: {
      method: 'POST',
      path: '/api/v1/auditor-qualifications',
      status: 201,
      roles: ['cb_admin'],
      tag: 'audits',
      summary:
        'Qualify an auditor of the CB for a scheme over a period (no overlap with another of his for it)',
    },
    request: z
      .object({ auditorId: id, schemeId: id, ...period })
      .strict()
      .refine(...endNotBefore('validFrom', 'validTo')),
    response: QualificationSchema,
  },
  /** Change the period (e.g. end it); audits already planned are not undone. */
  'dossier.qualifications.update': {
    http: {
      method: 'PUT',
      path: '/api/v1/auditor-qualifications/{qualificationId}',
      roles: ['cb_admin'],
      tag: 'audits',
      summary: 'Change the period of an auditor’s qualification',
    },
    request: z
      .object({ qualificationId: id, version: z.coerce.number().int().min(0), ...period })
      .strict()
      .refine(...endNotBefore('validFrom', 'validTo')),
    response: QualificationSchema,
  },
  'dossier.qualifications.delete': {
    http: {
      method: 'DELETE',
      path: '/api/v1/auditor-qualifications/{qualificationId}',
      roles: ['cb_admin'],
      tag: 'audits',
      summary: 'Remove an auditor’s qualification entered by mistake (end it instead to keep the record)',
    },
    request: z.object({ qualificationId: id }).strict(),
    response: QualificationSchema,
  },
  /** The CB's register; an auditor reads only his own. */
  'dossier.qualifications.search': {
    http: {
      method: 'GET',
      path: '/api/v1/auditor-qualifications',
      roles: ['cb_admin', 'analyst', 'auditor'],
      tag: 'audits',
      summary: 'The register of auditor qualifications: by auditor, scheme, or valid on a day',
    },
    request: sortablePageQuery(['validFrom', 'validTo', 'schemeId', 'createdAt'])
      .extend({ auditorId: id.optional(), schemeId: id.optional(), validOn: day.optional() })
      .strict(),
    response: pageOf(QualificationSchema),
  },
} as const;
