import type { z } from 'zod';
import type { HttpRoute } from './http';
import { AnalyticsRpc } from './analytics.rpc';
import { AppealRpc } from './appeal.rpc';
import { AuditRpc } from './audit.rpc';
import { CandidacyRpc } from './candidacy.rpc';
import { CandidacyStatsRpc } from './candidacy-stats.rpc';
import { CertificateRpc } from './certificate.rpc';
import { ComplaintRpc } from './complaint.rpc';
import { CredentialsRpc } from './credentials.rpc';
import { DocumentRpc } from './document.rpc';
import { FindingRpc } from './finding.rpc';
import { DossierRpc } from './dossier.rpc';
import { IdentityRpc } from './identity.rpc';
import { IndividualCertificateRpc } from './individual-certificate.rpc';
import { NetworkRpc } from './network.rpc';
import { PartnerRpc } from './partner.rpc';
import { QualificationRpc } from './qualification.rpc';
import { QuestionnaireRpc } from './questionnaire.rpc';
import { SchemeRpc } from './scheme.rpc';
import { NotificationRpc } from './notification.rpc';

/**
 * Request/reply subjects (`<service>.<verb>`) with their request and response schemas and, for those
 * the public API exposes, their HTTP route: one file per service, one entry per operation. The
 * gateway registers its routes and generates OpenAPI from it, services bind a use case to each
 * subject and validate requests against it at their edge.
 */
export const RpcCatalog = {
  ...AnalyticsRpc,
  ...IdentityRpc,
  ...NetworkRpc,
  ...CertificateRpc,
  ...IndividualCertificateRpc,
  ...DocumentRpc,
  ...DossierRpc,
  ...NotificationRpc,
  ...PartnerRpc,
  ...AuditRpc,
  ...QualificationRpc,
  ...FindingRpc,
  ...SchemeRpc,
  ...QuestionnaireRpc,
  ...ComplaintRpc,
  ...AppealRpc,
  ...CandidacyRpc,
  ...CandidacyStatsRpc,
  ...CredentialsRpc,
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType; http?: HttpRoute }>;

export type RpcSubject = keyof typeof RpcCatalog;
/** What a caller sends (before parsing: defaults and coercions not applied yet). */
export type RpcRequest<K extends RpcSubject> = z.input<(typeof RpcCatalog)[K]['request']>;
/** What a handler receives: the request as parsed by the receiving edge. */
export type RpcPayload<K extends RpcSubject> = z.output<(typeof RpcCatalog)[K]['request']>;
export type RpcResponse<K extends RpcSubject> = z.infer<(typeof RpcCatalog)[K]['response']>;

/** An operation the public API exposes. */
export type HttpOperation = HttpRoute & { subject: RpcSubject };

/** Every operation with an HTTP route, in catalogue order. */
export const HTTP_OPERATIONS: readonly HttpOperation[] = Object.entries(RpcCatalog).flatMap(
  ([subject, entry]) =>
    'http' in entry ? [{ ...(entry.http as HttpRoute), subject: subject as RpcSubject }] : [],
);

/**
 * Who may call an operation, as its service sees it: `public` needs no principal, `optional` (public,
 * but a signed-in caller is known) gets the caller or undefined first, `shared` (reference
 * data every tenant reads) needs one but the use case gets the payload alone, `principal` gets the
 * caller first. Internal operations (no HTTP route) are `principal`: they run as a user or as the
 * platform itself.
 */
export type RpcAccess<K extends RpcSubject> = (typeof RpcCatalog)[K] extends {
  http: { public: true; signedInOptional: true };
}
  ? 'optional'
  : (typeof RpcCatalog)[K] extends { http: { public: true } }
    ? 'public'
    : (typeof RpcCatalog)[K] extends { http: { shared: true } }
      ? 'shared'
      : 'principal';

export function rpcAccess(subject: RpcSubject): 'public' | 'optional' | 'shared' | 'principal' {
  const http = (RpcCatalog[subject] as { http?: HttpRoute }).http;
  if (http?.public) return http.signedInOptional ? 'optional' : 'public';
  return http?.shared ? 'shared' : 'principal';
}
