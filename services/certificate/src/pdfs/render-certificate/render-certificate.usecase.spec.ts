import type { CertificateData, CloudEvent } from '@certhub/contracts';
import { Metrics, type ObjectStorage } from '@certhub/platform';
import { createHash } from 'node:crypto';
import type { CertificateLayoutsRepository } from '../../layouts/certificate-layouts.repository';
import type { PdfRenderer } from '../../rendering/pdf-renderer';
import type { PdfSigner } from '../../rendering/pdf-signer';
import type { CertificateTemplates } from '../../rendering/templates/certificate-templates';
import type { CertificatePdfs, PdfVersion } from '../certificate-pdfs.schema';
import type { CertificatePdfsRepository } from '../certificate-pdfs.repository';
import type { CredentialAttachment } from '../credential-attachment';
import { RenderCertificate } from './render-certificate.usecase';

const data = {
  certificateId: 'cert-1',
  number: 'N-1',
  organisationId: 'org-1',
  cbId: 'cb-1',
  cb: { name: 'CB One', address: { city: 'Paris' } },
} as CertificateData;
const PDF = Buffer.from('%PDF-1.4 test');

function setup(versions: Partial<PdfVersion>[]) {
  const added: { pdf: PdfVersion; event: CloudEvent }[] = [];
  const stored: string[] = [];
  const pdfs = {
    open: async () => ({ _id: 'cert-1', cbId: 'cb-1', versions }) as unknown as CertificatePdfs,
    addVersion: async (_p: CertificatePdfs, pdf: PdfVersion, event: CloudEvent) =>
      added.push({ pdf, event }) > 0,
  } as unknown as CertificatePdfsRepository;
  const renderer = { render: jest.fn(async () => PDF) };
  const storage = {
    put: async (_bucket: string, key: string) => stored.push(key),
  } as unknown as ObjectStorage;
  const sut = new RenderCertificate(
    pdfs,
    {
      toHtml: async () => '<p>certificate</p>',
      verificationUrl: () => 'https://certhub.example/verify/N-1',
    } as unknown as CertificateTemplates,
    renderer as unknown as PdfRenderer,
    // Signing is pdfsig's to judge (test/pdf-signature.spec.ts): here it hands the bytes through.
    { sign: async (pdf: Buffer) => pdf } as unknown as PdfSigner,
    { of: async () => undefined } as unknown as CredentialAttachment,
    { get: async () => null } as unknown as CertificateLayoutsRepository,
    storage,
    new Metrics('certificate-test'),
  );
  return { sut, renderer, added, stored };
}

describe(RenderCertificate.name, () => {
  it('prints nothing again for an event whose PDF is already recorded (a redelivery)', async () => {
    const { sut, renderer, added } = setup([{ version: 1, eventId: 'evt-1' }]);
    await sut.execute({ data, eventId: 'evt-1' });
    expect(renderer.render).not.toHaveBeenCalled();
    expect(added).toEqual([]);
  });

  it('stores the next version under <cbId>/<certificateId>/v<n>.pdf with its SHA-256 and a rendered event', async () => {
    const { sut, added, stored } = setup([{ version: 1, eventId: 'evt-1' }]);
    await sut.execute({ data, eventId: 'evt-2' });
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(stored).toEqual(['cb-1/cert-1/v2.pdf']);
    expect(added[0]?.pdf).toMatchObject({ version: 2, key: 'cb-1/cert-1/v2.pdf', sha256, eventId: 'evt-2' });
    expect(added[0]?.event).toMatchObject({
      type: 'certhub.certificate.rendered.v1',
      tenantid: 'cb-1',
      data: {
        certificateId: 'cert-1',
        number: 'N-1',
        organisationId: 'org-1',
        cbId: 'cb-1',
        sha256,
        version: 2,
      },
    });
  });
});
