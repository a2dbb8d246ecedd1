import { createHmac } from 'node:crypto';
import { signatures } from './webhook-signature';

describe(signatures.name, () => {
  const body = '{"id":"e1","type":"certhub.dossier.created.v1"}';

  it('is the hex HMAC-SHA256 of "<timestamp>.<body>", as the README tells receivers to compute it', () => {
    const expected = createHmac('sha256', 'whsec_a').update(`1700000000.${body}`).digest('hex');
    expect(signatures(['whsec_a'], 1_700_000_000, body)).toBe(`v1=${expected}`);
  });

  it('signs with every valid secret during a rotation, and changes with the timestamp and the body', () => {
    const both = signatures(['whsec_new', 'whsec_old'], 1_700_000_000, body).split(' ');
    expect(both).toEqual([
      signatures(['whsec_new'], 1_700_000_000, body),
      signatures(['whsec_old'], 1_700_000_000, body),
    ]);
    expect(signatures(['whsec_new'], 1_700_000_001, body)).not.toBe(both[0]);
    expect(signatures(['whsec_new'], 1_700_000_000, `${body} `)).not.toBe(both[0]);
  });
});
