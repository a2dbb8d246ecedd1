import { Injectable, Logger } from '@nestjs/common';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import { AccountNotices } from '../../common/account-notices';
import { asEmailTaken } from '../../common/conflicts';
import { identityEvent } from '../../common/events';
import { newId } from '../../common/ids';
import { CompanyRegistry, type Company } from '../../companies/company-registry';
import { KeycloakAdmin } from '../../keycloak/keycloak-admin';
import { OrganisationRepository } from '../../organisations/organisation.repository';
import { SiteRepository } from '../../organisations/site.repository';
import { UserRepository } from '../../users/user.repository';

type RegistrationRequest = RpcPayload<'identity.registrations.create'>;

/**
 * Self-registration of an organisation and its first administrator
 * (docs/domain/roles-and-tenancy.md#self-registration), as a saga over MongoDB and Keycloak, which
 * share no transaction:
 * 1. the organisation is stored `registering` (invisible; its unique SIREN settles races) with
 *    its site;
 * 2. the Keycloak user is created (org_admin, the chosen password, e-mail unverified) and Keycloak
 *    mails the verification link;
 * 3. the user projection is stored, then the organisation turns `active` together with its
 *    `organisation.registered` event, in one update.
 * A failure in 2 or 3 undoes what exists (Keycloak user, projection, site, organisation). A crash
 * in between leaves a `registering` organisation, which RegistrationSweeper removes later.
 */
@Injectable()
export class RegisterOrganisation {
  private readonly logger = new Logger(RegisterOrganisation.name);

  constructor(
    private readonly companies: CompanyRegistry,
    private readonly organisations: OrganisationRepository,
    private readonly sites: SiteRepository,
    private readonly users: UserRepository,
    private readonly keycloak: KeycloakAdmin,
    private readonly notices: AccountNotices,
  ) {}

  async execute(request: RegistrationRequest): Promise<RpcResponse<'identity.registrations.create'>> {
    const company = await this.companies.findBySiret(request.siret);
    if (!company)
      throw new DomainError(
        'not_found',
        `no open establishment with SIRET ${request.siret} in the company registry`,
      );
    if (await this.alreadyThere(company.siren, request.email))
      return this.noticeInstead(company.siren, request);
    try {
      return await this.register(company, request);
    } catch (error) {
      // A concurrent registration took the SIREN or the address in between (undone by now).
      if (error instanceof DomainError && error.code === 'conflict')
        return this.noticeInstead(company.siren, request);
      throw error;
    }
  }

  private async register(
    company: Company,
    request: RegistrationRequest,
  ): Promise<RpcResponse<'identity.registrations.create'>> {
    const organisationId = newId('org');
    const name = request.organisationName ?? company.name;
    await this.organisations.insertRegistering({
      id: organisationId,
      siren: company.siren,
      name,
      address: request.address ?? company.address,
      adminEmail: request.email,
    });
    let userId: string | undefined;
    try {
      await this.addFirstSite(organisationId, company, request);
      userId = await this.keycloak
        .createUser({
          email: request.email,
          firstName: request.firstName,
          lastName: request.lastName,
          tenantType: 'organisation',
          tenantId: organisationId,
          locale: request.locale,
          password: request.password,
        })
        .catch(asEmailTaken(request.email));
      await this.keycloak.assignRealmRole(userId, 'org_admin');
      await this.keycloak.sendVerificationEmail(userId);
      await this.users.insert({
        id: userId,
        tenantType: 'organisation',
        tenantId: organisationId,
        email: request.email,
        firstName: request.firstName,
        lastName: request.lastName,
        role: 'org_admin',
        enabled: true,
        emailVerified: false,
        locale: request.locale,
      });
      const event = identityEvent(
        'certhub.organisation.registered.v1',
        { organisationId, siren: company.siren, name, adminUserId: userId },
        { tenantId: organisationId, aggregateId: organisationId },
      );
      if (!(await this.organisations.completeRegistration(organisationId, event)))
        throw new Error(`organisation ${organisationId} left the registering state during its registration`);
    } catch (error) {
      await this.compensate(organisationId, userId);
      throw error;
    }
    return { organisationId, userId, status: 'email_verification_pending' };
  }

  private async alreadyThere(siren: string, email: string): Promise<boolean> {
    const found = await Promise.all([
      this.organisations.sirenTaken(siren),
      this.users.hasEmail(email),
      this.keycloak.findByEmail(email),
    ]);
    return found.some(Boolean);
  }

  /**
   * The SIREN or the address is already registered: the anonymous caller gets the answer a
   * registration gets (ids that name nothing), so it cannot learn who is registered; the
   * organisation's administrators and the address's owner are told by mail.
   */
  private async noticeInstead(
    siren: string,
    request: RegistrationRequest,
  ): Promise<RpcResponse<'identity.registrations.create'>> {
    await Promise.all([
      this.notices.sirenInUse(siren, request.email),
      this.notices.emailInUse(request.email, 'registration'),
    ]);
    this.logger.log(`registration refused silently: SIREN or address already registered`);
    return { organisationId: newId('org'), userId: randomUUID(), status: 'email_verification_pending' };
  }

  /** The establishment whose SIRET was entered, pre-filled from the registry. */
  private addFirstSite(organisationId: string, company: Company, request: RegistrationRequest) {
    return this.sites.insert({
      id: newId('site'),
      organisationId,
      siret: company.siret,
      name: request.organisationName ?? company.name,
      address: request.address ?? company.address,
      headquarters: company.headquarters,
    });
  }

  /** Each step is idempotent and runs even if an earlier one fails; the sweeper catches leftovers. */
  private async compensate(organisationId: string, userId: string | undefined): Promise<void> {
    const steps: [string, () => Promise<void>][] = [];
    if (userId) {
      steps.push(
        ['delete the Keycloak user', () => this.keycloak.deleteUser(userId)],
        ['delete the user projection', () => this.users.delete(organisationId, userId)],
      );
    }
    steps.push(
      ['delete the sites', () => this.sites.deleteAllOf(organisationId)],
      ['delete the organisation', () => this.organisations.deleteRegistering(organisationId)],
    );
    for (const [what, step] of steps) {
      await step().catch((error: unknown) =>
        this.logger.error(`registration of ${organisationId}: could not ${what}: ${String(error)}`),
      );
    }
  }
}
