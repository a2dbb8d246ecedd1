import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { Readable } from 'node:stream';
import { contentDisposition, parseRange } from '../../inspection/file-name';
import { DocumentStorage } from '../../storage/document-storage';
import { DocumentAccess } from '../document-access';
import { currentVersion } from '../dto/document.response';

export type Download =
  | {
      status: 200 | 206;
      headers: Record<string, string>;
      stream: Readable;
    }
  | { status: 416; headers: Record<string, string> };

/** A version's bytes (the current one unless asked), whole or one byte range, for a reader. */
@Injectable()
export class DownloadDocument {
  constructor(
    private readonly access: DocumentAccess,
    private readonly storage: DocumentStorage,
  ) {}

  async execute(
    principal: Principal | undefined,
    documentId: string,
    options: { version?: number; range?: string },
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
    if (range) {
      return {
        status: 206,
        headers: {
          ...headers,
          'content-length': String(range.end - range.start + 1),
          'content-range': `bytes ${range.start}-${range.end}/${version.size}`,
        },
        stream: await this.storage.get(version.key, range),
      };
    }
    return {
      status: 200,
      headers: { ...headers, 'content-length': String(version.size) },
      stream: await this.storage.get(version.key),
    };
  }
}
