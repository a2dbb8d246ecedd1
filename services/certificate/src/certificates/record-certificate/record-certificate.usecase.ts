import { Injectable } from '@nestjs/common';
import type { CertificateData } from '@certhub/contracts';
import { CertificateRepository } from '../certificate.repository';

/**
 * Indexes an issued or renewed certificate for verification at once, before (and whether or not)
 * its PDF is printed.
 */
@Injectable()
export class RecordCertificate {
  constructor(private readonly certificates: CertificateRepository) {}

  async execute(data: CertificateData): Promise<void> {
    await this.certificates.saveIssued(data);
  }
}
