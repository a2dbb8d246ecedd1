import { handle, rpcHandlers } from '@certhub/platform';
import { AddSite } from './add-site/add-site.usecase';
import { ImportSites } from './import-sites/import-sites.usecase';
import { OpenSitesImport } from './import-sites/open-sites-import.usecase';
import { GetOrganisation } from './get-organisation/get-organisation.usecase';
import { ListOrganisations } from './list-organisations/list-organisations.usecase';
import { ListSites } from './list-sites/list-sites.usecase';
import { OrganisationHistory } from './organisation-history/organisation-history.usecase';
import { SetOrganisationActive } from './set-organisation-active/set-organisation-active.usecase';
import { UpdateOrganisation } from './update-organisation/update-organisation.usecase';

export const OrganisationsController = rpcHandlers(
  handle('identity.organisations.get', GetOrganisation),
  handle('identity.organisations.list', ListOrganisations),
  handle('identity.organisations.set-active', SetOrganisationActive),
  handle('identity.organisations.update', UpdateOrganisation),
  handle('identity.organisations.history', OrganisationHistory),
  handle('identity.sites.add', AddSite),
  handle('identity.sites.list', ListSites),
  handle('identity.sites.import-upload', OpenSitesImport),
  handle('identity.sites.import', ImportSites),
);
