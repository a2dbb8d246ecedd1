import { handle, rpcHandlers } from '@certhub/platform';
import { RegisterOrganisation } from './register-organisation/register-organisation.usecase';
import { SearchCompanies } from './search-companies/search-companies.usecase';

/** Public: the applicant has no account yet. */
export const RegistrationsController = rpcHandlers(
  handle('identity.registrations.create', RegisterOrganisation),
  handle('identity.companies.search', SearchCompanies),
);
