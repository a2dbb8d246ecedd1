import { isPublicAddress, privateTargetReason } from './webhook-target';

describe('webhook targets', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '2606:4700:4700::1111', '::ffff:93.184.216.34'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('names the blocked address of a URL, literal or resolved', async () => {
    await expect(privateTargetReason('http://169.254.169.254/latest/meta-data')).resolves.toMatch(
      /169\.254\.169\.254/,
    );
    await expect(privateTargetReason('http://[::1]:8080/hook')).resolves.toMatch(/::1/);
    await expect(privateTargetReason('http://localhost:8080/hook')).resolves.toMatch(/non-public/);
    await expect(privateTargetReason('https://93.184.216.34/hook')).resolves.toBeUndefined();
  });
});
