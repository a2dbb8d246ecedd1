import { z } from 'zod';
import { safeText, textOf, unsafeTextPaths, withoutBidiControls } from './text';

describe('safe text', () => {
  const sut = textOf(100);

  it('accepts text in any script, emoji (surrogate pairs), tabs and line breaks', () => {
    for (const value of ['Relevé n°1', 'مرحبا', '日本語', 'ok 👍', 'a\tb\nc\r\nd'])
      expect(sut.safeParse(value).success).toBe(true);
  });

  it('refuses NUL, other C0 controls and unpaired surrogates', () => {
    for (const value of ['a\u0000b', 'a\u0007', 'x\ud800', '\udc00y', 'a\ud800b'])
      expect([value, sut.safeParse(value).success]).toEqual([value, false]);
  });

  it('keeps the schema it refines: bounds and optionality still apply', () => {
    const optional = safeText(z.string().max(3)).optional();
    expect(optional.safeParse(undefined).success).toBe(true);
    expect(optional.safeParse('abcd').success).toBe(false);
  });

  it('names every unsafe string of a request, keys included', () => {
    expect(unsafeTextPaths({ a: 'ok', b: ['x', 'y\u0000'], c: { 'k\ud800': 1, d: '\udc00' } })).toEqual([
      'b.1',
      'c.(key)',
      'c.d',
    ]);
  });

  it('removes bidi controls', () => {
    expect(withoutBidiControls('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });
});
