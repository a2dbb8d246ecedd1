import { Injectable, Logger } from '@nestjs/common';
import { compareSchemeVersions as compareVersions } from '@certhub/contracts';
import { requireSchemeAuthor } from '../scheme-access';
import { toSchemeRecord, toSchemeSummary } from '../scheme.mapper';
import { SchemeRepository } from '../scheme.repository';
import { type RpcHandler } from '@certhub/platform';

/**
 * A scheme manager (or platform administrator) publishes a new version, validated by SchemeSchema
 * at the RPC edge. Versions are immutable: publishing an existing one is a conflict, never an edit.
 */
@Injectable()
export class PublishScheme {
  private readonly logger = new Logger(PublishScheme.name);

  constructor(private readonly repository: SchemeRepository) {}

  readonly execute: RpcHandler<'dossier.schemes.publish'> = async (principal, scheme) => {
    requireSchemeAuthor(principal);
    const record = await this.repository.insert(toSchemeRecord(scheme, principal.userId));
    this.logger.log(`scheme ${scheme.schemeId} ${scheme.version} published by ${principal.userId}`);
    const versions = (await this.repository.headers({ schemeId: scheme.schemeId })).map((h) => h.version);
    return toSchemeSummary(record, versions.sort(compareVersions));
  };
}
