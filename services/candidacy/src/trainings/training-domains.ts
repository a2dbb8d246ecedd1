import { CURRENT_CLEA_FRAMEWORK } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/** 422 naming each domain id the current framework does not have. */
export function unknownDomains(domainIds: string[]): void {
  const domains = new Set(CURRENT_CLEA_FRAMEWORK.domains.map((d) => d.id));
  const unknown = domainIds.flatMap((id, i) =>
    domains.has(id) ? [] : [{ field: `domainIds.${i}`, message: `${id} is not a domain of the framework` }],
  );
  if (unknown.length) throw DomainError.invalid(unknown, 'some domains are not in the framework');
}
