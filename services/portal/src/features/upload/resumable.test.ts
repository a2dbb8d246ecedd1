import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { resumableUpload, resumeKey, type ResumableApi, type UploadSession } from './resumable';
import { NetworkError } from './transfer';

const PART = 4;

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const hash = async (blob: Blob) =>
  createHash('sha256')
    .update(await bytesOf(blob))
    .digest('hex');

/** sessionStorage as the browser keeps it across a reload. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

/**
 * The document service's side as the resume logic sees it: sessions and their stored parts. Parts
 * listed in `breaks` fail with a broken connection that many times before going through.
 */
function service({ breaks = {} as Record<number, number>, refuse = false } = {}) {
  const sessions = new Map<string, UploadSession>();
  const sent: number[] = [];
  let created = 0;
  const calls: ResumableApi = {
    create: async (_contextId, _name, size) => {
      const session = {
        uploadId: `u-${++created}`,
        size,
        partSize: PART,
        partCount: Math.ceil(size / PART),
        parts: [],
      };
      sessions.set(session.uploadId, session);
      return structuredClone(session);
    },
    get: async (uploadId) => structuredClone(sessions.get(uploadId)),
    putPart: async (uploadId, partNumber, bytes, onProgress) => {
      sent.push(partNumber);
      if ((breaks[partNumber] ?? 0) > 0) {
        breaks[partNumber] = (breaks[partNumber] ?? 0) - 1;
        onProgress(bytes.size / 2);
        throw new NetworkError();
      }
      onProgress(bytes.size);
      const session = sessions.get(uploadId) as UploadSession;
      const part = { partNumber, size: bytes.size, sha256: await hash(bytes) };
      session.parts = [...session.parts.filter((p) => p.partNumber !== partNumber), part];
      return part;
    },
    complete: async (uploadId) => {
      sessions.delete(uploadId);
      if (refuse) {
        throw new ApiError({ type: 'about:blank', title: 'refused', status: 422, detail: 'malware' });
      }
      return { documentId: 'doc-1', name: 'big.pdf', size: 10, contentType: 'application/pdf' };
    },
    abort: async (uploadId) => sessions.delete(uploadId),
    sha256: hash,
  };
  return { calls, sessions, sent };
}

const file = (text: string, lastModified = 1) => new File([text], 'big.pdf', { lastModified });
const ctx = 'dossier:d1:question:q1';

async function run(f: File, calls: ResumableApi, store: Storage, signal = new AbortController().signal) {
  const progress: number[] = [];
  const result = resumableUpload(f, ctx, (p) => progress.push(p), signal, {
    calls,
    store,
    retryMs: 1,
  });
  return { result, progress };
}

describe(resumableUpload.name, () => {
  it('sends a part again when the connection breaks once, without failing the transfer', async () => {
    const { calls, sent } = service({ breaks: { 2: 1 } });
    const { result } = await run(file('0123456789'), calls, new MemoryStorage());
    await expect(result).resolves.toMatchObject({ documentId: 'doc-1' });
    expect(sent).toEqual([1, 2, 2, 3]);
  });

  it('keeps the upload after a lasting break and resumes from the stored parts, its progress starting there', async () => {
    const { calls, sent } = service({ breaks: { 3: 3 } });
    const store = new MemoryStorage();
    const f = file('0123456789');
    const first = await run(f, calls, store);
    await expect(first.result).rejects.toBeInstanceOf(NetworkError);
    expect(store.getItem(resumeKey(f, ctx))).toBe('u-1');

    // "Resume", or the same file chosen again after a reload: only part 3 goes.
    sent.length = 0;
    const again = await run(file('0123456789'), calls, store);
    await expect(again.result).resolves.toMatchObject({ documentId: 'doc-1' });
    expect(sent).toEqual([3]);
    expect(again.progress[0]).toBeCloseTo(0.8);
    expect(again.progress.at(-1)).toBe(1);
    expect(store.getItem(resumeKey(f, ctx))).toBeNull();
  });

  it('sends again a stored part that is not this file’s (same name, size and date, other bytes)', async () => {
    const { calls, sent } = service({ breaks: { 3: 3 } });
    const store = new MemoryStorage();
    await expect((await run(file('0123456789'), calls, store)).result).rejects.toThrow();
    sent.length = 0;
    await expect((await run(file('XXXX456789'), calls, store)).result).resolves.toBeDefined();
    expect(sent).toEqual([1, 3]);
  });

  it('starts a new upload when the stored one expired', async () => {
    const { calls, sessions, sent } = service({ breaks: { 2: 3 } });
    const store = new MemoryStorage();
    await expect((await run(file('0123456789'), calls, store)).result).rejects.toThrow();
    sessions.clear();
    sent.length = 0;
    await expect((await run(file('0123456789'), calls, store)).result).resolves.toBeDefined();
    expect(sent).toEqual([1, 2, 3]);
  });

  it('forgets an upload refused at completion: there is nothing left to resume', async () => {
    const { calls } = service({ refuse: true });
    const store = new MemoryStorage();
    const f = file('0123456789');
    await expect((await run(f, calls, store)).result).rejects.toBeInstanceOf(ApiError);
    expect(store.getItem(resumeKey(f, ctx))).toBeNull();
  });

  it('gives the upload up when cancelled: its parts are dropped, nothing is left to resume', async () => {
    const { calls, sessions } = service({ breaks: { 2: 3 } });
    const store = new MemoryStorage();
    const cancel = new AbortController();
    const f = file('0123456789');
    const putPart = calls.putPart;
    calls.putPart = async (...args) => {
      if (args[1] === 2) cancel.abort();
      return putPart(...args);
    };
    await expect((await run(f, calls, store, cancel.signal)).result).rejects.toThrow();
    expect(sessions.size).toBe(0);
    expect(store.getItem(resumeKey(f, ctx))).toBeNull();
  });
});
