import { Controller, Get, Param, Res, type Type } from '@nestjs/common';
import type { CredentialResponse, Principal } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import type { Response } from 'express';
import QRCode from 'qrcode';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { SVG, VC_JWT } from '../http/media-types';
import { DescribeRoute } from '../http/route-doc';

/** The credential as a file for a wallet or a verifier. */
function asFile(res: Response, credential: CredentialResponse): string {
  const filename = `${credential.number.replace(/[^A-Za-z0-9._-]/g, '_')}.vc.jwt`;
  res.set({ 'content-type': VC_JWT, 'content-disposition': `attachment; filename="${filename}"` });
  return credential.jwt;
}

/** A QR code of the credential's public verification page, what the PDF prints too. */
function asQrCode(res: Response, { verifyUrl }: CredentialResponse): Promise<string> {
  res.set({ 'content-type': SVG });
  return QRCode.toString(verifyUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

interface CredentialFiles {
  /** The public routes' prefix and their OpenAPI tag. */
  path: string;
  tag: string;
  /** The RPC that reads the credential for the caller (and decides who may). */
  subject: 'credentials.credential.get' | 'certificate.individual.credential';
  docs: Record<'file' | 'qr', { operationId: string; summary: string }>;
}

/**
 * A certificate's credential as things to hand over: a file for a wallet or a verifier, and a QR
 * code of its public verification page (the JSON form is the catalogue's route).
 */
function credentialFilesController(name: string, spec: CredentialFiles): Type {
  @Controller(spec.path)
  class CredentialFiles {
    constructor(private readonly rpc: RpcClient) {}

    @Get(':certificateId/credential.jwt')
    @DescribeRoute({
      ...spec.docs.file,
      tag: spec.tag,
      ok: { description: 'The credential, secured with JOSE', content: { bytes: [VC_JWT] } },
    })
    async file(
      @Param('certificateId') certificateId: string,
      @CurrentPrincipal() principal: Principal,
      @Res({ passthrough: true }) res: Response,
    ): Promise<string> {
      return asFile(res, await this.credential(certificateId, principal));
    }

    @Get(':certificateId/credential/qr.svg')
    @DescribeRoute({
      ...spec.docs.qr,
      tag: spec.tag,
      ok: { description: 'The QR code', content: { bytes: [SVG] } },
    })
    async qr(
      @Param('certificateId') certificateId: string,
      @CurrentPrincipal() principal: Principal,
      @Res({ passthrough: true }) res: Response,
    ): Promise<string> {
      return asQrCode(res, await this.credential(certificateId, principal));
    }

    private credential(certificateId: string, principal: Principal): Promise<CredentialResponse> {
      return this.rpc.call(spec.subject, { certificateId }, { principal });
    }
  }
  return Object.defineProperty(CredentialFiles, 'name', { value: name });
}

/** An organisation's certificate: its credential comes from the credentials service. */
export const CredentialFilesController = credentialFilesController('CredentialFilesController', {
  path: 'api/v1/certificates',
  tag: 'certificates',
  subject: 'credentials.credential.get',
  docs: {
    file: {
      operationId: 'credentials.credential.download',
      summary: 'The certificate’s verifiable credential as a file (application/vc+jwt)',
    },
    qr: {
      operationId: 'credentials.credential.qr',
      summary: 'A QR code of the certificate’s public verification page (the deep link)',
    },
  },
});

/**
 * A person's certificate: asked of the certificate service, which knows the candidate's perimeter
 * (her establishment, organisation and network, and her certifier).
 */
export const IndividualCredentialFilesController = credentialFilesController(
  'IndividualCredentialFilesController',
  {
    path: 'api/v1/individual-certificates',
    tag: 'individual certificates',
    subject: 'certificate.individual.credential',
    docs: {
      file: {
        operationId: 'certificate.individual.credential.download',
        summary: 'The individual certificate’s Open Badge as a file (application/vc+jwt)',
      },
      qr: {
        operationId: 'certificate.individual.credential.qr',
        summary: 'A QR code of the individual certificate’s public verification page (the deep link)',
      },
    },
  },
);
