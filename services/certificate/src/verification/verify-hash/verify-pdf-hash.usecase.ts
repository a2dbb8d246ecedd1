import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { today } from '../../certificates/certificate-status';
import { CertificateRepository } from '../../certificates/certificate.repository';
import { toVerificationResponse } from '../../certificates/dto/certificate.response';
import { CertificatePdfsRepository } from '../../pdfs/certificate-pdfs.repository';

/**
 * Public: is this exact file one certhub printed? Any printed version counts as genuine; the
 * certificate's current status comes with the answer, so a genuine but withdrawn file says so.
 */
@Injectable()
export class VerifyPdfHash {
  constructor(
    private readonly pdfs: CertificatePdfsRepository,
    private readonly certificates: CertificateRepository,
  ) {}

  readonly execute: RpcHandler<'certificate.verify.hash'> = async ({ sha256 }) => {
    const certificateId = await this.pdfs.certificateIdOfHash(sha256);
    if (!certificateId) return { genuine: false };
    const certificate = await this.certificates.findById(certificateId);
    return certificate
      ? { genuine: true, certificate: toVerificationResponse(certificate, today()) }
      : { genuine: true };
  };
}
