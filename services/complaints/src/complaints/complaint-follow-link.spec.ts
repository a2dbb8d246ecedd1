import type { ComplaintsConfig } from '../config';
import { ComplaintFollowLink, UPLOAD_GRANT_TTL_MS } from './complaint-follow-link';

describe(ComplaintFollowLink.name, () => {
  const config = {
    INTERNAL_TOKEN_SECRET: 'a-test-secret-of-at-least-32-characters',
    PUBLIC_PORTAL_URL: 'https://portal.example',
  } as ComplaintsConfig;
  const sut = new ComplaintFollowLink(config);
  const complaint = { _id: '5b3c9d1e-0000-4000-8000-000000000001', tenantId: 'cb-demo' };

  it('opens the complaint it was signed for', () => {
    expect(sut.verify(sut.token(complaint))).toEqual({ tenantId: 'cb-demo', complaintId: complaint._id });
    expect(sut.url(complaint)).toBe(`https://portal.example/complaints/follow/${sut.token(complaint)}`);
  });

  it('opens nothing once altered, or signed with another secret', () => {
    const token = sut.token(complaint);
    const [body, signature] = token.split('.') as [string, string];
    const other = Buffer.from(`cb-demo/another-complaint`).toString('base64url');
    expect(sut.verify(`${other}.${signature}`)).toBeUndefined();
    expect(sut.verify(`${body}.${signature.slice(0, -2)}xx`)).toBeUndefined();
    expect(sut.verify(body)).toBeUndefined();
    expect(sut.verify(`${token}.extra`)).toBeUndefined();
    const elsewhere = new ComplaintFollowLink({
      ...config,
      INTERNAL_TOKEN_SECRET: 'another-secret-of-32-characters-or-more',
    });
    expect(elsewhere.verify(token)).toBeUndefined();
  });
});

describe(`${ComplaintFollowLink.name} upload authorisations`, () => {
  const sut = new ComplaintFollowLink({
    INTERNAL_TOKEN_SECRET: 'a-test-secret-of-at-least-32-characters',
    PUBLIC_PORTAL_URL: 'https://portal.example',
  } as ComplaintsConfig);
  const complaint = { _id: '5b3c9d1e-0000-4000-8000-000000000002', tenantId: 'cb-demo' };
  const now = new Date('2026-03-01T09:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  it('opens uploads to the complaint it names until it expires', () => {
    const grant = sut.uploadGrant(complaint, now);
    expect(grant.expiresAt).toBe(later(UPLOAD_GRANT_TTL_MS).toISOString());
    const named = { tenantId: 'cb-demo', complaintId: complaint._id };
    expect(sut.verifyUpload(grant.authorisation, later(UPLOAD_GRANT_TTL_MS - 1))).toEqual(named);
    expect(sut.verifyUpload(grant.authorisation, later(UPLOAD_GRANT_TTL_MS))).toBeUndefined();
  });

  it('never stands in for the follow link, nor the follow link for it', () => {
    const grant = sut.uploadGrant(complaint, now);
    expect(sut.verify(grant.authorisation)).toBeUndefined();
    expect(sut.verifyUpload(sut.token(complaint), now)).toBeUndefined();
  });

  it('opens nothing once its expiry is moved', () => {
    const [, signature] = sut.uploadGrant(complaint, now).authorisation.split('.') as [string, string];
    const moved = Buffer.from(`cb-demo/${complaint._id}/${later(10 * UPLOAD_GRANT_TTL_MS).getTime()}`);
    expect(sut.verifyUpload(`${moved.toString('base64url')}.${signature}`, now)).toBeUndefined();
  });
});
