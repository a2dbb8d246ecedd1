import type { CloudEvent } from '@certhub/contracts';

/** A partner's allowed scope, or a subscription's: a dimension left out matches any event. */
export interface Scope {
  cbId?: string;
  schemeId?: string;
  sirens?: string[];
}

/** What an event says about where it belongs, as far as scopes are concerned. */
export interface EventFacts {
  cbId?: string;
  schemeId?: string;
  siren?: string;
}

/** Event types delivered by CB (and scheme) alone, whatever organisation they name. */
const CB_MATTERS = /^certhub\.(complaint|appeal)\./;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/**
 * Reads the scope facts of an event: the SIREN is the certificate holder's or the dossier event's;
 * for events that only name the organisation, `sirenOf` resolves it from what organisation events
 * taught us (never for a complaint or an appeal). The CB is the payload's `cbId`, or the envelope's
 * tenant (the CB for dossier and certificate events).
 */
export function factsOf(
  event: CloudEvent,
  sirenOf: (organisationId: string) => string | undefined,
): EventFacts {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const holder = data['holder'] as { siren?: unknown } | undefined;
  // A complaint or an appeal is a matter between a CB and whoever raised it: it states its CB,
  // never a SIREN, so that a partner following organisations (a retailer, a marketplace) never
  // learns that one was complained about or appealed.
  const organisationId = CB_MATTERS.test(event.type) ? undefined : text(data['organisationId']);
  const siren =
    text(holder?.siren) ?? text(data['siren']) ?? (organisationId ? sirenOf(organisationId) : undefined);
  const cbId = text(data['cbId']) ?? text(event.tenantid);
  const schemeId = text(data['schemeId']);
  return { ...(cbId ? { cbId } : {}), ...(schemeId ? { schemeId } : {}), ...(siren ? { siren } : {}) };
}

/**
 * Deny by default: a dimension the scope sets must be known on the event and equal. An event
 * whose SIREN is unknown never reaches a SIREN-restricted partner.
 */
export function inScope(scope: Scope, facts: EventFacts): boolean {
  if (scope.cbId && scope.cbId !== facts.cbId) return false;
  if (scope.schemeId && scope.schemeId !== facts.schemeId) return false;
  if (scope.sirens?.length && !(facts.siren && scope.sirens.includes(facts.siren))) return false;
  return true;
}

/** A subscription scope that asks for something its partner may not see can never match: refuse it. */
export function conflictsWith(allowed: Scope, wanted: Scope): string[] {
  const problems: string[] = [];
  if (allowed.cbId && wanted.cbId && allowed.cbId !== wanted.cbId) problems.push(`cbId ${wanted.cbId}`);
  if (allowed.schemeId && wanted.schemeId && allowed.schemeId !== wanted.schemeId)
    problems.push(`schemeId ${wanted.schemeId}`);
  const outside = allowed.sirens?.length
    ? (wanted.sirens ?? []).filter((s) => !allowed.sirens?.includes(s))
    : [];
  if (outside.length) problems.push(`sirens ${outside.join(', ')}`);
  return problems;
}
