import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import signpdf from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import type { SigningIdentity } from './signing-identity';

export interface PdfAttachment {
  name: string;
  mimeType: string;
  description: string;
  bytes: Buffer;
}

export interface SignatureMentions {
  /** Who signs, as the signature panel of a reader shows it: the certification body. */
  signerName: string;
  reason: string;
  location: string;
  contactInfo: string;
}

/**
 * Signs a printed certificate (PDF signature with the ETSI.CAdES.detached sub-filter, the PAdES
 * form) after attaching files to it: anything added after the signature would break it, so the
 * attachments come first and are covered by it.
 */
export class PdfSigner {
  constructor(private readonly identity: SigningIdentity) {}

  /**
   * One P12Signer per signature: @signpdf/signer-p12 3.3 parses its bundle from a forge buffer that
   * the first parse consumes, so a second signature with the same instance fails ("Too few bytes
   * to parse DER").
   */
  private signer(): P12Signer {
    return new P12Signer(this.identity.p12, { passphrase: this.identity.passphrase });
  }

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
    });
    // Object streams off: the signing library finds the placeholder by scanning the file's bytes.
    const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
    return signpdf.sign(prepared, this.signer());
  }
}
