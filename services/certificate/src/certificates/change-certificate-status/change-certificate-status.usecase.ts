import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@certhub/platform';
import { ALLOWED_FROM } from '../certificate-status';
import { CertificateRepository } from '../certificate.repository';
import type { ChangeCertificateStatusCommand } from './change-certificate-status.command';

/** Suspension, reinstatement, withdrawal and expiry: public verification answers the new status at once. */
@Injectable()
export class ChangeCertificateStatus {
  private readonly logger = new Logger(ChangeCertificateStatus.name);

  constructor(private readonly certificates: CertificateRepository) {}

  async execute({ change, to }: ChangeCertificateStatusCommand): Promise<void> {
    const applied = await this.certificates.changeStatus(
      { certificateId: change.certificateId, cbId: change.cbId, at: new Date(change.at) },
      to,
      ALLOWED_FROM[to],
    );
    if (applied) return;
    const current = await this.certificates.findOfCb(change.certificateId, change.cbId);
    // Not indexed yet: fail, so the event is redelivered once the issued event has been applied.
    if (!current) throw DomainError.notFound(`certificate ${change.certificateId} of ${change.cbId}`);
    this.logger.warn(
      `certificate ${current.number}: ignored a change to ${to} at ${change.at} (it is ${current.status} since ` +
        `${current.statusChangedAt.toISOString()})`,
    );
  }
}
