import { DomainError } from '@certhub/platform';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workbook } from '../../test/support/fixtures';
import { buildZip, minimalDocx, minimalOdt, nestedZipBomb } from '../../test/support/zip-builder';
import { inspectZip, unsafeEntryName, type ZipLimits } from './zip-inspection';

const dir = mkdtempSync(join(tmpdir(), 'zip-spec-'));
let n = 0;
const file = (bytes: Buffer) => {
  const path = join(dir, `z${n++}.zip`);
  writeFileSync(path, bytes);
  return path;
};
const limits: ZipLimits = { maxEntries: 20, maxUncompressedBytes: 8 * 1024 * 1024, maxRatio: 200 };
const refusal = async (bytes: Buffer, custom: ZipLimits = limits) => {
  const error = await inspectZip(file(bytes), custom).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('validation_failed');
  return (error as DomainError).message;
};

describe(inspectZip.name, () => {
  it('tells a plain zip, docx, xlsx and odt apart and counts real sizes', async () => {
    const plain = buildZip([
      { name: 'a/b.txt', data: 'x'.repeat(5000) },
      { name: 'a/', data: '' },
    ]);
    expect(await inspectZip(file(plain), limits)).toEqual({
      kind: 'zip',
      entries: 2,
      uncompressedBytes: 5000,
    });
    expect((await inspectZip(file(minimalDocx()), limits)).kind).toBe('docx');
    expect((await inspectZip(file(await workbook({ S: ['a'] })), limits)).kind).toBe('xlsx');
    expect((await inspectZip(file(minimalOdt()), limits)).kind).toBe('odt');
  });

  it.each([['../evil.sh'], ['a/../../evil.sh'], ['/etc/passwd'], ['C:/x.txt'], ['a\\..\\b']])(
    'refuses the traversal name %s',
    async (name) => {
      expect(await refusal(buildZip([{ name, data: 'x' }]))).toMatch(/archive entry .* refused/);
    },
  );

  it('opens nested archives: counts their entries and bytes, refuses a nested bomb and too deep a nesting', async () => {
    const inner = buildZip([{ name: 'b.txt', data: 'y'.repeat(3000) }]);
    expect(await inspectZip(file(buildZip([{ name: 'inner.zip', data: inner }])), limits)).toEqual({
      kind: 'zip',
      entries: 2,
      uncompressedBytes: inner.length + 3000,
    });
    const bomb = nestedZipBomb();
    expect(bomb.length).toBeLessThan(2048);
    const generous = { ...limits, maxUncompressedBytes: 1024 * 1024 * 1024 };
    expect(await refusal(bomb, generous)).toMatch(/zip bomb/);
    // Per entry, the inner zeros are beyond the ratio; with no per-entry bound the total still is.
    expect(await refusal(bomb, { ...generous, maxRatio: 5000 })).toMatch(
      /more than 5000 times its size \(nested archives included\)/,
    );
    const deep = buildZip([{ name: 'l2.zip', data: buildZip([{ name: 'l3.zip', data: inner }]) }]);
    expect(await refusal(deep, { ...limits, maxDepth: 2 })).toMatch(/nests archives deeper than 2 levels/);
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 21 }, (_, i) => ({ name: `f${i}`, data: 'x' }));
    expect(await refusal(buildZip(entries))).toMatch(/21 entries, more than the 20/);
  });

  it('refuses a bomb by its declared size', async () => {
    const zeros = Buffer.alloc(9 * 1024 * 1024);
    expect(await refusal(buildZip([{ name: 'zeros', data: zeros }]), { ...limits, maxRatio: 1e9 })).toMatch(
      /declares more than .* zip bomb/,
    );
  });

  it('refuses a bomb by its compression ratio', async () => {
    const zeros = Buffer.alloc(2 * 1024 * 1024);
    expect(await refusal(buildZip([{ name: 'zeros', data: zeros }]))).toMatch(
      /beyond 200:1: refused as a zip bomb/,
    );
  });

  it('refuses an entry that inflates to more than it declares', async () => {
    const liar = buildZip([{ name: 'small.txt', data: Buffer.alloc(300_000, 65), declaredSize: 100 }]);
    expect(await refusal(liar)).toMatch(/damaged|bytes/);
  });

  it('refuses what is not a zip at all', async () => {
    expect(await refusal(Buffer.from('PK\u0003\u0004 not really'))).toMatch(/cannot be read/);
  });
});

describe(unsafeEntryName.name, () => {
  it('accepts ordinary relative names', () => {
    expect(unsafeEntryName('dossier/Relevé..final.pdf')).toBeUndefined();
  });
});
