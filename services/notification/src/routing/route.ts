import type { EventPayload, EventType, Role } from '@certhub/contracts';
import type { NotificationCategory } from '../common/category';

/** Payload fields holding a tenant id (organisationId, cbId…). */
type TenantField<P> = { [K in keyof P]-?: P[K] extends string | undefined ? K : never }[keyof P];
/** Payload fields holding one user id or a list of them (analystId, auditorIds…). */
type UsersField<P> = { [K in keyof P]-?: P[K] extends string | string[] | undefined ? K : never }[keyof P];

interface RuleBase<P> {
  /** The payload field naming the tenant the recipients belong to; no value, no recipients. */
  tenant: TenantField<P>;
  /** Applies only to the events it accepts (e.g. one status transition). */
  when?: (payload: P) => boolean;
  /**
   * Applies only when the network the `tenant` field names has this option on, as it is when the
   * event is handled (e.g. "notify me when a candidacy is created").
   */
  networkOption?: NetworkOption;
  /**
   * For a training network's users: the payload fields naming the place the event is about, so only
   * the users whose perimeter reaches it hear of it (the network's staff, that organisation's, that
   * establishment's), never another establishment of the network.
   */
  within?: { trainingOrganisationId: TenantField<P>; establishmentId?: TenantField<P> };
  /**
   * The portal path these recipients act on, when it is not the route's: another side sees the same
   * thing on its own page (the applicant its dossier's findings, the CB's staff the finding's review).
   */
  link?: (payload: P) => string;
}

/** The network options that switch a notification on (identity's network record). */
export type NetworkOption = 'notifyOnCandidacy';

/** Recipients by role in a tenant, or by user ids the event names (optionally narrowed by role). */
export type RecipientRule<P> =
  | (RuleBase<P> & { roles: readonly Role[]; users?: never })
  | (RuleBase<P> & { users: UsersField<P>; roles?: readonly Role[] });

export interface Route<P> {
  category: NotificationCategory;
  /** Mandatory notifications ignore preferences: the recipient must act on them or must know. */
  mandatory: boolean;
  recipients: readonly RecipientRule<P>[];
  /**
   * The portal path of the action, appended to PUBLIC_PORTAL_URL: a page of services/portal/src/routes
   * (portal-links.spec.ts checks each), for the recipients of every rule without a `link` of its own.
   */
  link: (payload: P) => string;
}

export type RoutingTable = { [K in EventType]: Route<EventPayload<K>> };

/** A portal path from literal segments and ids, each id URL-encoded. */
export function path(strings: TemplateStringsArray, ...ids: string[]): string {
  return strings.reduce(
    (out, part, i) => out + part + (i < ids.length ? encodeURIComponent(ids[i] ?? '') : ''),
    '',
  );
}

/**
 * The routes of a family of events that share their category and their action's page (a complaint's,
 * a certificate's…): each event then says only whether it is mandatory and who hears of it.
 */
export function routeFamily<L>(category: NotificationCategory, link: (payload: L) => string) {
  return <P extends L>(mandatory: boolean, recipients: readonly RecipientRule<NoInfer<P>>[]): Route<P> => ({
    category,
    mandatory,
    recipients,
    link,
  });
}
