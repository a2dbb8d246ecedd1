import { describeFailure, isTemporaryFailure, retryDelayMs } from './delivery-policy';

const smtpError = (responseCode: number, code = 'EENVELOPE') =>
  Object.assign(new Error(`${responseCode} reply`), { responseCode, code });

describe(isTemporaryFailure.name, () => {
  it.each([421, 450, 451, 452])('retries an SMTP %i reply', (code) => {
    expect(isTemporaryFailure(smtpError(code))).toBe(true);
  });

  it.each([550, 551, 553, 554])('gives up on an SMTP %i reply', (code) => {
    expect(isTemporaryFailure(smtpError(code))).toBe(false);
  });

  it('retries a refused or broken connection', () => {
    expect(
      isTemporaryFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' })),
    ).toBe(true);
    expect(isTemporaryFailure(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }))).toBe(true);
  });

  it('gives up on a failure that is neither an SMTP reply nor the connection', () => {
    expect(isTemporaryFailure(Object.assign(new Error('bad message'), { code: 'EMESSAGE' }))).toBe(false);
    expect(isTemporaryFailure(undefined)).toBe(false);
  });
});

describe(retryDelayMs.name, () => {
  const noJitter = () => 0.5;

  it('doubles the delay after each attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, 1_000, 10_000, noJitter))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000,
    ]);
  });

  it('spreads retries by ±20 %', () => {
    expect(retryDelayMs(1, 1_000, 10_000, () => 0)).toBe(800);
    expect(retryDelayMs(1, 1_000, 10_000, () => 1)).toBe(1_200);
  });
});

describe(describeFailure.name, () => {
  it('keeps the code, the SMTP reply code and the message for the log', () => {
    expect(describeFailure(smtpError(451))).toBe('EENVELOPE 451 451 reply');
  });
});
