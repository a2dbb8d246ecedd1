import { SYSTEM_PRINCIPAL, type Principal } from '@certhub/contracts';
import { DomainError, type RpcClient } from '@certhub/platform';
import type { IndividualCertificateRepository } from '../individual-certificate.repository';
import { GetIndividualCredential } from './get-individual-credential.usecase';

const establishment: Principal = {
  userId: 'u',
  tenantType: 'network',
  tenantId: 'net-1',
  roles: ['establishment_admin'],
  perimeter: { trainingOrganisationId: 'of-1', establishmentId: 'est-1' },
};
const credential = {
  certificateId: 'ic-1',
  number: 'CLEA-1',
  issuer: 'did:web:x:cbs:cb-1',
  jwt: 'a.b.c',
  verifyUrl: 'https://x/verify/CLEA-1',
  issuedAt: '2026-03-02T10:00:00.000Z',
};

describe(GetIndividualCredential.name, () => {
  const setup = (found: boolean, answer: () => Promise<unknown>) => {
    const certificates = {
      getForReader: jest.fn(async () => {
        if (!found) throw DomainError.notFound('individual certificate ic-1');
        return { number: 'CLEA-1' };
      }),
    } as unknown as IndividualCertificateRepository;
    const call = jest.fn(answer);
    return {
      sut: new GetIndividualCredential(certificates, { call } as unknown as RpcClient),
      certificates,
      call,
    };
  };

  it('asks the credentials service as the platform, once the reader’s perimeter holds the certificate', async () => {
    const { sut, certificates, call } = setup(true, async () => credential);
    await expect(sut.execute(establishment, { certificateId: 'ic-1' })).resolves.toEqual(credential);
    expect(certificates.getForReader).toHaveBeenCalledWith(
      { kind: 'tenant', filter: { tenantId: 'est-1', establishmentId: 'est-1', networkId: 'net-1' } },
      'ic-1',
    );
    expect(call).toHaveBeenCalledWith(
      'credentials.credential.get',
      { certificateId: 'ic-1' },
      {
        principal: SYSTEM_PRINCIPAL,
      },
    );
  });

  it('says "not found" outside the perimeter, without asking for the credential', async () => {
    const { sut, call } = setup(false, async () => credential);
    await expect(sut.execute(establishment, { certificateId: 'ic-1' })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('says "not issued yet" (409) while the credentials service has none, and passes other failures on', async () => {
    const missing = setup(true, async () => Promise.reject(DomainError.notFound('credential')));
    await expect(missing.sut.execute(establishment, { certificateId: 'ic-1' })).rejects.toMatchObject({
      code: 'conflict',
      details: { credential: 'pending' },
    });
    const down = setup(true, async () => Promise.reject(new Error('timeout')));
    await expect(down.sut.execute(establishment, { certificateId: 'ic-1' })).rejects.toThrow('timeout');
  });
});
