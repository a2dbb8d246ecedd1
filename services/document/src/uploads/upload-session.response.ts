import type { UploadSession } from '@certhub/contracts';
import type { UploadSessionRecord } from './upload-session.schema';

export const partCount = (session: Pick<UploadSessionRecord, 'size' | 'partSize'>) =>
  Math.ceil(session.size / session.partSize);

/** Every part is `partSize` bytes but the last, which holds the rest. */
export function expectedPartSize(
  session: Pick<UploadSessionRecord, 'size' | 'partSize'>,
  partNumber: number,
) {
  return partNumber < partCount(session)
    ? session.partSize
    : session.size - (partCount(session) - 1) * session.partSize;
}

/** The stored parts by number, the latest upload of a number winning. */
export function storedParts(session: Pick<UploadSessionRecord, 'parts'>) {
  const byNumber = new Map(session.parts.map((part) => [part.partNumber, part]));
  return [...byNumber.values()].sort((a, b) => a.partNumber - b.partNumber);
}

export function toUploadSessionResponse(session: UploadSessionRecord): UploadSession {
  return {
    uploadId: session._id,
    contextId: session.contextId,
    fileName: session.fileName,
    size: session.size,
    partSize: session.partSize,
    partCount: partCount(session),
    parts: storedParts(session).map(({ partNumber, size, sha256 }) => ({ partNumber, size, sha256 })),
    expiresAt: new Date(session.expiresAt).toISOString(),
  };
}
