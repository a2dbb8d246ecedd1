import { Injectable } from '@nestjs/common';
import { SITES_IMPORT_TEMPLATE, SYSTEM_PRINCIPAL, type ErrorDetail } from '@certhub/contracts';
import { DomainError, RpcClient, type RpcHandler } from '@certhub/platform';
import { newId } from '../../common/ids';
import { CompanyRegistry } from '../../companies/company-registry';
import { findVisibleOrganisation } from '../organisation-access';
import { toSiteResponse } from '../organisation.mapper';
import { OrganisationRepository } from '../organisation.repository';
import { SiteRepository, type NewSite } from '../site.repository';
import { readSiteRows } from './site-rows';
import { requireSitesAdmin, sitesImportContextId } from './sites-import-context';

/**
 * Declares the sites a spreadsheet lists (docs/domain/roles-and-tenancy.md#multi-site-organisations),
 * all or none: every row is checked (SIRET, company, duplicates, the registry) before any is
 * written, and one rejected row means nothing is imported, every rejection listed with its line.
 */
@Injectable()
export class ImportSites {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly sites: SiteRepository,
    private readonly companies: CompanyRegistry,
    private readonly rpc: RpcClient,
  ) {}

  readonly execute: RpcHandler<'identity.sites.import'> = async (
    principal,
    { organisationId, documentId },
  ) => {
    const organisation = await findVisibleOrganisation(this.organisations, principal, organisationId);
    requireSitesAdmin(principal, organisationId);
    const sheet = await this.rpc.call(
      'document.spreadsheets.read',
      {
        reference: {
          field: 'documentId',
          documentId,
          contextId: sitesImportContextId(organisationId),
          ownerTenantId: organisationId,
        },
        columns: SITES_IMPORT_TEMPLATE.columns.length,
      },
      { principal: SYSTEM_PRINCIPAL },
    );
    const declared = new Set(
      await this.sites.siretsAmong(
        organisationId,
        sheet.rows.map((r) => r.cells[0] ?? ''),
      ),
    );
    const { sites, errors } = readSiteRows(sheet, organisation.siren, declared);
    const found: NewSite[] = [];
    for (const site of sites) {
      const company = await this.companies.findBySiret(site.siret);
      if (!company) {
        errors.push(notInRegistry(site.row, site.siret));
        continue;
      }
      found.push({
        id: newId('site'),
        organisationId,
        siret: site.siret,
        name: site.name ?? company.name,
        address: company.address,
        headquarters: company.headquarters,
      });
    }
    if (errors.length)
      throw DomainError.invalid(
        errors.sort(byRow),
        `${new Set(errors.map(rowOf)).size} row(s) rejected: no site was imported`,
      );
    const created = await this.sites.insertAll(found);
    return { imported: created.length, sites: created.map(toSiteResponse) };
  };
}

const notInRegistry = (row: number, siret: string): ErrorDetail => ({
  field: `rows.${row}.siret`,
  message: `row ${row}: no open establishment with SIRET ${siret} in the company registry`,
});

const rowOf = (e: ErrorDetail) => Number(/^rows\.(\d+)\./.exec(e.field)?.[1] ?? 0);
const byRow = (a: ErrorDetail, b: ErrorDetail) => rowOf(a) - rowOf(b);
