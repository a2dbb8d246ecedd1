import type { ComplaintsConfig } from '../config';
import { ComplaintFollowLink } from './complaint-follow-link';

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
