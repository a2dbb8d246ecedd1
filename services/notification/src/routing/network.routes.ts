import type { Role } from '@certhub/contracts';
import type { NetworkEventType } from './event-types';
import { path, type RoutingTable } from './route';

const NETWORK_HEADS: Role[] = ['network_admin', 'network_supervisor'];
const establishment = (p: { establishmentId: string }) => path`/training/establishments/${p.establishmentId}`;

/**
 * A network's heads follow what happens to its organisations and establishments. A training
 * organisation has no page of its own: it is a row of the organisations' list (found by its name,
 * where it is edited) and the filter of the establishments' list.
 */
export const NETWORK_ROUTES: Pick<RoutingTable, NetworkEventType> = {
  'certhub.network.created.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: ['network_admin'] }],
    link: () => '/training/network',
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
    link: () => '/training/organisations',
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
    link: (p) => path`/training/organisations?q=${p.name}`,
  },
  'certhub.establishment.created.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: NETWORK_HEADS }],
    link: establishment,
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
    link: (p) => path`/training/establishments?organisation=${p.trainingOrganisationId}`,
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
    link: establishment,
  },
};
