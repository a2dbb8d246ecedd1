import {
  EventCatalog,
  isEventType,
  type CloudEvent,
  type EstablishmentAction,
  type EventPayload,
  type EventType,
} from '@certhub/contracts';

/** One line of an establishment's history as stored: the contract's fields, keyed by its event. */
export type EstablishmentActionEntry = Omit<EstablishmentAction, 'id' | 'at'> & {
  _id: string;
  /** The establishment's network: every read of the history is pinned to it. */
  tenantId: string;
  at: Date;
};

type Details = Omit<EstablishmentActionEntry, '_id' | 'tenantId' | 'at'> & { networkId: string };

/** The events an establishment's history is made of, each turned into its line (or none). */
const ACTIONS: { [K in EventType]?: (d: EventPayload<K>) => Details | undefined } = {
  'certhub.establishment.created.v1': (d) => ({
    networkId: d.networkId,
    establishmentId: d.establishmentId,
    action: 'created',
    by: d.createdBy,
  }),
  'certhub.establishment.updated.v1': (d) => ({
    networkId: d.networkId,
    establishmentId: d.establishmentId,
    action: 'edited',
    by: d.changedBy,
    fields: d.fields,
  }),
  'certhub.establishment.activation_changed.v1': (d) => ({
    networkId: d.networkId,
    establishmentId: d.establishmentId,
    action: d.active ? 'activated' : 'deactivated',
    by: d.changedBy,
  }),
  'certhub.habilitation.requested.v1': (d) => ({
    networkId: d.networkId,
    establishmentId: d.establishmentId,
    // Renewals were once told by this flag; they now have an event of their own.
    action: d.renewal ? 'habilitation_renewal_requested' : 'habilitation_requested',
    by: d.requestedBy,
    certifierId: d.certifierId,
    habilitationId: d.habilitationId,
  }),
  'certhub.habilitation.renewal_requested.v1': (d) => ({
    networkId: d.networkId,
    establishmentId: d.establishmentId,
    action: 'habilitation_renewal_requested',
    by: d.requestedBy,
    certifierId: d.certifierId,
    habilitationId: d.habilitationId,
  }),
  'certhub.habilitation.decided.v1': (d) => decision(d),
  'certhub.habilitation.renewal_decided.v1': (d) => decision(d),
  'certhub.user.invited.v1': (d) =>
    d.establishmentId
      ? {
          networkId: d.tenantId,
          establishmentId: d.establishmentId,
          action: 'user_invited',
          by: d.invitedBy,
          userId: d.userId,
          role: d.role,
        }
      : undefined,
  'certhub.user.enabled_changed.v1': (d) =>
    d.establishmentId
      ? {
          networkId: d.tenantId,
          establishmentId: d.establishmentId,
          action: d.enabled ? 'user_enabled' : 'user_disabled',
          by: d.changedBy,
          userId: d.userId,
        }
      : undefined,
};

function decision(d: EventPayload<'certhub.habilitation.decided.v1'>): Details {
  return {
    networkId: d.networkId,
    establishmentId: d.establishmentId,
    action: d.decision === 'validated' ? 'habilitation_validated' : 'habilitation_rejected',
    by: d.decidedBy,
    certifierId: d.certifierId,
    habilitationId: d.habilitationId,
    ...(d.startsOn ? { startsOn: d.startsOn } : {}),
    ...(d.endsOn ? { endsOn: d.endsOn } : {}),
    ...(d.reason ? { reason: d.reason } : {}),
  };
}

/**
 * The history line an event makes, or undefined when it is not about one establishment (another
 * event type, a user invited at the network's level) or its payload does not parse.
 */
export function establishmentActionOf(event: CloudEvent): EstablishmentActionEntry | undefined {
  if (!isEventType(event.type)) return undefined;
  const toDetails = ACTIONS[event.type] as ((d: unknown) => Details | undefined) | undefined;
  if (!toDetails) return undefined;
  const parsed = EventCatalog[event.type].schema.safeParse(event.data);
  if (!parsed.success) return undefined;
  const details = toDetails(parsed.data);
  if (!details) return undefined;
  const { networkId, ...line } = details;
  return { _id: event.id, tenantId: networkId, at: new Date(event.time), ...line };
}

/** The event families the history is built from, one durable consumer each (one filter per consumer). */
export const HISTORY_SOURCES = [
  { durable: 'identity-establishment-history', filter: 'evt.identity.establishment.>' },
  { durable: 'identity-establishment-history-users', filter: 'evt.identity.user.>' },
  { durable: 'identity-establishment-history-habilitations', filter: 'evt.candidacy.habilitation.>' },
] as const;
