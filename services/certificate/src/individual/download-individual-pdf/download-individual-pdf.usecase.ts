import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError, ObjectStorage } from '@certhub/platform';
import {
  certificatePdf,
  type CertificatePdf,
} from '../../certificates/download-certificate-pdf/download-certificate-pdf.usecase';
import { requireIndividualReader } from '../individual-access';
import { IndividualCertificateRepository } from '../individual-certificate.repository';
import { PrintAllowance } from '../print-allowance/print-allowance';

/**
 * The PDF of an individual certificate, for the candidate's establishment, organisation and
 * network and for its certifier; anyone else gets "not found". The training side prints it a few
 * times a month (print-allowance.ts).
 */
@Injectable()
export class DownloadIndividualPdf {
  constructor(
    private readonly certificates: IndividualCertificateRepository,
    private readonly storage: ObjectStorage,
    private readonly allowance: PrintAllowance,
  ) {}

  async execute(principal: Principal | undefined, certificateId: string): Promise<CertificatePdf> {
    const reader = requireIndividualReader(principal);
    const found = await this.certificates.getForReader(reader, certificateId);
    if (!found.pdf)
      throw DomainError.conflict(`the PDF of certificate ${found.number} is not printed yet`, {
        render: 'pending',
      });
    if (principal) await this.allowance.take(principal, found);
    return certificatePdf(this.storage, found.pdf, found.number);
  }
}
