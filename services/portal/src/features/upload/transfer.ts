import { ApiError, type Problem } from '../../api/client';
import { accessToken } from '../../auth/auth';

/** What the document service answers for a stored file (the fields the portal shows). */
export interface StoredDocument {
  documentId: string;
  name: string;
  size: number;
  contentType: string;
}

export type Upload = (
  file: File,
  contextId: string,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
) => Promise<StoredDocument>;

const problemOf = (status: number, text: string): Problem => {
  try {
    return { status, ...(JSON.parse(text) as Omit<Problem, 'status'>) };
  } catch {
    return { type: 'about:blank', title: text || `HTTP ${status}`, status };
  }
};

/**
 * Sends `body` as the raw request body with the bearer token, reporting the bytes sent and
 * answering the JSON reply. XMLHttpRequest rather than fetch: only it reports upload progress. A
 * connection that breaks rejects with a NetworkError (a refusal with the ApiError of its problem).
 */
export function sendBytes<T>(
  method: 'POST' | 'PUT',
  url: string,
  body: Blob,
  onProgress: (loaded: number) => void,
  signal: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new DOMException('aborted', 'AbortError'));
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    const token = accessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as T);
      else reject(new ApiError(problemOf(xhr.status, xhr.responseText)));
    };
    xhr.onerror = () => reject(new NetworkError());
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** The connection broke (or the gateway was unreachable): worth sending again. */
export class NetworkError extends Error {
  constructor() {
    super('network');
    this.name = 'NetworkError';
  }
}

/** The file itself as the body of `POST /api/v1/documents` (the gateway streams it to the document service). */
export const uploadDocument: Upload = (file, contextId, onProgress, signal) => {
  const query = new URLSearchParams({ contextId, filename: file.name });
  return sendBytes<StoredDocument>(
    'POST',
    `/api/v1/documents?${query.toString()}`,
    file,
    (loaded) => onProgress(loaded / (file.size || 1)),
    signal,
  );
};

/** A small file sent in one go, neither followed nor cancelled: the caller only waits for its id. */
export const uploadSmall = (file: File, contextId: string): Promise<StoredDocument> =>
  uploadDocument(file, contextId, () => undefined, new AbortController().signal);

/** A protected file (bearer token) saved under the name the server gives, else `fallbackName`. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = accessToken();
  const res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new ApiError(problemOf(res.status, await res.text()));
  const disposition = res.headers.get('content-disposition') ?? '';
  const name =
    /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="([^"]+)"/i.exec(disposition)?.[1];
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ? decodeURIComponent(name) : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Whether a file's name or type is among the accepted ones (MIME types or ".ext"; none: any). */
export function accepted(file: File, accept: string[]): boolean {
  if (!accept.length) return true;
  const name = file.name.toLowerCase();
  return accept.some((rule) =>
    rule.startsWith('.') ? name.endsWith(rule.toLowerCase()) : file.type === rule,
  );
}
