import { Controller, Get, Param, Res } from '@nestjs/common';
import { StatusPurposeSchema } from '@certhub/contracts';
import { DomainError, Public, RpcClient } from '@certhub/platform';
import type { Response } from 'express';
import { VC_JWT } from '../http/media-types';

/**
 * The URLs verifiers resolve, outside /api because their shape is set by standards: did:web maps
 * `did:web:<host>:cbs:<cbId>` to `/cbs/<cbId>/did.json`, and a credential's status entries name
 * `/cbs/<cbId>/status/<purpose>`. Both are public and cacheable for a few seconds only, so that a
 * suspension reaches verifiers within the time promised (docs/domain/verifiable-certificates.md).
 */
@Controller('cbs')
@Public()
export class IssuerDocumentsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':cbId/did.json')
  async did(@Param('cbId') cbId: string, @Res({ passthrough: true }) res: Response): Promise<unknown> {
    const document = await this.rpc.call('credentials.did.get', { cbId });
    // As short as the status lists': after a rotation the lists and new credentials are signed by a
    // key that a verifier holding an older copy of this document would not find.
    res.set({ 'content-type': 'application/did+json', 'cache-control': 'public, max-age=5' });
    return JSON.stringify(document);
  }

  @Get(':cbId/status/:purpose')
  async statusList(
    @Param('cbId') cbId: string,
    @Param('purpose') purpose: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const parsed = StatusPurposeSchema.safeParse(purpose);
    if (!parsed.success) throw DomainError.notFound(`status list "${purpose.slice(0, 32)}"`);
    const { jwt } = await this.rpc.call('credentials.status-list.get', { cbId, purpose: parsed.data });
    res.set({ 'content-type': VC_JWT, 'cache-control': 'public, max-age=5' });
    return jwt;
  }
}
