import { passwordToken } from '@certhub/testing';
import { portalUrl } from './portal';

/**
 * The other side of the applicant's journey (the CB's analyst, auditor and decision-maker) and the
 * applicant's own calls a person cannot make in the browser yet, through the public API with real
 * Keycloak tokens.
 */
export class Api {
  private constructor(private readonly tokens: Record<Actor, string>) {}

  static async signIn(): Promise<Api> {
    const [applicant, cbAdmin, analyst, auditor, decider, platform] = await Promise.all(
      ['org.admin', 'cb.admin', 'analyst', 'auditor', 'decider', 'platform.admin'].map((u) =>
        passwordToken(`${u}@certhub.local`),
      ),
    );
    return new Api({
      applicant: applicant as string,
      cbAdmin: cbAdmin as string,
      analyst: analyst as string,
      auditor: auditor as string,
      decider: decider as string,
      platform: platform as string,
    });
  }

  /** An actor's access token, for the calls that are not JSON (file downloads). */
  token(actor: Actor): string {
    return this.tokens[actor];
  }

  /** The user id (token subject) of an actor. */
  subject(actor: Actor): string {
    const payload = this.tokens[actor].split('.')[1] ?? '';
    return (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string }).sub;
  }

  async call<T = Record<string, unknown>>(
    actor: Actor,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    return callApi<T>(this.tokens[actor], method, path, body, `${actor} `);
  }

  /** A PDF uploaded into an upload context as the portal sends it (the raw body); its document id. */
  async upload(actor: Actor, contextId: string): Promise<string> {
    const query = new URLSearchParams({ contextId, filename: 'piece.pdf' }).toString();
    const res = await fetch(portalUrl(`/api/v1/documents?${query}`), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${this.tokens[actor]}` },
      body: Buffer.from(`%PDF-1.7\n${contextId} ${Date.now()} ${Math.random()}`),
    });
    const text = await res.text();
    if (res.status !== 201) throw new Error(`${actor} upload into ${contextId} → ${res.status}: ${text}`);
    return (JSON.parse(text) as { documentId: string }).documentId;
  }
}

/** A JSON call to the public API with a bearer token; a failure throws with the problem's text. */
export async function callApi<T = Record<string, unknown>>(
  token: string,
  method: string,
  path: string,
  body?: unknown,
  caller = '',
): Promise<T> {
  const res = await fetch(portalUrl(`/api/v1${path}`), {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${caller}${method} ${path} → ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * The journeys share the demo organisation, which may hold one running certificate per scheme (a
 * second application is refused): a journey that certifies withdraws what it granted when it ends.
 */
export async function withdrawDemoCertificates(api: Api): Promise<void> {
  const page = await api.call<{
    items: { id: string; certificate?: { status: string } }[];
  }>('decider', 'GET', '/dossiers?pageSize=100');
  for (const dossier of page.items)
    if (dossier.certificate && ['valid', 'suspended'].includes(dossier.certificate.status))
      await api.call('decider', 'POST', `/dossiers/${dossier.id}/certificate/withdrawal`, {
        reason: 'Fin du parcours de test',
      });
}

export type Actor = 'applicant' | 'cbAdmin' | 'analyst' | 'auditor' | 'decider' | 'platform';

export const today = (offsetDays = 0) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * An initial audit of the dossier by the demo auditor on one day (`offsetDays` from today), booked
 * by the analyst and completed with its report by the auditor: findings may be recorded on it, then
 * its `version` closes their recording. Journeys book different days, the auditor being one person.
 */
export async function completedAudit(
  api: Api,
  dossierId: string,
  offsetDays: number,
): Promise<{ id: string; version: number }> {
  const audit = await api.call<{ id: string; version: number }>(
    'analyst',
    'POST',
    `/dossiers/${dossierId}/audits`,
    {
      type: 'initial',
      startDate: today(offsetDays),
      endDate: today(offsetDays),
      auditorIds: [api.subject('auditor')],
    },
  );
  const done = await api.call<{ version: number }>('auditor', 'POST', `/audits/${audit.id}/completion`, {
    version: audit.version,
    reportDocumentId: await api.upload('auditor', `audit:${audit.id}:report`),
  });
  return { id: audit.id, version: done.version };
}
