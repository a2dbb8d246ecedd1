import { Injectable } from '@nestjs/common';
import { SITES_IMPORT_TEMPLATE, SPREADSHEET_MAX_ROWS } from '@certhub/contracts';
import type { RpcHandler } from '@certhub/platform';
import { findVisibleOrganisation } from '../organisation-access';
import { OrganisationRepository } from '../organisation.repository';
import { SITES_IMPORT_MAX_BYTES, SitesImportContext, requireSitesAdmin } from './sites-import-context';

/** Where the administrator uploads the sites spreadsheet, and the template it is made from. */
@Injectable()
export class OpenSitesImport {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly context: SitesImportContext,
  ) {}

  readonly execute: RpcHandler<'identity.sites.import-upload'> = async (principal, { organisationId }) => {
    await findVisibleOrganisation(this.organisations, principal, organisationId);
    requireSitesAdmin(principal, organisationId);
    return {
      contextId: await this.context.open(organisationId),
      templateDocumentId: SITES_IMPORT_TEMPLATE.documentId,
      columns: [...SITES_IMPORT_TEMPLATE.columns],
      maxRows: SPREADSHEET_MAX_ROWS,
      maxBytes: SITES_IMPORT_MAX_BYTES,
    };
  };
}
