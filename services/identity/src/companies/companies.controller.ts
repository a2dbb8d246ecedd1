import { handle, rpcHandlers } from '@certhub/platform';
import { LookupCompany } from './lookup-company/lookup-company.usecase';

/** Public: the registration form is filled before any account exists. */
export const CompaniesController = rpcHandlers(handle('identity.companies.lookup', LookupCompany));
