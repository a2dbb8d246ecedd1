import { Injectable, Logger } from '@nestjs/common';
import { Periodic } from '@certhub/platform';
import type { IdentityConfig } from '../config';
import { KeycloakAdmin } from '../keycloak/keycloak-admin';
import { OrganisationRepository } from '../organisations/organisation.repository';
import type { Organisation } from '../organisations/organisation.schema';
import { SiteRepository } from '../organisations/site.repository';
import { UserRepository } from '../users/user.repository';

/** A registration takes seconds; one still `registering` after this was abandoned by a crash. */
export const ABANDONED_AFTER_MS = 10 * 60 * 1000;

/**
 * Removes registrations a crash left half-done: the organisation, its sites, and the Keycloak
 * user and projection if they were created. Every replica may run it: each step is idempotent.
 */
@Injectable()
export class RegistrationSweeper {
  private readonly logger = new Logger(RegistrationSweeper.name);

  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly sites: SiteRepository,
    private readonly users: UserRepository,
    private readonly keycloak: KeycloakAdmin,
  ) {}

  @Periodic<IdentityConfig>({
    name: 'registration-sweep',
    intervalMs: (config) => config.REGISTRATION_SWEEP_INTERVAL_MS,
  })
  async sweep(now = new Date()): Promise<number> {
    const abandoned = await this.organisations.findRegisteringSince(
      new Date(now.getTime() - ABANDONED_AFTER_MS),
    );
    for (const organisation of abandoned) await this.remove(organisation);
    return abandoned.length;
  }

  private async remove(organisation: Organisation): Promise<void> {
    const id = organisation._id;
    const email = organisation.registration?.email;
    const user = email ? await this.keycloak.findByEmail(email) : undefined;
    // Only the account this registration created: same e-mail could belong to someone else now.
    if (user && user.tenantId === id) {
      await this.keycloak.deleteUser(user.id);
      await this.users.delete(id, user.id);
    }
    await this.sites.deleteAllOf(id);
    await this.organisations.deleteRegistering(id);
    this.logger.warn(
      `removed registration ${id} (SIREN ${organisation.siren}) abandoned since ${organisation.createdAt.toISOString()}`,
    );
  }
}
