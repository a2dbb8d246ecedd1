import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError, ObjectStorage } from '@certhub/platform';
import type { Readable } from 'node:stream';
import { CERTIFICATES_BUCKET } from '../../config';
import { requireCertificateReader } from '../certificate-access';
import { CertificatePdfsRepository } from '../../pdfs/certificate-pdfs.repository';
import type { PdfVersion } from '../../pdfs/certificate-pdfs.schema';
import { CertificateRepository } from '../certificate.repository';

export interface CertificatePdf {
  stream: Readable;
  size: number;
  sha256: string;
  filename: string;
}

/** A printed PDF as it is handed out: its bytes from the bucket, named after the certificate's number. */
export async function certificatePdf(
  storage: ObjectStorage,
  pdf: { key: string; size: number; sha256: string },
  name: string,
): Promise<CertificatePdf> {
  return {
    stream: await storage.get(CERTIFICATES_BUCKET, pdf.key),
    size: pdf.size,
    sha256: pdf.sha256,
    filename: `certificate-${name.replace(/[^\w.-]+/g, '_')}.pdf`,
  };
}

/**
 * The latest printed PDF of a certificate, for its holder's and its CB's users. Another tenant's
 * certificate is "not found", exactly like one that does not exist.
 */
@Injectable()
export class DownloadCertificatePdf {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly pdfs: CertificatePdfsRepository,
    private readonly storage: ObjectStorage,
  ) {}

  async execute(principal: Principal | undefined, certificateId: string): Promise<CertificatePdf> {
    const reader = requireCertificateReader(principal);
    const certificate = await this.certificates.getForReader(reader, certificateId);
    const printed = await this.pdfs.findForReader(reader, certificateId);
    const latest = printed?.versions.reduce<PdfVersion | undefined>(
      (best, pdf) => (!best || pdf.version > best.version ? pdf : best),
      undefined,
    );
    if (!latest) {
      throw DomainError.conflict(`the PDF of certificate ${certificate.number} is not available`, {
        render: printed?.render.status ?? 'pending',
      });
    }
    return certificatePdf(this.storage, latest, `${certificate.number}-v${latest.version}`);
  }
}
