import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ComplaintUploadGrant } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { ComplaintsConfig } from '../config';

type Named = { _id: string; tenantId: string };

/** Long enough to pick files and send them on a slow line; a reload of the follow page gives another. */
export const UPLOAD_GRANT_TTL_MS = 2 * 60 * 60 * 1000;

/**
 * The private link mailed to whoever lodged a complaint: it names the complaint and is signed, so
 * that it opens that one case and nothing else, without an account. Its holder also gets short-lived
 * upload authorisations for that complaint, signed under another key so that neither token stands in
 * for the other. Both keys derive from the platform's internal secret (one secret less to deploy).
 */
@Injectable()
export class ComplaintFollowLink {
  private readonly followKey: Buffer;
  private readonly uploadKey: Buffer;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ComplaintsConfig) {
    const derive = (label: string) =>
      Buffer.from(hkdfSync('sha256', config.INTERNAL_TOKEN_SECRET, 'certhub', label, 32));
    this.followKey = derive('complaint-follow-link');
    this.uploadKey = derive('complaint-upload');
  }

  token(complaint: Named): string {
    return signed(this.followKey, [complaint.tenantId, complaint._id]);
  }

  url(complaint: Named): string {
    return `${this.config.PUBLIC_PORTAL_URL}/complaints/follow/${this.token(complaint)}`;
  }

  /** The complaint a token names, or undefined when it was not signed here. */
  verify(token: string): { tenantId: string; complaintId: string } | undefined {
    const [tenantId, complaintId, ...rest] = opened(this.followKey, token) ?? [];
    return tenantId && complaintId && !rest.length ? { tenantId, complaintId } : undefined;
  }

  /** An authorisation to add files to this complaint until `now` + UPLOAD_GRANT_TTL_MS. */
  uploadGrant(complaint: Named, now = new Date()): ComplaintUploadGrant {
    const expiresAt = new Date(now.getTime() + UPLOAD_GRANT_TTL_MS);
    return {
      authorisation: signed(this.uploadKey, [complaint.tenantId, complaint._id, String(expiresAt.getTime())]),
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** The complaint an upload authorisation names, or undefined when forged, altered or expired. */
  verifyUpload(
    authorisation: string,
    now = new Date(),
  ): { tenantId: string; complaintId: string } | undefined {
    const [tenantId, complaintId, expires, ...rest] = opened(this.uploadKey, authorisation) ?? [];
    if (!tenantId || !complaintId || rest.length || !(Number(expires) > now.getTime())) return undefined;
    return { tenantId, complaintId };
  }
}

const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest('base64url');

function signed(key: Buffer, parts: string[]): string {
  const body = Buffer.from(parts.join('/')).toString('base64url');
  return `${body}.${sign(key, body)}`;
}

/** The parts a token signed with `key` carries, or undefined when its signature does not hold. */
function opened(key: Buffer, token: string): string[] | undefined {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length) return undefined;
  const expected = Buffer.from(sign(key, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return Buffer.from(body, 'base64url').toString('utf8').split('/');
}
