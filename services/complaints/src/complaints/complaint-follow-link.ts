import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { ComplaintsConfig } from '../config';

/**
 * The private link mailed to whoever lodged a complaint: it names the complaint and is signed, so
 * that it opens that one case and nothing else, without an account. The key is derived from the
 * platform's internal secret (one secret less to deploy) under its own label.
 */
@Injectable()
export class ComplaintFollowLink {
  private readonly key: Buffer;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ComplaintsConfig) {
    this.key = Buffer.from(
      hkdfSync('sha256', config.INTERNAL_TOKEN_SECRET, 'certhub', 'complaint-follow-link', 32),
    );
  }

  token(complaint: { _id: string; tenantId: string }): string {
    const body = Buffer.from(`${complaint.tenantId}/${complaint._id}`).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  url(complaint: { _id: string; tenantId: string }): string {
    return `${this.config.PUBLIC_PORTAL_URL}/complaints/follow/${this.token(complaint)}`;
  }

  /** The complaint a token names, or undefined when it was not signed here. */
  verify(token: string): { tenantId: string; complaintId: string } | undefined {
    const [body, signature, ...rest] = token.split('.');
    if (!body || !signature || rest.length) return undefined;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const [tenantId, complaintId] = Buffer.from(body, 'base64url').toString('utf8').split('/');
    return tenantId && complaintId ? { tenantId, complaintId } : undefined;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
