import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type CertificateData } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PdfAttachment } from '../rendering/pdf-signer';

/**
 * The credentials service issues from the same event: a short wait covers the usual race. An
 * absent or silent service is not waited for (one short call), so printing never stalls on it.
 */
export const LOOKS = 6;
const PAUSE_MS = 500;
const CALL_TIMEOUT_MS = 2_000;

/**
 * The certificate's verifiable credential, to travel inside its PDF. A PDF is still printed
 * without it when the credentials service has none (yet): the certificate matters more than its
 * attachment, and the credential stays downloadable on its own.
 */
@Injectable()
export class CredentialAttachment {
  private readonly logger = new Logger(CredentialAttachment.name);

  constructor(private readonly rpc: RpcClient) {}

  /** `looks`: how many times a "not issued yet" is asked again, half a second apart. */
  async of(
    data: Pick<CertificateData, 'certificateId' | 'number' | 'locale'>,
    looks = LOOKS,
  ): Promise<PdfAttachment | undefined> {
    for (let look = 1; look <= looks; look++) {
      try {
        const { jwt } = await this.rpc.call(
          'credentials.credential.get',
          { certificateId: data.certificateId },
          { principal: SYSTEM_PRINCIPAL, timeoutMs: CALL_TIMEOUT_MS },
        );
        return {
          name: `${data.number.replace(/[^A-Za-z0-9._-]/g, '_')}.vc.jwt`,
          mimeType: 'application/vc+jwt',
          description: data.locale === 'en' ? 'Verifiable credential (W3C)' : 'Attestation vérifiable (W3C)',
          bytes: Buffer.from(jwt),
        };
      } catch (error) {
        const notYet = error instanceof DomainError && error.code === 'not_found';
        if (!notYet || look === looks) {
          this.logger.warn(`certificate ${data.number}: printed without its credential: ${String(error)}`);
          return undefined;
        }
        await sleep(PAUSE_MS);
      }
    }
    return undefined;
  }
}
