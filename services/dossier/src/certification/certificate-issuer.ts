import { Injectable, Logger } from '@nestjs/common';
import {
  CertificateDataSchema,
  appliesAt,
  SYSTEM_PRINCIPAL,
  type CertificateData,
  type Scheme,
} from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import type { CertificateRecord, DossierView } from '../lifecycle/dossier.schema';
import { IdentityDirectory } from '../dossiers/identity-directory';
import { SequenceRepository } from '@certhub/platform';
import { certificateCycle, type CertificateCycle } from './certificate-dates';

const DEFAULT_NUMBER_FORMAT = '{cb}-{scheme}-{year}-{seq:5}';

/** `{cb}` CB prefix, `{scheme}` scheme id in capitals, `{year}`, `{seq:N}` the CB's yearly counter. */
export function formatCertificateNumber(
  format: string,
  values: { cb: string; scheme: string; year: number; seq: number },
): string {
  return format
    .replace(/\{cb\}/g, values.cb)
    .replace(/\{scheme\}/g, values.scheme.toUpperCase().replace(/[^A-Z0-9]+/g, ''))
    .replace(/\{year\}/g, String(values.year))
    .replace(/\{seq(?::(\d+))?\}/g, (_, width?: string) =>
      String(values.seq).padStart(Number(width ?? 1), '0'),
    );
}

export interface IssuedCertificate {
  record: CertificateRecord;
  data: CertificateData;
  cycle: CertificateCycle;
}

/**
 * Builds the certificate a grant issues: number per CB (the scheme's format, the CB's prefix, a
 * per-CB yearly counter), validity and surveillance from the scheme, holder and CB from identity.
 * The payload is checked against CertificateDataSchema here: a certificate that would not parse
 * downstream is never issued.
 */
@Injectable()
export class CertificateIssuer {
  private readonly logger = new Logger(CertificateIssuer.name);

  constructor(
    private readonly identity: IdentityDirectory,
    private readonly sequences: SequenceRepository,
  ) {}

  async issue(dossier: DossierView, scheme: Scheme, now = new Date()): Promise<IssuedCertificate> {
    const cb = await this.identity.certificationBody(dossier.cbId);
    if (!cb) throw new DomainError('internal', `certification body ${dossier.cbId} is unknown to identity`);
    const holder = await this.holder(dossier);
    const year = now.getUTCFullYear();
    const seq = await this.sequences.next(dossier.cbId, `certificate:${year}`);
    const number = formatCertificateNumber(scheme.certificate.numberFormat ?? DEFAULT_NUMBER_FORMAT, {
      cb: cb.certificateNumberPrefix,
      scheme: scheme.schemeId,
      year,
      seq,
    });
    const cycle = certificateCycle(now.toISOString().slice(0, 10), scheme.cycle);
    const certificateId = randomUUID();
    const data = CertificateDataSchema.parse({
      certificateId,
      number,
      dossierId: dossier._id,
      organisationId: dossier.organisationId,
      cbId: dossier.cbId,
      schemeId: scheme.schemeId,
      schemeVersion: scheme.version,
      schemeTitle: scheme.title,
      ...(dossier.level ? { level: dossier.level } : {}),
      holder: { name: holder.name, siren: holder.siren, address: holder.address },
      // The holder's address is on the certificate already: only a multi-site list is printed.
      sites: holder.sites.length > 1 ? holder.sites : [],
      scope: this.scope(scheme, dossier.level),
      validFrom: cycle.validFrom,
      validUntil: cycle.validUntil,
      issuedAt: now.toISOString(),
      cb: { name: cb.name, address: cb.address },
      mentions: scheme.certificate.mandatoryMentions,
      locale: 'fr',
    });
    const record: CertificateRecord = {
      certificateId,
      number,
      validFrom: cycle.validFrom,
      validUntil: cycle.validUntil,
      status: 'valid',
      issuedAt: now,
      data: data as unknown as Record<string, unknown>,
    };
    return { record, data, cycle };
  }

  /** Certified characteristics: the commitments the scheme communicates, else its chapters that apply. */
  private scope(scheme: Scheme, level: string | undefined): string[] {
    const communicated = scheme.certificate.communicatedCommitments ?? [];
    if (communicated.length) return communicated;
    return scheme.chapters.filter((c) => c.requirements.some((r) => appliesAt(r, level))).map((c) => c.title);
  }

  /**
   * The holder as identity knows it now; identity may refuse the platform principal, then the
   * data read when the dossier was opened (with the applicant's rights) are used.
   */
  private async holder(dossier: DossierView): Promise<NonNullable<DossierView['holder']>> {
    try {
      const [organisation, sites] = await Promise.all([
        this.identity.organisation(dossier.organisationId, SYSTEM_PRINCIPAL),
        this.identity.sites(dossier.organisationId, SYSTEM_PRINCIPAL),
      ]);
      return {
        name: organisation.name,
        siren: organisation.siren,
        address: organisation.address,
        sites: sites.map((s) => ({ siret: s.siret, name: s.name, address: s.address })),
      };
    } catch (error) {
      if (!(error instanceof DomainError) || !dossier.holder) throw error;
      this.logger.warn(
        `identity refused the holder of ${dossier._id} (${error.code}): using the dossier’s copy`,
      );
      return dossier.holder;
    }
  }
}
