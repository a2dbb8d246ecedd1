import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentFile } from './current-file';

describe('currentFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certhub-current-file-'));
  const file = join(dir, 'index.html');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers the content of the latest write, the last one read while the file is gone', () => {
    writeFileSync(file, '<script src="/assets/index-Old.js"></script>');
    const read = currentFile(file);
    expect(read()?.toString()).toBe('<script src="/assets/index-Old.js"></script>');
    // A build empties the directory, then writes the new page.
    rmSync(file);
    expect(read()?.toString()).toBe('<script src="/assets/index-Old.js"></script>');
    writeFileSync(file, '<script src="/assets/index-New1.js"></script>');
    expect(read()?.toString()).toBe('<script src="/assets/index-New1.js"></script>');
    // Rewritten in place with the same length, at once.
    writeFileSync(file, '<script src="/assets/index-New2.js"></script>');
    expect(read()?.toString()).toBe('<script src="/assets/index-New2.js"></script>');
  });

  it('answers nothing until the file first exists, then its content', () => {
    const later = join(dir, 'later.html');
    const read = currentFile(later);
    expect(read()).toBeUndefined();
    writeFileSync(later, '<title>certhub</title>');
    expect(read()?.toString()).toBe('<title>certhub</title>');
  });
});
