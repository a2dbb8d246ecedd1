import type { z } from 'zod';
import { AnalyticsRpc } from './analytics.rpc';
import { AuditRpc } from './audit.rpc';
import { CertificateRpc } from './certificate.rpc';
import { DocumentRpc } from './document.rpc';
import { FindingRpc } from './finding.rpc';
import { DossierRpc } from './dossier.rpc';
import { IdentityRpc } from './identity.rpc';
import { PartnerRpc } from './partner.rpc';
import { QuestionnaireRpc } from './questionnaire.rpc';
import { SchemeRpc } from './scheme.rpc';
import { NotificationRpc } from './notification.rpc';

/**
 * Request/reply subjects (`<service>.<verb>`) with their request and response schemas, one file per
 * service. The gateway and services type their calls through this map; services validate requests
 * against it at their edge.
 */
export const RpcCatalog = {
  ...AnalyticsRpc,
  ...IdentityRpc,
  ...CertificateRpc,
  ...DocumentRpc,
  ...DossierRpc,
  ...NotificationRpc,
  ...PartnerRpc,
  ...AuditRpc,
  ...FindingRpc,
  ...SchemeRpc,
  ...QuestionnaireRpc,
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type RpcSubject = keyof typeof RpcCatalog;
/** What a caller sends (before parsing: defaults and coercions not applied yet). */
export type RpcRequest<K extends RpcSubject> = z.input<(typeof RpcCatalog)[K]['request']>;
/** What a handler receives: the request as parsed by the receiving edge. */
export type RpcPayload<K extends RpcSubject> = z.output<(typeof RpcCatalog)[K]['request']>;
export type RpcResponse<K extends RpcSubject> = z.infer<(typeof RpcCatalog)[K]['response']>;
