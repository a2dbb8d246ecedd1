import type { Role } from '@certhub/contracts';
import type { NetworkEventType } from './event-types';
import { path, type RoutingTable } from './route';

const NETWORK_HEADS: Role[] = ['network_admin', 'network_supervisor'];

/** A network's heads follow what happens to its organisations and establishments. */
export const NETWORK_ROUTES: Pick<RoutingTable, NetworkEventType> = {
  'certhub.network.created.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: ['network_admin'] }],
    link: (p) => path`/networks/${p.networkId}`,
  },
  // Edits: the network's heads hear of them, so that one nobody expected does not go unseen.
  'certhub.network.updated.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: NETWORK_HEADS }],
    link: () => '/training/network',
  },
  'certhub.training_organisation.updated.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: NETWORK_HEADS }],
    link: (p) => path`/training/organisations/${p.trainingOrganisationId}`,
  },
  'certhub.establishment.updated.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: NETWORK_HEADS }],
    link: (p) => path`/training/establishments/${p.establishmentId}?tab=history`,
  },
  'certhub.training_organisation.created.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: NETWORK_HEADS }],
    link: (p) => path`/networks/${p.networkId}/organisations/${p.trainingOrganisationId}`,
  },
  'certhub.establishment.created.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: NETWORK_HEADS }],
    link: (p) => path`/establishments/${p.establishmentId}`,
  },
  // Deactivated, none of the organisation's establishments works: the network's heads and the
  // organisation's own administrators and establishment administrators hear of it.
  'certhub.training_organisation.activation_changed.v1': {
    category: 'account',
    mandatory: true,
    recipients: [
      {
        tenant: 'networkId',
        roles: [...NETWORK_HEADS, 'training_org_admin', 'establishment_admin'],
        within: { trainingOrganisationId: 'trainingOrganisationId' },
      },
    ],
    link: (p) => path`/training/organisations/${p.trainingOrganisationId}`,
  },
  // Deactivated, the establishment can no longer record candidacies: its network must know, and
  // its own organisation's and establishment's administrators, not those of the network's others.
  'certhub.establishment.activation_changed.v1': {
    category: 'account',
    mandatory: true,
    recipients: [
      {
        tenant: 'networkId',
        roles: [...NETWORK_HEADS, 'training_org_admin', 'establishment_admin'],
        within: { trainingOrganisationId: 'trainingOrganisationId', establishmentId: 'establishmentId' },
      },
    ],
    link: (p) => path`/establishments/${p.establishmentId}`,
  },
};
