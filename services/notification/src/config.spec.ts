import { ConfigError, loadConfig } from '@certhub/platform';
import { NotificationEnv } from './config';

const base = {
  NATS_URL: 'nats://127.0.0.1:4222',
  NATS_USER: 'notification',
  NATS_PASSWORD: 'n0t-a-real-password',
  MONGO_URL: 'mongodb://127.0.0.1:27017/',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  INTERNAL_TOKEN_SECRET: 'an-internal-token-secret-of-32-characters',
};

describe('NotificationEnv', () => {
  it('defaults to the platform brand, six attempts from 30 s, and the local portal', () => {
    const config = loadConfig('notification', NotificationEnv, base);
    expect(config).toMatchObject({
      PUBLIC_PORTAL_URL: 'http://localhost:4200',
      MAIL_MAX_ATTEMPTS: 6,
      MAIL_RETRY_BASE_MS: 30_000,
      MAIL_BRANDING: { cbs: {}, schemes: {} },
      DOCUMENT_URL: 'http://document',
      MAIL_ATTACHMENTS_MAX_BYTES: 10 * 1024 ** 2,
    });
  });

  it('reads brands per certification body from JSON and trims the portal URL', () => {
    const brand = { name: 'AFNOR', colour: '#0055a4', logoUrl: 'https://cdn.example.org/afnor.png' };
    const config = loadConfig('notification', NotificationEnv, {
      ...base,
      PUBLIC_PORTAL_URL: 'https://portal.example.org/',
      MAIL_BRANDING: JSON.stringify({ cbs: { 'cb-1': brand } }),
    });
    expect(config.MAIL_BRANDING.cbs['cb-1']).toEqual(brand);
    expect(config.PUBLIC_PORTAL_URL).toBe('https://portal.example.org');
  });

  it('names every bad variable at once', () => {
    const load = () =>
      loadConfig('notification', NotificationEnv, {
        ...base,
        MAIL_BRANDING: '{"cbs":{"cb-1":{"name":"X","colour":"blue","logoUrl":"https://x.org/l.png"}}}',
        MAIL_MAX_ATTEMPTS: '0',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      /MAIL_MAX_ATTEMPTS is invalid.*MAIL_BRANDING is invalid \(cbs\.cb-1\.colour: colour must be #rrggbb\)/,
    );
  });
});
