import { Injectable } from '@nestjs/common';
import { newCloudEvent, type EventPayload } from '@certhub/contracts';
import { Metrics, ObjectStorage, RequestContext } from '@certhub/platform';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Counter } from 'prom-client';
import { CERTIFICATES_BUCKET } from '../../config';
import { CertificateLayoutsRepository } from '../../layouts/certificate-layouts.repository';
import { CredentialAttachment, LOOKS } from '../../pdfs/credential-attachment';
import { RENDERS_TOTAL } from '../../pdfs/render-metrics';
import { PdfRenderer } from '../../rendering/pdf-renderer';
import { PdfSigner } from '../../rendering/pdf-signer';
import { IndividualCertificateRepository } from '../individual-certificate.repository';
import type { IndividualCertificateRecord } from '../individual-certificate.schema';
import { IndividualTemplate } from '../individual-template';

type Certified = EventPayload<'certhub.candidacy.jury_decided.v1'> & {
  certificate: NonNullable<EventPayload<'certhub.candidacy.jury_decided.v1'>['certificate']>;
};

/** The certification an individual certificate names. */
export const CLEA_TITLE = 'CléA – Certificat de connaissances et de compétences professionnelles';

/**
 * The person's credential is issued from the `individual_issued` event, which leaves through the
 * outbox after the record is written: a longer wait than the organisations' (whose credential and
 * PDF start from the same event). Off any request's path: the consumer's job waits, no caller.
 */
const CREDENTIAL_LOOKS = 4 * LOOKS;

/** One certificate per candidacy: a redelivered decision finds the same id. */
export const individualCertificateId = (candidacyId: string): string => `ic-${candidacyId}`;

/**
 * Issues the individual certificate a jury's `certified` decision names: the record and its
 * `individual_issued` event in one write, then its signed PDF. A failed print leaves the record
 * (verifiable at once) and throws, so the event is redelivered and the print retried.
 */
@Injectable()
export class IssueIndividualCertificate {
  private readonly renders: Counter<'outcome'>;

  constructor(
    private readonly certificates: IndividualCertificateRepository,
    private readonly template: IndividualTemplate,
    private readonly layouts: CertificateLayoutsRepository,
    private readonly renderer: PdfRenderer,
    private readonly signer: PdfSigner,
    private readonly credential: CredentialAttachment,
    private readonly storage: ObjectStorage,
    metrics: Metrics,
  ) {
    this.renders = metrics.counter(RENDERS_TOTAL.name, RENDERS_TOTAL.help, RENDERS_TOTAL.labels);
  }

  async execute(decision: Certified, decidedAt: Date): Promise<IndividualCertificateRecord> {
    const certificateId = individualCertificateId(decision.candidateId);
    const { certificate } = decision;
    const payload: EventPayload<'certhub.certificate.individual_issued.v1'> = {
      certificateId,
      number: certificate.number,
      cbId: decision.certifierId,
      candidacyId: decision.candidateId,
      holder: { givenName: certificate.holder.givenName, familyName: certificate.holder.familyName },
      title: CLEA_TITLE,
      issuedAt: decidedAt.toISOString(),
    };
    const issued = newCloudEvent('certhub.certificate.individual_issued.v1', payload, {
      source: 'certhub/certificate',
      subject: certificateId,
      tenantId: decision.certifierId,
      partitionKey: certificateId,
      correlationId: RequestContext.correlationId(),
    });
    const record = await this.certificates.issue(
      {
        _id: certificateId,
        tenantId: [
          decision.establishmentId,
          decision.trainingOrganisationId,
          decision.networkId,
          decision.certifierId,
        ],
        number: certificate.number,
        cbId: decision.certifierId,
        certifierName: certificate.certifierName,
        candidacyId: decision.candidateId,
        candidacyReference: decision.reference,
        establishmentId: decision.establishmentId,
        trainingOrganisationId: decision.trainingOrganisationId,
        networkId: decision.networkId,
        holder: certificate.holder,
        title: CLEA_TITLE,
        frameworkVersion: certificate.frameworkVersion,
        juryDate: decision.juryDate,
        issuedAt: decidedAt,
      },
      issued,
    );
    if (!record.pdf) await this.print(record);
    return record;
  }

  private async print(record: IndividualCertificateRecord): Promise<void> {
    const [page, attachment] = await Promise.all([
      this.layouts
        .get(record.cbId)
        .then((layout) => this.template.toHtml(record, layout))
        .then((html) => this.renderer.render(html)),
      this.credential.of(
        { certificateId: record._id, number: record.number, locale: 'fr' },
        CREDENTIAL_LOOKS,
      ),
    ]);
    // Like an organisation's: the person's Open Badge inside, covered by the certifier's signature.
    const pdf = await this.signer.sign(
      page,
      {
        cbId: record.cbId,
        signerName: record.certifierName,
        reason: `Certificat ${record.number}`,
        location: 'France',
        contactInfo: this.template.verificationUrl(record.number),
      },
      attachment ? [attachment] : [],
    );
    const key = `${record.cbId}/individual/${record._id}.pdf`;
    await this.storage.put(CERTIFICATES_BUCKET, key, Readable.from(pdf), pdf.length, {
      'Content-Type': 'application/pdf',
    });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await this.certificates.setPdf(record, { key, sha256, size: pdf.length, renderedAt: new Date() });
    this.renders.inc({ outcome: 'rendered' });
  }
}
