import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdf from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { PadesSigner } from './pades-signer';
import type { CbSigningCertificates } from './signing-identity';

export interface PdfAttachment {
  name: string;
  mimeType: string;
  description: string;
  bytes: Buffer;
}

export interface SignatureMentions {
  /** The certification body that signs: its own signing certificate is used. */
  cbId: string;
  /** Who signs, as the signature panel of a reader shows it: the certification body. */
  signerName: string;
  reason: string;
  location: string;
  contactInfo: string;
}

/**
 * Signs a printed certificate as its CB (PAdES baseline B-B: the ETSI.CAdES.detached sub-filter,
 * ESS signing-certificate-v2, no CMS signing time) after attaching files to it: anything added
 * after the signature would break it, so the attachments come first and are covered by it.
 */
export class PdfSigner {
  constructor(private readonly certificates: CbSigningCertificates) {}

  async sign(pdf: Buffer, mentions: SignatureMentions, attachments: PdfAttachment[] = []): Promise<Buffer> {
    const doc = await PDFDocument.load(pdf);
    for (const file of attachments) {
      await doc.attach(file.bytes, file.name, { mimeType: file.mimeType, description: file.description });
    }
    pdflibAddPlaceholder({
      pdfDoc: doc,
      name: mentions.signerName,
      reason: mentions.reason,
      location: mentions.location,
      contactInfo: mentions.contactInfo,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      appName: 'certhub',
      // PAdES B-B: the claimed signing time is the dictionary's /M, never a CMS attribute.
      signingTime: new Date(),
    });
    // Object streams off: the signing library finds the placeholder by scanning the file's bytes.
    const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
    const signer = new PadesSigner(this.certificates.for({ id: mentions.cbId, name: mentions.signerName }));
    return signpdf.sign(prepared, signer);
  }
}
