import { readFileSync, statSync } from 'node:fs';

// mtime alone could miss a rewrite within the file system's time resolution.
const stampOf = (path: string): string => {
  const stat = statSync(path);
  return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
};

/**
 * A file's content, read now and again whenever it changes: `npm run build:portal` rewrites
 * index.html beside a running gateway and deletes the hashed assets the old page names, so a copy
 * kept from the start would serve a page whose scripts are gone. One `stat` per call (the page is
 * asked for once per load, its assets are not). While the file is missing or unreadable, as when
 * a build empties the directory, the last content read; undefined until it was first read (a
 * gateway started before the portal's first build serves it once it is built).
 */
export function currentFile(path: string): () => Buffer | undefined {
  let stamp: string | undefined;
  let content: Buffer | undefined;
  return () => {
    try {
      const now = stampOf(path);
      if (now !== stamp) {
        content = readFileSync(path);
        stamp = now;
      }
    } catch {
      // Not there (yet, or for a moment): the next call looks again.
    }
    return content;
  };
}
