import { Injectable } from '@nestjs/common';
import { OrganisationRepository } from '../organisations/organisation.repository';
import { UserRepository } from '../users/user.repository';
import { identityEvent } from './events';

/**
 * Who holds an account or an organisation is not told to whoever asks (anonymous registration,
 * another tenant's invitation): that caller gets the same answer as when nothing was there, and
 * the holder is told by mail instead, as the big identity providers do
 * (docs/architecture/security.md#accounts-are-not-enumerable). Best effort: an account Keycloak
 * alone knows (no projection) has no one to tell through notifications.
 */
@Injectable()
export class AccountNotices {
  constructor(
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
  ) {}

  async emailInUse(email: string, via: 'registration' | 'invitation'): Promise<void> {
    const owner = await this.users.findByEmail(email);
    if (!owner) return;
    const event = identityEvent(
      'certhub.user.signup_attempted.v1',
      { userId: owner._id, tenantId: owner.tenantId, via },
      { tenantId: owner.tenantId, aggregateId: owner._id },
    );
    await this.users.addEvents(owner.tenantId, owner._id, [event]);
  }

  async sirenInUse(siren: string, applicantEmail: string): Promise<void> {
    const organisation = await this.organisations.findRegisteredBySiren(siren);
    if (!organisation) return;
    const event = identityEvent(
      'certhub.organisation.registration_attempted.v1',
      { organisationId: organisation._id, siren, applicantEmail },
      { tenantId: organisation._id, aggregateId: organisation._id },
    );
    await this.organisations.addEvents(organisation._id, [event]);
  }
}
