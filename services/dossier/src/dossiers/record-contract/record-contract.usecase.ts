import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { toDossierResponse } from '../dossier.mapper';

/** The signed offer came back: the CB records the contract (reference, date, optional scan). */
@Injectable()
export class RecordContract {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.contracts.record'>,
  ): Promise<RpcResponse<'dossier.contracts.record'>> {
    const { after } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      'record_contract',
      (_, now) => {
        const contract = {
          reference: request.reference,
          signedOn: request.signedOn,
          ...(request.documentId ? { documentId: request.documentId } : {}),
          recordedAt: now,
        };
        return { $set: { contract }, what: `contract ${request.reference} recorded`, after: contract };
      },
    );
    return toDossierResponse(after);
  }
}
