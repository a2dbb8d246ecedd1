import { onlyDuplicateKeys } from './mongo-errors';

describe(onlyDuplicateKeys.name, () => {
  const duplicate = { index: 0, code: 11000, errmsg: 'E11000 duplicate key error' };

  it('recognises the driver’s write errors', () => {
    expect(onlyDuplicateKeys({ code: 11000, writeErrors: [duplicate, { ...duplicate, index: 1 }] })).toBe(
      true,
    );
  });

  it('recognises mongoose 8’s copies of them, whose code is under err (an unordered insertMany replayed)', () => {
    // What mongoose 8 rethrows: `{ ...writeError, index }` drops the WriteError's `code` getter.
    const copied = [0, 2].map((index) => ({ err: { ...duplicate, index }, index }));
    expect(onlyDuplicateKeys({ writeErrors: copied })).toBe(true);
  });

  it('recognises a single duplicate key error', () => {
    expect(onlyDuplicateKeys({ code: 11000 })).toBe(true);
  });

  it('refuses as soon as one write failed for another reason', () => {
    const other = { err: { code: 121, errmsg: 'Document failed validation' }, index: 1 };
    expect(onlyDuplicateKeys({ writeErrors: [{ err: duplicate, index: 0 }, other] })).toBe(false);
    expect(onlyDuplicateKeys(new Error('connection closed'))).toBe(false);
    expect(onlyDuplicateKeys({ writeErrors: [] })).toBe(false);
  });
});
