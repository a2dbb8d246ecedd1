import { Injectable } from '@nestjs/common';
import { compareSchemeVersions } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { toSchemeResponse } from '../scheme.mapper';
import { SchemeRepository } from '../scheme.repository';

/** Any signed-in user: one published version, the latest when none is named. */
@Injectable()
export class GetScheme {
  constructor(private readonly repository: SchemeRepository) {}

  readonly execute: RpcHandler<'dossier.schemes.get'> = async (request) => {
    const version =
      request.version ??
      (await this.repository.headers({ schemeId: request.schemeId }))
        .map((h) => h.version)
        .sort(compareSchemeVersions)
        .pop();
    const record = version ? await this.repository.findVersion(request.schemeId, version) : null;
    if (!record)
      throw DomainError.notFound(
        request.version
          ? `version ${request.version} of scheme ${request.schemeId}`
          : `scheme ${request.schemeId}`,
      );
    return toSchemeResponse(record);
  };
}
