import { Injectable } from '@nestjs/common';
import { newCloudEvent, type EventPayload } from '@certhub/contracts';
import { DomainError, Metrics, ObjectStorage, RequestContext } from '@certhub/platform';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Counter } from 'prom-client';
import { CERTIFICATES_BUCKET } from '../../config';
import { PdfRenderer } from '../../rendering/pdf-renderer';
import { PdfSigner } from '../../rendering/pdf-signer';
import { CertificateTemplates } from '../../rendering/templates/certificate-templates';
import { CertificateLayoutsRepository } from '../../layouts/certificate-layouts.repository';
import { CertificatePdfsRepository } from '../certificate-pdfs.repository';
import { CredentialAttachment } from '../credential-attachment';
import { RENDERS_TOTAL } from '../render-metrics';
import type { RenderCertificateCommand } from './render-certificate.command';

/**
 * Prints the certificate as the event states it, stores the PDF, and records its version and
 * SHA-256 together with the `rendered` event (outbox). The object is written first: a crash
 * before the record leaves an orphan that the retry overwrites, never a record pointing at nothing.
 */
@Injectable()
export class RenderCertificate {
  private readonly renders: Counter<'outcome'>;

  constructor(
    private readonly pdfs: CertificatePdfsRepository,
    private readonly templates: CertificateTemplates,
    private readonly renderer: PdfRenderer,
    private readonly signer: PdfSigner,
    private readonly credential: CredentialAttachment,
    private readonly layouts: CertificateLayoutsRepository,
    private readonly storage: ObjectStorage,
    metrics: Metrics,
  ) {
    this.renders = metrics.counter(RENDERS_TOTAL.name, RENDERS_TOTAL.help, RENDERS_TOTAL.labels);
  }

  async execute({ data, eventId }: RenderCertificateCommand): Promise<void> {
    const printed = await this.pdfs.open(data);
    if (printed.versions.some((pdf) => pdf.eventId === eventId)) return;

    const [page, attachment] = await Promise.all([
      this.layouts
        .get(data.cbId)
        .then(async (layout) => this.renderer.render(await this.templates.toHtml(data, layout))),
      this.credential.of(data),
    ]);
    // Signed by the CB's name over the whole file, the credential inside: a changed byte shows.
    const pdf = await this.signer.sign(
      page,
      {
        cbId: data.cbId,
        signerName: data.cb.name,
        reason: `${data.locale === 'en' ? 'Certificate' : 'Certificat'} ${data.number}`,
        location: data.cb.address.city,
        contactInfo: this.templates.verificationUrl(data.number),
      },
      attachment ? [attachment] : [],
    );
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const version = printed.versions.reduce((max, p) => Math.max(max, p.version), 0) + 1;
    const key = `${data.cbId}/${data.certificateId}/v${version}.pdf`;
    await this.storage.put(CERTIFICATES_BUCKET, key, Readable.from(pdf), pdf.length, {
      'Content-Type': 'application/pdf',
    });

    const payload: EventPayload<'certhub.certificate.rendered.v1'> = {
      certificateId: data.certificateId,
      number: data.number,
      organisationId: data.organisationId,
      cbId: data.cbId,
      sha256,
      version,
    };
    const rendered = newCloudEvent('certhub.certificate.rendered.v1', payload, {
      source: 'certhub/certificate',
      subject: data.certificateId,
      tenantId: data.cbId,
      partitionKey: data.certificateId,
      correlationId: RequestContext.correlationId(),
    });
    const recorded = await this.pdfs.addVersion(
      printed,
      { version, key, sha256, size: pdf.length, eventId, renderedAt: new Date() },
      rendered,
    );
    // Another event of this certificate was printed meanwhile: the redelivery sorts it out.
    if (!recorded)
      throw DomainError.conflict(`version ${version} of ${data.number} was recorded concurrently`);
    this.renders.inc({ outcome: 'rendered' });
  }
}
