import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TenantTypeSchema } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import { CertificationBodyRepository } from '../certification-bodies/certification-body.repository';
import { identityEvent } from '../common/events';
import { shouldSeedDemoData, type IdentityConfig } from '../config';
import { KeycloakAdmin } from '../keycloak/keycloak-admin';
import { OrganisationRepository } from '../organisations/organisation.repository';
import { SiteRepository } from '../organisations/site.repository';
import { UserRepository } from '../users/user.repository';
import {
  EstablishmentRepository,
  NetworkRepository,
  TrainingOrganisationRepository,
} from '../networks/network.repositories';
import {
  DEMO_CERTIFICATION_BODY,
  DEMO_ESTABLISHMENTS,
  DEMO_NETWORK,
  DEMO_ORGANISATION,
  DEMO_TRAINING_ORGANISATION,
  DEMO_USER_EMAILS,
} from './demo-data';

/**
 * Seeds, at every start and idempotently, the tenants of the realm's demo users and their user
 * projections, so a fresh environment can be used right away. The projections come from Keycloak;
 * if it does not answer, the service starts anyway and the next start fills them.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    private readonly bodies: CertificationBodyRepository,
    private readonly organisations: OrganisationRepository,
    private readonly sites: SiteRepository,
    private readonly users: UserRepository,
    private readonly keycloak: KeycloakAdmin,
    private readonly networks: NetworkRepository,
    private readonly trainingOrganisations: TrainingOrganisationRepository,
    private readonly establishments: EstablishmentRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!shouldSeedDemoData(this.config)) return;
    const cb = DEMO_CERTIFICATION_BODY;
    await this.bodies.ensure(
      cb,
      identityEvent(
        'certhub.certification_body.created.v1',
        { cbId: cb.id, code: cb.code, name: cb.name, createdBy: 'system' },
        { tenantId: cb.id, aggregateId: cb.id },
      ),
    );
    await this.organisations.ensure(DEMO_ORGANISATION);
    await this.sites.ensure({
      id: `${DEMO_ORGANISATION.id}-hq`,
      organisationId: DEMO_ORGANISATION.id,
      siret: DEMO_ORGANISATION.siret,
      name: DEMO_ORGANISATION.name,
      address: DEMO_ORGANISATION.address,
      headquarters: true,
    });
    await this.networks.ensure(DEMO_NETWORK);
    await this.trainingOrganisations.ensure(DEMO_TRAINING_ORGANISATION);
    for (const establishment of DEMO_ESTABLISHMENTS) await this.establishments.ensure(establishment);
    try {
      for (const email of DEMO_USER_EMAILS) await this.seedUser(email);
    } catch (error) {
      this.logger.warn(`demo user projections not seeded (Keycloak): ${String(error)}`);
    }
  }

  private async seedUser(email: string): Promise<void> {
    const user = await this.keycloak.findByEmail(email);
    const tenantType = TenantTypeSchema.safeParse(user?.tenantType);
    const [role] = user ? await this.keycloak.realmRoles(user.id) : [];
    if (!user || !tenantType.success || !user.tenantId || !role) {
      this.logger.warn(`demo user ${email} is missing in Keycloak or lacks its tenant or role`);
      return;
    }
    await this.users.upsertFromKeycloak({
      id: user.id,
      tenantType: tenantType.data,
      tenantId: user.tenantId,
      email,
      firstName: user.firstName,
      lastName: user.lastName,
      role,
      enabled: user.enabled,
      emailVerified: user.emailVerified,
      locale: 'fr',
      createdAt: user.createdAt,
      ...user.perimeter,
    });
  }
}
