import { Injectable } from '@nestjs/common';
import { SITES_IMPORT_TEMPLATE, SYSTEM_PRINCIPAL, type Principal } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import { belongsToOrganisation, hasRole, isPlatformAdmin } from '../../common/access';

/** An import reads one file; a few hundred sites fit in far less. */
export const SITES_IMPORT_MAX_BYTES = 2 * 1024 ** 2;
/** An imported file is read once, then only kept as the record of what was declared. */
const RETENTION_DAYS = 365;

export const sitesImportContextId = (organisationId: string): string =>
  `organisation:${organisationId}:sites-import`;

/** Who declares an organisation's sites: its administrators, or the platform's. */
export function requireSitesAdmin(principal: Principal, organisationId: string): void {
  const isItsAdmin = belongsToOrganisation(principal, organisationId) && hasRole(principal, 'org_admin');
  if (!isItsAdmin && !isPlatformAdmin(principal))
    throw DomainError.forbidden(
      'only the organisation’s administrators or the platform may declare its sites',
    );
}

/**
 * The document context sites spreadsheets are uploaded into: the organisation's administrators
 * write and read it, nobody else; uploads must keep the template's sheet and header row.
 */
@Injectable()
export class SitesImportContext {
  constructor(private readonly rpc: RpcClient) {}

  async open(organisationId: string): Promise<string> {
    const contextId = sitesImportContextId(organisationId);
    await this.rpc.call(
      'document.contexts.upsert',
      {
        contextId,
        kind: 'sites_import',
        ownerTenantId: organisationId,
        readers: [],
        writers: [{ tenantType: 'organisation', tenantId: organisationId, roles: ['org_admin'] }],
        closed: false,
        readableByAnyUser: false,
        rules: {
          accept: ['xlsx'],
          maxBytes: SITES_IMPORT_MAX_BYTES,
          maxCount: 100,
          templateDocumentId: SITES_IMPORT_TEMPLATE.documentId,
        },
        retentionDays: RETENTION_DAYS,
      },
      { principal: SYSTEM_PRINCIPAL },
    );
    return contextId;
  }
}
