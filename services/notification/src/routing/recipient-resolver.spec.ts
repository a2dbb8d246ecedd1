import { SYSTEM_PRINCIPAL, type EventPayload, type Principal, type RpcRequest } from '@certhub/contracts';
import { DomainError, type RpcClient } from '@certhub/platform';
import { RecipientResolver } from './recipient-resolver';
import { ROUTES } from './routes';

type Request = RpcRequest<'identity.recipients.resolve'>;

/** Stands in for the identity service: everyone asked for exists, once per tenant and id. */
function fakeIdentity(calls: { request: Request; principal?: Principal }[]): RpcClient {
  return {
    call: async (_subject: string, request: Request, options: { principal?: Principal }) => {
      calls.push({ request, principal: options.principal });
      const ids = request.userIds ?? (request.roles ?? []).map((role) => `${request.tenantId}-${role}`);
      return ids.map((userId) => ({
        userId,
        email: `${userId}@example.org`,
        firstName: 'F',
        lastName: 'L',
        role: request.roles?.[0] ?? 'auditor',
        locale: 'fr',
      }));
    },
  } as unknown as RpcClient;
}

/** Where a candidacy event of the individuals' line happens: the candidate in establishment 1. */
const candidacy = {
  candidateId: 'cand-1',
  reference: 'C-1',
  establishmentId: 'est-1',
  trainingOrganisationId: 'of-1',
  networkId: 'net-1',
  certifierId: 'cb-1',
};

/** What the resolver asks the identity service for, to tell of one event of `type`. */
async function askedFor<K extends keyof typeof ROUTES>(
  type: K,
  payload: Parameters<RecipientResolver['resolve']>[1] & EventPayload<K>,
): Promise<Request[]> {
  const calls: { request: Request }[] = [];
  await new RecipientResolver(fakeIdentity(calls)).resolve(ROUTES[type], payload);
  return calls.map((c) => c.request);
}

const planned: EventPayload<'certhub.dossier.audit_planned.v1'> = {
  dossierId: 'd-1',
  organisationId: 'org-1',
  cbId: 'cb-1',
  schemeId: 'amarc',
  auditId: 'a-1',
  type: 'initial',
  startDate: '2026-03-16',
  endDate: '2026-03-17',
  auditorIds: ['aud-1', 'aud-2'],
  at: '2026-03-02T09:30:00.000Z',
  by: 'analyst-1',
};

describe(RecipientResolver.name, () => {
  it('asks identity, as the SYSTEM principal, for the applicants and the named auditors in their tenants', async () => {
    const calls: { request: Request; principal?: Principal }[] = [];
    const sut = new RecipientResolver(fakeIdentity(calls));
    const found = await sut.resolve(ROUTES['certhub.dossier.audit_planned.v1'], planned);
    expect(calls).toEqual([
      { request: { tenantId: 'org-1', roles: ['org_admin', 'org_member'] }, principal: SYSTEM_PRINCIPAL },
      { request: { tenantId: 'cb-1', userIds: ['aud-1', 'aud-2'] }, principal: SYSTEM_PRINCIPAL },
    ]);
    expect(found.map((r) => [r.tenantId, r.userId])).toEqual([
      ['org-1', 'org-1-org_admin'],
      ['org-1', 'org-1-org_member'],
      ['cb-1', 'aud-1'],
      ['cb-1', 'aud-2'],
    ]);
  });

  it('links each recipient to his side’s page: the applicant to its dossier, the auditors to the audit', async () => {
    const found = await new RecipientResolver(fakeIdentity([])).resolve(
      ROUTES['certhub.dossier.audit_planned.v1'],
      planned,
    );
    expect(found.map((r) => [r.userId, r.link])).toEqual([
      ['org-1-org_admin', '/dossiers/d-1'],
      ['org-1-org_member', '/dossiers/d-1'],
      ['aud-1', '/cb/audits/a-1'],
      ['aud-2', '/cb/audits/a-1'],
    ]);
  });

  it('skips an audience whose tenant the event does not name (a dossier not yet assigned to a CB)', async () => {
    const asked = await askedFor('certhub.dossier.submitted.v1', {
      ...planned,
      cbId: undefined,
      submittedBy: 'u-1',
      submittedAt: '2026-03-02T09:30:00.000Z',
    });
    expect(asked.map((r) => r.tenantId)).toEqual(['org-1']);
  });

  it('applies a rule only to the transitions it is for', async () => {
    const calls: { request: Request }[] = [];
    const sut = new RecipientResolver(fakeIdentity(calls));
    const change = {
      dossierId: 'd-1',
      organisationId: 'org-1',
      cbId: 'cb-1',
      schemeId: 'amarc',
      reference: 'D-1',
      at: '2026-03-02T09:30:00.000Z',
      by: 'u-1',
    } as const;
    await sut.resolve(ROUTES['certhub.dossier.status_changed.v1'], {
      ...change,
      from: 'audited',
      to: 'decision_pending',
    });
    expect(calls.map((c) => c.request)).toEqual([
      { tenantId: 'org-1', roles: ['org_admin'] },
      { tenantId: 'cb-1', roles: ['decision_maker'] },
    ]);
    calls.length = 0;
    await sut.resolve(ROUTES['certhub.dossier.status_changed.v1'], {
      ...change,
      from: 'draft',
      to: 'submitted',
    });
    expect(calls).toEqual([]);
  });

  it('notifies a user matched by two rules once', async () => {
    const sut = new RecipientResolver(fakeIdentity([]));
    const found = await sut.resolve(
      {
        category: 'audit',
        mandatory: true,
        recipients: [
          { tenant: 'cbId', users: 'auditorIds', link: () => '/first' },
          { tenant: 'cbId', users: 'auditorIds', link: () => '/second' },
        ],
        link: () => '/',
      },
      planned,
    );
    // As the first rule that names him says.
    expect(found.map((r) => [r.userId, r.link])).toEqual([
      ['aud-1', '/first'],
      ['aud-2', '/first'],
    ]);
  });

  describe('a network option', () => {
    const created: EventPayload<'certhub.candidacy.created.v1'> = {
      ...candidacy,
      createdBy: 'u-1',
    };
    /** Identity with one network whose option is as given; every other network unknown. */
    function identityWith(notifyOnCandidacy: boolean, subjects: string[]): RpcClient {
      const people = fakeIdentity([]);
      return {
        call: async (subject: string, request: { networkId?: string }, options: object) => {
          subjects.push(subject);
          if (subject !== 'identity.networks.get')
            return people.call(subject as never, request as never, options);
          if (request.networkId !== 'net-1') throw new DomainError('not_found', 'network not found');
          return { id: 'net-1', notifyOnCandidacy };
        },
      } as unknown as RpcClient;
    }

    it('tells the network’s heads of a new candidacy when the network asked for it', async () => {
      const subjects: string[] = [];
      const sut = new RecipientResolver(identityWith(true, subjects));
      const found = await sut.resolve(ROUTES['certhub.candidacy.created.v1'], created);
      expect(found.map((r) => r.userId)).toEqual(['net-1-network_admin', 'net-1-network_supervisor']);
      expect(subjects).toEqual(['identity.networks.get', 'identity.recipients.resolve']);
    });

    it('tells nobody when the option is off, or the network is gone', async () => {
      const sut = new RecipientResolver(identityWith(false, []));
      expect(await sut.resolve(ROUTES['certhub.candidacy.created.v1'], created)).toEqual([]);
      const gone = new RecipientResolver(identityWith(true, []));
      expect(
        await gone.resolve(ROUTES['certhub.candidacy.created.v1'], { ...created, networkId: 'net-x' }),
      ).toEqual([]);
    });
  });

  it('tells both certifiers and both networks of a change of certifier', async () => {
    const asked = await askedFor('certhub.candidacy.certifier_changed.v1', {
      candidateId: 'cand-1',
      reference: 'C-1',
      transferId: 'tr-1',
      establishmentId: 'est-2',
      networkId: 'net-2',
      fromNetworkId: 'net-1',
      fromCertifierId: 'cb-1',
      certifierId: 'cb-2',
      changedBy: 'c-1',
    });
    expect(asked.map((r) => r.tenantId)).toEqual(['cb-2', 'cb-1', 'net-2', 'net-1']);
  });

  /** A transfer from est-1 (net-1) to est-2 (net-2), refused. */
  const transferDecided: EventPayload<'certhub.transfer.decided.v1'> = {
    transferId: 'tr-1',
    candidateId: 'cand-1',
    reference: 'C-1',
    establishmentId: 'est-2',
    trainingOrganisationId: 'of-2',
    networkId: 'net-2',
    fromEstablishmentId: 'est-1',
    fromTrainingOrganisationId: 'of-1',
    fromNetworkId: 'net-1',
    certifierId: 'cb-1',
    decision: 'refused',
    reason: 'r',
    decidedBy: 'c-1',
    requestedBy: 'u-est-2',
  };

  it('asks for a transfer’s answer the requester, and each side within its own establishment', async () => {
    const asked = await askedFor('certhub.transfer.decided.v1', { ...transferDecided, networkId: 'net-1' });
    const side = ['network_admin', 'network_supervisor', 'training_org_admin', 'establishment_admin'];
    expect(asked).toEqual([
      { tenantId: 'net-1', userIds: ['u-est-2'] },
      {
        tenantId: 'net-1',
        roles: side,
        within: { trainingOrganisationId: 'of-2', establishmentId: 'est-2' },
      },
      {
        tenantId: 'net-1',
        roles: side,
        within: { trainingOrganisationId: 'of-1', establishmentId: 'est-1' },
      },
    ]);
  });

  it('links a refused transfer’s answer to the requests for the side that asked, to the candidate for the side that keeps him', async () => {
    const sut = new RecipientResolver(fakeIdentity([]));
    const links = async (decision: 'accepted' | 'refused') =>
      new Map(
        (await sut.resolve(ROUTES['certhub.transfer.decided.v1'], { ...transferDecided, decision })).map(
          (r) => [r.userId, r.link],
        ),
      );
    const refused = await links('refused');
    expect(refused.get('u-est-2')).toBe('/training/transfers');
    expect(refused.get('net-2-establishment_admin')).toBe('/training/transfers');
    expect(refused.get('net-1-establishment_admin')).toBe('/training/candidates/cand-1');
    // Accepted, the candidate is no longer the side's that let him go.
    expect((await links('accepted')).get('net-1-establishment_admin')).toBe('/training/candidates');
  });

  it('asks for a jury decision’s audience within the candidate’s establishment only', async () => {
    const asked = await askedFor('certhub.candidacy.jury_decided.v1', {
      ...candidacy,
      decision: 'certified',
      juryDate: '2026-03-02',
      decidedBy: 'j-1',
    });
    expect(asked.map((r) => r.within)).toEqual([
      { trainingOrganisationId: 'of-1', establishmentId: 'est-1' },
    ]);
  });
});
