import type { RpcResponse } from '@certhub/contracts';
import { toAddress } from '../common/address.schema';
import type { Contact, Establishment, Network, TrainingOrganisation } from './network.schema';

const toContact = (c: Contact) => ({ lastName: c.lastName, firstName: c.firstName, email: c.email });

export const toNetworkResponse = (n: Network): RpcResponse<'identity.networks.get'> => ({
  id: n._id,
  name: n.name,
  certifierId: n.certifierId,
  head: toContact(n.head),
  notifyOnCandidacy: n.notifyOnCandidacy,
  version: n.version ?? 0,
  createdAt: n.createdAt.toISOString(),
});

export const toTrainingOrganisationResponse = (
  o: TrainingOrganisation,
): RpcResponse<'identity.training-organisations.create'> => ({
  id: o._id,
  networkId: o.networkId,
  siren: o.siren,
  name: o.name,
  address: toAddress(o.address),
  contact: toContact(o.contact),
  billingEmail: o.billingEmail,
  ...(o.billingAddress ? { billingAddress: toAddress(o.billingAddress) } : {}),
  active: o.active,
  version: o.version ?? 0,
  createdAt: o.createdAt.toISOString(),
});

export const toEstablishmentResponse = (e: Establishment): RpcResponse<'identity.establishments.get'> => ({
  id: e._id,
  networkId: e.networkId,
  trainingOrganisationId: e.trainingOrganisationId,
  certifierId: e.certifierId,
  name: e.name,
  siret: e.siret,
  officialContact: toContact(e.officialContact),
  publicContact: { ...toContact(e.publicContact), phone: e.publicContact.phone ?? '' },
  address: toAddress(e.address),
  region: e.region,
  ...(e.website ? { website: e.website } : {}),
  active: e.active,
  organisationActive: e.organisationActive !== false,
  version: e.version ?? 0,
  createdAt: e.createdAt.toISOString(),
});
