import { Injectable } from '@nestjs/common';
import { PARAMTYPES_METADATA } from '@nestjs/common/constants';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain-error';
import { handle, rpcHandlers } from './rpc-handlers';

const principal: Principal = { userId: 'u1', tenantType: 'cb', tenantId: 'cb1', roles: ['analyst'] };

@Injectable()
class Confirm {
  readonly calls: unknown[][] = [];
  async execute(...args: unknown[]): Promise<RpcResponse<'dossier.findings.confirm'>> {
    this.calls.push(args);
    return {} as RpcResponse<'dossier.findings.confirm'>;
  }
  async reject(
    p: Principal,
    r: RpcPayload<'dossier.findings.reject'>,
  ): Promise<RpcResponse<'dossier.findings.reject'>> {
    return this.execute(p, r);
  }
}

@Injectable()
class Reference {
  readonly calls: unknown[][] = [];
  async list(...args: unknown[]): Promise<RpcResponse<'dossier.schemes.list'>> {
    this.calls.push(args);
    return { items: [], page: 1, pageSize: 20, total: 0 };
  }
  async verify(...args: unknown[]): Promise<RpcResponse<'certificate.verify.number'>> {
    this.calls.push(args);
    return {} as RpcResponse<'certificate.verify.number'>;
  }
}

type Handlers = Record<string, (payload: unknown) => Promise<unknown>>;

describe(rpcHandlers.name, () => {
  const Sut = rpcHandlers(
    handle('dossier.findings.confirm', Confirm),
    handle('dossier.findings.reject', Confirm, 'reject'),
    handle('dossier.schemes.list', Reference, 'list'),
    handle('certificate.verify.number', Reference, 'verify'),
  );
  const confirm = new Confirm();
  const reference = new Reference();
  const sut = new Sut(confirm, reference) as Handlers;
  const call = (subject: string, payload: unknown, as?: Principal) =>
    RequestContext.run({ principal: as }, () => sut[subject]!(payload));

  it('answers each subject with a message pattern, injecting each use case once', () => {
    for (const subject of ['dossier.findings.confirm', 'dossier.schemes.list', 'certificate.verify.number'])
      expect(Reflect.getMetadata(PATTERN_METADATA, Sut.prototype[subject as never])).toEqual([subject]);
    expect(Reflect.getMetadata(PARAMTYPES_METADATA, Sut)).toEqual([Confirm, Reference]);
  });

  it('calls the use case with the caller first, then the payload', async () => {
    await call('dossier.findings.confirm', { findingId: 'f1' }, principal);
    expect(confirm.calls.at(-1)).toEqual([principal, { findingId: 'f1' }]);
  });

  it('refuses a message without a principal before the use case runs', async () => {
    const before = confirm.calls.length;
    await expect(call('dossier.findings.confirm', { findingId: 'f1' })).rejects.toThrow(DomainError);
    await expect(call('dossier.schemes.list', {})).rejects.toThrow('this request needs a signed-in user');
    expect(confirm.calls.length).toBe(before);
  });

  it('gives shared reference data and public operations the payload alone', async () => {
    await call('dossier.schemes.list', { page: 1 }, principal);
    expect(reference.calls.at(-1)).toEqual([{ page: 1 }]);
    await call('certificate.verify.number', { number: 'C-1' });
    expect(reference.calls.at(-1)).toEqual([{ number: 'C-1' }]);
  });

  it('refuses a subject bound twice', () => {
    expect(() =>
      rpcHandlers(handle('dossier.findings.confirm', Confirm), handle('dossier.findings.confirm', Confirm)),
    ).toThrow('dossier.findings.confirm is bound twice');
  });
});
