import { ConfigError, loadConfig } from '@certhub/platform';
import { DocumentEnv } from './config';

const env = {
  NATS_URL: 'nats://nats:4222',
  NATS_USER: 'document',
  NATS_PASSWORD: 'a-nats-password',
  INTERNAL_TOKEN_SECRET: 'an-internal-token-secret-of-32-characters',
  MONGO_URL: 'mongodb://mongo:27017',
  S3_ENDPOINT: 'http://minio:9000',
  S3_ACCESS_KEY: 'k',
  S3_SECRET_KEY: 's',
};
const problems = (extra: Record<string, string>) => {
  try {
    loadConfig('document', DocumentEnv, { ...env, ...extra });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
};

describe('document configuration: no upload goes unscanned by accident', () => {
  it('requires a scanner in every environment unless told MALWARE_SCAN=off', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual(['CLAMD_URL is missing']);
    expect(problems({ NODE_ENV: 'development' })).toEqual(['CLAMD_URL is missing']);
    expect(problems({ NODE_ENV: 'production', CLAMD_URL: 'tcp://clamav:3310' })).toEqual([]);
    expect(problems({ NODE_ENV: 'development', MALWARE_SCAN: 'off' })).toEqual([]);
  });

  it('refuses MALWARE_SCAN=off in production, even with a scanner configured', () => {
    expect(problems({ NODE_ENV: 'production', MALWARE_SCAN: 'off', CLAMD_URL: 'tcp://clamav:3310' })).toEqual(
      [
        'MALWARE_SCAN is invalid (uploads cannot go unscanned in production: set CLAMD_URL and remove MALWARE_SCAN=off)',
      ],
    );
  });
});
