import { Injectable } from '@nestjs/common';
import { CLEA_FRAMEWORKS, CURRENT_CLEA_FRAMEWORK } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';

/** The CléA framework, the current version or one named: reference data every user reads. */
@Injectable()
export class GetFramework {
  readonly execute: RpcHandler<'candidacy.framework.get'> = (request) => {
    const framework = request.version
      ? CLEA_FRAMEWORKS.find((f) => f.version === request.version)
      : CURRENT_CLEA_FRAMEWORK;
    if (!framework)
      return Promise.reject(DomainError.notFound(`CléA framework version ${request.version ?? ''}`));
    return Promise.resolve(framework);
  };
}
