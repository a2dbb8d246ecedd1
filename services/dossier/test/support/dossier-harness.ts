import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
  type CloudEvent,
  type Principal,
  type Role,
  type RpcRequest,
  type RpcSubject,
} from '@certhub/contracts';
import { InternalTokens } from '@certhub/platform';
import {
  SEEDED_SCHEMES,
  StackHarness,
  runtimeEnv,
  serviceDatabase,
  waitFor,
  type RpcTestClient,
  type StackParts,
} from '@certhub/testing';
import type { Connection } from 'mongoose';

export const CB = 'cb-demo';
export const ORG = 'org-demo';

const principal = (tenantType: Principal['tenantType'], tenantId: string, role: Role, userId: string) =>
  ({ userId, tenantType, tenantId, roles: [role] }) satisfies Principal;

/** Principals of the realm's demo tenants; user ids of the CB staff are their real identity ids. */
export interface Cast {
  orgAdmin: Principal;
  orgMember: Principal;
  cbAdmin: Principal;
  analyst: Principal;
  auditor: Principal;
  decider: Principal;
  otherOrgAdmin: Principal;
  otherCbAnalyst: Principal;
  /** An auditor of the demo CB booked on nothing: the auditor read rule hides what he is not booked on. */
  unbookedAuditor: Principal;
}

/** The realm's demo principals, with the identity ids of the CB staff. */
async function demoCast(rpc: RpcTestClient): Promise<Cast> {
  const cbAdmin = principal('cb', CB, 'cb_admin', 'u-cb-admin');
  const idOf = async (email: string, role: Role) => {
    const found = await rpc.call('identity.users.list', { q: email, role }, cbAdmin);
    const user = found.items.find((u) => u.email === email);
    if (!user) throw new Error(`demo user ${email} is not in identity`);
    return user.id;
  };
  const cast: Cast = {
    orgAdmin: principal('organisation', ORG, 'org_admin', 'u-org-admin'),
    orgMember: principal('organisation', ORG, 'org_member', 'u-org-member'),
    cbAdmin,
    analyst: principal('cb', CB, 'analyst', await idOf('analyst@certhub.local', 'analyst')),
    auditor: principal('cb', CB, 'auditor', await idOf('auditor@certhub.local', 'auditor')),
    decider: principal('cb', CB, 'decision_maker', await idOf('decider@certhub.local', 'decision_maker')),
    otherOrgAdmin: principal('organisation', 'org-other', 'org_admin', 'u-other-org-admin'),
    otherCbAnalyst: principal('cb', 'cb-other', 'analyst', 'u-other-analyst'),
    unbookedAuditor: principal('cb', CB, 'auditor', 'u-auditor-not-booked'),
  };
  // Planning books only auditors qualified for the dossier's scheme (the demo seeding may have
  // qualified him already: a conflict is fine).
  for (const schemeId of SEEDED_SCHEMES)
    await rpc
      .call(
        'dossier.qualifications.create',
        { auditorId: cast.auditor.userId, schemeId, validFrom: '2000-01-01' },
        cbAdmin,
      )
      .catch((error: { code?: string }) => {
        if (error.code !== 'conflict') throw error;
      });
  return cast;
}

/**
 * identity + dossier + document on a private NATS and database prefix, typed RPC as any
 * principal, uploads as any principal (the document service's internal route, as the gateway
 * calls it), the dossier database for test seeding, and the events the dossier service published.
 */
export class DossierHarness extends StackHarness {
  private constructor(
    parts: StackParts,
    readonly db: Connection,
    readonly cast: Cast,
  ) {
    super(parts);
  }

  static async start(env: Record<string, string> = {}): Promise<DossierHarness> {
    const parts = await StackHarness.open(['identity', 'dossier', 'document'], env);
    try {
      const cast = await demoCast(parts.rpc);
      return new DossierHarness(parts, await serviceDatabase(parts.stack, 'dossier'), cast);
    } catch (error) {
      await StackHarness.close(parts);
      throw error;
    }
  }

  /**
   * A document uploaded into a context as `as` (a unique PDF unless bytes are given), as the
   * gateway streams it: the id the dossier's commands then reference.
   */
  upload(contextId: string, as: Principal, bytes?: Buffer): Promise<string> {
    return this.sendFile(
      'POST',
      `?${new URLSearchParams({ contextId, filename: 'piece.pdf' }).toString()}`,
      as,
      bytes,
    );
  }

  /** A new version of a document (a correction of a frozen one), as `as`. */
  replace(documentId: string, as: Principal, bytes?: Buffer): Promise<string> {
    return this.sendFile('PUT', `/${documentId}/content?filename=piece.pdf`, as, bytes);
  }

  private async sendFile(
    method: 'POST' | 'PUT',
    path: string,
    as: Principal,
    bytes?: Buffer,
  ): Promise<string> {
    const tokens = new InternalTokens(runtimeEnv().INTERNAL_TOKEN_SECRET, 'gateway');
    const res = await fetch(`${this.stack.service('document').url}/internal/documents${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await tokens.sign('document', as)}`,
        'content-type': 'application/octet-stream',
      },
      body: bytes ?? Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(512)]),
    });
    const body = (await res.json()) as { documentId?: string };
    if (res.status !== (method === 'POST' ? 201 : 200) || !body.documentId)
      throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(body)}`);
    return body.documentId;
  }

  /** The RPC's error body (code, message, details) or a failure if it succeeded. */
  async failure<K extends RpcSubject>(
    subject: K,
    payload: RpcRequest<K>,
    as: Principal,
  ): Promise<{ code: string; message: string; details?: unknown }> {
    try {
      await this.call(subject, payload, as);
    } catch (error) {
      const e = error as { code: string; message: string; details?: unknown };
      return { code: e.code, message: e.message, details: e.details };
    }
    throw new Error(`${subject} succeeded where a failure was expected`);
  }

  get dossiers() {
    return this.db.collection('dossiers');
  }

  /** Every event of one dossier published so far, in stream order (the NATS server is this stack's own). */
  eventsOf(dossierId: string): Promise<CloudEvent[]> {
    return this.bus.published('evt.dossier.>', (event) => event.partitionkey === dossierId);
  }

  /** Waits until the outbox relay has published what `until` expects. */
  waitForEvents(dossierId: string, until: (events: CloudEvent[]) => boolean): Promise<CloudEvent[]> {
    return waitFor(
      `the events of dossier ${dossierId}`,
      async () => {
        const events = await this.eventsOf(dossierId);
        return until(events) ? events : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );
  }

  /** Who must not see an audit or finding of a demo dossier (404): another CB, another organisation, an unbooked auditor. */
  get outsiders(): Principal[] {
    return [this.cast.otherCbAnalyst, this.cast.otherOrgAdmin, this.cast.unbookedAuditor];
  }

  override async stop(): Promise<void> {
    // Set DOSSIER_TEST_OUTPUT=1 to see the service's log after a failing run.
    if (process.env['DOSSIER_TEST_OUTPUT'])
      writeFileSync(process.env['DOSSIER_TEST_OUTPUT'], this.stack.service('dossier').output());
    await this.db.close();
    await super.stop();
  }
}
