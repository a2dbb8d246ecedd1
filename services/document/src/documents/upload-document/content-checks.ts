import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ContextRules, FileKind, Principal } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG } from '@certhub/platform';
import type { DocumentConfig } from '../../config';
import { scanFile } from '../../inspection/clamd';
import { cleanFileName, nameForKind } from '../../inspection/file-name';
import { sniff } from '../../inspection/sniff';
import { readSheetHeaders, templateDifferences } from '../../inspection/spreadsheet-template';
import { inspectZip } from '../../inspection/zip-inspection';
import { DocumentStorage } from '../../storage/document-storage';
import { DocumentRepository } from '../document.repository';
import { currentVersion } from '../dto/document.response';
import type { Spooled } from './spool';

/**
 * Everything decided on the content before a byte reaches the object store: the kind (magic
 * bytes, then zip entries, nested archives included), the context's accepted kinds, the name's
 * extension against the kind, zip bombs and traversal names, the template's shape, and the
 * malware scan (skipped only when MALWARE_SCAN=off, which production refuses).
 */
@Injectable()
export class ContentChecks {
  private readonly logger = new Logger(ContentChecks.name);

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DocumentConfig,
    private readonly documents: DocumentRepository,
    private readonly storage: DocumentStorage,
  ) {}

  /** The recognised kind, the name to store (the uploader's, checked against the kind), the scan's verdict. */
  async check(
    file: Spooled,
    rules: ContextRules,
    uploader: Principal,
    fileName: string | undefined,
  ): Promise<{ kind: FileKind; name: string; scan: 'clean' | 'not_scanned' }> {
    const kind = await this.recognise(file);
    if (!rules.accept.includes(kind)) {
      throw new DomainError(
        'unsupported_media_type',
        `the file is a ${kind}; accepted here: ${rules.accept.join(', ')}`,
        { kind, accept: rules.accept },
      );
    }
    const name = nameForKind(cleanFileName(fileName, 'document'), kind);
    if (rules.templateDocumentId && kind === 'xlsx') await this.matchTemplate(file, rules.templateDocumentId);
    return { kind, name, scan: await this.scan(file, uploader) };
  }

  private async recognise(file: Spooled): Promise<FileKind> {
    const sniffed = sniff(file.head);
    if (sniffed.family === 'plain') return sniffed.kind;
    if (sniffed.family === 'zip') {
      const report = await inspectZip(file.path, {
        maxEntries: this.config.ZIP_MAX_ENTRIES,
        maxUncompressedBytes: this.config.ZIP_MAX_UNCOMPRESSED_BYTES,
        maxRatio: this.config.ZIP_MAX_RATIO,
        maxDepth: this.config.ZIP_MAX_DEPTH,
      });
      return report.kind;
    }
    throw new DomainError(
      'unsupported_media_type',
      'the content of the file is not a recognised type (PDF, Word, Excel, OpenDocument, zip, PNG, JPEG)',
    );
  }

  private async matchTemplate(file: Spooled, templateDocumentId: string): Promise<void> {
    const template = await this.documents.findLive(templateDocumentId);
    const version = template ? currentVersion(template) : undefined;
    if (!version || version.fileKind !== 'xlsx') {
      throw new DomainError(
        'validation_failed',
        `the template ${templateDocumentId} of this context is missing`,
      );
    }
    const expected = await readSheetHeaders(await this.storage.get(version.key));
    const differences = templateDifferences(expected, await readSheetHeaders(file.path));
    if (differences.length) {
      throw new DomainError(
        'validation_failed',
        `the spreadsheet does not follow the template “${version.name}”: ${differences.join('; ')}`,
        { template: version.name, differences },
      );
    }
  }

  private async scan(file: Spooled, uploader: Principal): Promise<'clean' | 'not_scanned'> {
    // Without CLAMD_URL the config was only accepted with MALWARE_SCAN=off outside production.
    if (!this.config.CLAMD_URL) return 'not_scanned';
    const result = await scanFile(this.config.CLAMD_URL, file.path, this.config.CLAMD_TIMEOUT_MS);
    if (result.clean) return 'clean';
    this.logger.warn(
      {
        signature: result.signature,
        sha256: file.sha256,
        userId: uploader.userId,
        tenantId: uploader.tenantId,
      },
      `upload refused: malware ${result.signature} found`,
    );
    throw new DomainError('validation_failed', `the file contains malware (${result.signature}): refused`, {
      signature: result.signature,
    });
  }
}
