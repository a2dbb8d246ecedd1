import { ApiError, api, unwrap } from '../../api/client';
import { NetworkError, sendBytes, uploadDocument, type StoredDocument, type Upload } from './transfer';

/** What the document service answers about a resumable upload (the fields used here). */
export interface UploadSession {
  uploadId: string;
  size: number;
  partSize: number;
  partCount: number;
  parts: { partNumber: number; size: number; sha256: string }[];
}

/** The calls a resumable upload makes, injectable so that the resume logic is tested alone. */
export interface ResumableApi {
  create(contextId: string, fileName: string, size: number): Promise<UploadSession>;
  /** undefined when the upload no longer exists (expired, completed, cancelled). */
  get(uploadId: string): Promise<UploadSession | undefined>;
  putPart(
    uploadId: string,
    partNumber: number,
    bytes: Blob,
    onProgress: (loaded: number) => void,
    signal: AbortSignal,
  ): Promise<unknown>;
  complete(uploadId: string): Promise<StoredDocument>;
  /** Gives the upload up: the service drops its parts. */
  abort(uploadId: string): Promise<unknown>;
  sha256(bytes: Blob): Promise<string>;
}

/** Files larger than this go as parts (the service's part size, S3's minimum); smaller ones in one request. */
export const RESUMABLE_FROM = 5 * 1024 * 1024;
/** Sends of one part before the transfer fails and waits for "Resume". */
const ATTEMPTS = 3;

const notFound = (error: unknown) => error instanceof ApiError && error.problem.status === 404;
/** A broken connection or a dependency away: sending the part again may work. */
const transient = (error: unknown) =>
  error instanceof NetworkError ||
  (error instanceof ApiError && [502, 503, 504].includes(error.problem.status));

/**
 * Where the upload of this file into this context is kept across reloads: its id only (never a
 * token), in sessionStorage, so that the same file chosen again resumes.
 */
export const resumeKey = (file: File, contextId: string) =>
  `certhub.upload:${contextId}:${file.name}:${file.size}:${file.lastModified}`;

const httpApi: ResumableApi = {
  create: (contextId, fileName, size) =>
    unwrap(api.POST('/api/v1/documents/uploads', { body: { contextId, fileName, size } })),
  get: (uploadId) =>
    unwrap(api.GET('/api/v1/documents/uploads/{uploadId}', { params: { path: { uploadId } } })).catch(
      (error: unknown) => {
        if (notFound(error)) return undefined;
        throw error;
      },
    ),
  putPart: (uploadId, partNumber, bytes, onProgress, signal) =>
    sendBytes(
      'PUT',
      `/api/v1/documents/uploads/${encodeURIComponent(uploadId)}/parts/${partNumber}`,
      bytes,
      onProgress,
      signal,
    ),
  complete: (uploadId) =>
    unwrap(
      api.POST('/api/v1/documents/uploads/{uploadId}/completion', {
        params: { path: { uploadId } },
        body: {},
      }),
    ),
  abort: (uploadId) =>
    unwrap(api.DELETE('/api/v1/documents/uploads/{uploadId}', { params: { path: { uploadId } } })),
  sha256: async (bytes) => {
    const digest = await crypto.subtle.digest('SHA-256', await bytes.arrayBuffer());
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  },
};

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const cancelled = () => reject(new DOMException('aborted', 'AbortError'));
    if (signal.aborted) return cancelled();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), cancelled()), { once: true });
  });

/**
 * A large file as parts: resumes the upload this file already has in this context (the parts the
 * service holds and whose SHA-256 matches this file's are not sent again), sends each missing part
 * (again, up to ATTEMPTS times, when the connection breaks), then completes it. The progress counts
 * the parts already stored, so a resumed transfer starts where it stopped.
 */
export async function resumableUpload(
  file: File,
  contextId: string,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
  {
    calls = httpApi,
    store = sessionStorage,
    retryMs = 1000,
  }: { calls?: ResumableApi; store?: Storage; retryMs?: number } = {},
): Promise<StoredDocument> {
  const key = resumeKey(file, contextId);
  const saved = store.getItem(key);
  let session = saved ? await calls.get(saved) : undefined;
  if (!session || session.size !== file.size) {
    session = await calls.create(contextId, file.name, file.size);
    store.setItem(key, session.uploadId);
  }
  const { uploadId, partSize, partCount } = session;
  const slice = (n: number) => file.slice((n - 1) * partSize, n * partSize);
  const held = new Set<number>();
  for (const part of session.parts) {
    if (
      part.size === slice(part.partNumber).size &&
      part.sha256 === (await calls.sha256(slice(part.partNumber)))
    ) {
      held.add(part.partNumber);
    }
  }
  let sent = [...held].reduce((total, n) => total + slice(n).size, 0);
  onProgress(sent / file.size);
  try {
    for (let n = 1; n <= partCount; n++) {
      if (held.has(n)) continue;
      const bytes = slice(n);
      for (let attempt = 1; ; attempt++) {
        try {
          await calls.putPart(
            uploadId,
            n,
            bytes,
            (loaded) => onProgress((sent + loaded) / file.size),
            signal,
          );
          break;
        } catch (error) {
          if (!transient(error) || attempt >= ATTEMPTS) throw error;
          await wait(retryMs * 2 ** (attempt - 1), signal);
        }
      }
      sent += bytes.size;
      onProgress(sent / file.size);
    }
    const document = await calls.complete(uploadId);
    store.removeItem(key);
    return document;
  } catch (error) {
    // Refused or gone: nothing to resume; a broken connection keeps the id for "Resume" or a reload.
    if (error instanceof ApiError && !transient(error)) store.removeItem(key);
    // Cancelled: the parts already sent are dropped now rather than at the upload's expiry.
    if (signal.aborted) {
      store.removeItem(key);
      void calls.abort(uploadId).catch(() => undefined);
    }
    throw error;
  }
}

/** What the upload zone sends with: a large file resumably, a small one in one request. */
export const uploadFile: Upload = (file, contextId, onProgress, signal) =>
  file.size > RESUMABLE_FROM
    ? resumableUpload(file, contextId, onProgress, signal)
    : uploadDocument(file, contextId, onProgress, signal);
