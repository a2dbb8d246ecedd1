import { Injectable } from '@nestjs/common';
import type { ObjectHandoff, Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { Readable } from 'node:stream';
import { contentDisposition, parseRange } from '../../inspection/file-name';
import { DocumentStorage } from '../../storage/document-storage';
import { DocumentAccess } from '../document-access';
import { currentVersion } from '../dto/document.response';

export type Download =
  | { status: 200 | 206; headers: Record<string, string>; stream: Readable }
  | { handoff: ObjectHandoff }
  | { status: 416; headers: Record<string, string> };

/** Long enough for the gateway to start the GET it was handed; a download under way goes on past it. */
const HANDOFF_SECONDS = 60;

/**
 * A version's bytes (the current one unless asked), whole or one byte range, for a reader: as a
 * stream, or (`handoff`, what the gateway asks for) as a presigned GET it fetches itself.
 */
@Injectable()
export class DownloadDocument {
  constructor(
    private readonly access: DocumentAccess,
    private readonly storage: DocumentStorage,
  ) {}

  async execute(
    principal: Principal | undefined,
    documentId: string,
    options: { version?: number; range?: string; handoff?: boolean },
  ): Promise<Download> {
    const { document } = await this.access.document(principal, documentId, 'read');
    const version =
      options.version === undefined
        ? currentVersion(document)
        : document.versions.find((v) => v.version === options.version);
    if (!version) throw DomainError.notFound(`version ${options.version} of document ${documentId}`);
    const headers: Record<string, string> = {
      'content-type': version.contentType,
      'content-disposition': contentDisposition(version.name),
      'x-content-type-options': 'nosniff',
      'accept-ranges': 'bytes',
      etag: `"${version.sha256}"`,
      'last-modified': new Date(version.uploadedAt).toUTCString(),
    };
    const range = parseRange(options.range, version.size);
    if (range === 'unsatisfiable') {
      return { status: 416, headers: { ...headers, 'content-range': `bytes */${version.size}` } };
    }
    const status = range ? 206 : 200;
    const fileHeaders = range
      ? {
          ...headers,
          'content-length': String(range.end - range.start + 1),
          'content-range': `bytes ${range.start}-${range.end}/${version.size}`,
        }
      : { ...headers, 'content-length': String(version.size) };
    if (!options.handoff) {
      return { status, headers: fileHeaders, stream: await this.storage.get(version.key, range) };
    }
    const url = await this.storage.presignedGet(version.key, HANDOFF_SECONDS);
    const part = range ? { range: `bytes=${range.start}-${range.end}` } : {};
    return { handoff: { status, headers: fileHeaders, url, timeoutMs: this.storage.timeoutMs, ...part } };
  }
}
