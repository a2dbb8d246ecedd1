import { CredentialsEnv, DEV_KMS_KEY } from './config';

const env = {
  NATS_URL: 'nats://127.0.0.1:4222',
  NATS_USER: 'credentials',
  NATS_PASSWORD: 'n0t-a-real-password',
  MONGO_URL: 'mongodb://127.0.0.1:27017/',
};
const ownKey = Buffer.alloc(32, 3).toString('base64');
const problems = (more: Record<string, string>) =>
  CredentialsEnv.safeParse({ ...env, ...more }).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('credentials configuration', () => {
  it('runs on the development key outside production, and refuses it in production', () => {
    expect(CredentialsEnv.parse(env).CREDENTIALS_KMS_KEY).toBe(DEV_KMS_KEY);
    expect(problems({ NODE_ENV: 'production' })).toEqual(['CREDENTIALS_KMS_KEY']);
    expect(problems({ NODE_ENV: 'production', CREDENTIALS_KMS_KEY: ownKey })).toEqual([]);
  });

  it('takes a key-encryption key of 32 bytes only', () => {
    expect(problems({ CREDENTIALS_KMS_KEY: Buffer.alloc(16).toString('base64') })).toEqual([
      'CREDENTIALS_KMS_KEY',
    ]);
  });

  it('keeps status lists at the herd-privacy minimum of 131,072 entries or more', () => {
    expect(CredentialsEnv.parse(env).STATUS_LIST_SIZE).toBe(131_072);
    expect(problems({ STATUS_LIST_SIZE: '65536' })).toEqual(['STATUS_LIST_SIZE']);
    expect(CredentialsEnv.parse({ ...env, STATUS_LIST_SIZE: '262144' }).STATUS_LIST_SIZE).toBe(262_144);
  });

  it('trims the public URL that DIDs and status list URLs are built on, and wants http(s)', () => {
    expect(CredentialsEnv.parse({ ...env, PUBLIC_URL: 'https://certhub.example/' }).PUBLIC_URL).toBe(
      'https://certhub.example',
    );
    expect(problems({ PUBLIC_URL: 'ftp://certhub.example' })).toEqual(['PUBLIC_URL']);
  });
});
