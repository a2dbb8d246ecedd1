import { z } from 'zod';
import { pageOf } from '../identity/identity.schemas';
import { sortablePageQuery } from '../pagination';
import {
  SchemeIdSchema,
  SchemeKindSchema,
  SchemeSchema,
  SchemeShape,
  SchemeSummarySchema,
  SchemeVersionSchema,
} from '../schemes/scheme.schemas';

/** A published scheme version as served: the scheme plus when and by whom it was published. */
export const SchemeResponseSchema = SchemeShape.extend({
  publishedAt: z.string().datetime(),
  publishedBy: z.string(),
});
export type SchemeResponse = z.infer<typeof SchemeResponseSchema>;

export const SchemeRpc = {
  /** Any signed-in user: schemes are platform reference data. Latest version of each scheme. */
  'dossier.schemes.list': {
    http: {
      method: 'GET',
      path: '/api/v1/schemes',
      shared: true,
      tag: 'schemes',
      summary: 'Schemes (latest version of each), filtered by kind or text',
    },
    request: sortablePageQuery(['schemeId', 'title', 'publishedAt'])
      .extend({
        kind: SchemeKindSchema.optional(),
        /** Matches the id or the title. */
        q: z.string().trim().min(1).max(64).optional(),
      })
      .strict(),
    response: pageOf(SchemeSummarySchema),
  },
  /** Latest published version when `version` is omitted. */
  'dossier.schemes.get': {
    http: {
      method: 'GET',
      path: '/api/v1/schemes/{schemeId}',
      shared: true,
      tag: 'schemes',
      summary:
        'One scheme: requirements, cycle, decisions, certificate, questionnaire (latest version unless ?version)',
    },
    request: z.object({ schemeId: SchemeIdSchema, version: SchemeVersionSchema.optional() }).strict(),
    response: SchemeResponseSchema,
  },
  /** scheme_manager / platform_admin: publishes a new, immutable version (409 if it exists). */
  'dossier.schemes.publish': {
    http: {
      method: 'POST',
      path: '/api/v1/schemes',
      status: 201,
      roles: ['scheme_manager', 'platform_admin'],
      tag: 'schemes',
      summary: 'Publish a new version of a scheme (published versions are immutable: 409 if it exists)',
    },
    request: SchemeSchema,
    response: SchemeSummarySchema,
  },
} as const;
