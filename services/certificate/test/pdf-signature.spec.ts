import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PdfSigner } from '../src/rendering/pdf-signer';
import { CbSigningCertificates, signingAuthority } from '../src/rendering/signing-identity';

const run = promisify(execFile);
const MENTIONS = {
  cbId: 'cb-sgs',
  signerName: 'SGS ICS',
  reason: 'Certificat QC-2026-0001',
  location: 'Arcueil',
  contactInfo: 'certhub',
};

async function blankPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Certificat QC-2026-0001', { x: 72, y: 760, size: 18, font });
  return Buffer.from(await doc.save());
}

/** poppler's pdfsig and pdfdetach, which owe nothing to the signing library, judge the files. */
describe(PdfSigner.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'certhub-pdfsig-'));
  const sut = new PdfSigner(new CbSigningCertificates(signingAuthority()));
  const credential = Buffer.from('eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6d2ViOngifQ.c2ln');
  let signed: Buffer;

  const pdfsig = async (bytes: Buffer, name: string) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    // pdfsig exits non-zero on an invalid signature; its report is what the test reads.
    return run('pdfsig', [file]).then(
      ({ stdout }) => stdout,
      (error: { stdout?: string }) => error.stdout ?? '',
    );
  };

  beforeAll(async () => {
    signed = await sut.sign(await blankPdf(), MENTIONS, [
      {
        name: 'QC-2026-0001.vc.jwt',
        mimeType: 'application/vc+jwt',
        description: 'Verifiable credential',
        bytes: credential,
      },
    ]);
  }, 30_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('produces a signature pdfsig reports valid, of the PAdES form, with the CB’s own certificate', async () => {
    const report = await pdfsig(signed, 'signed.pdf');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: SGS ICS');
    expect(report).toMatch(/Signer full Distinguished Name: .*O=SGS ICS/);

    const other = await sut.sign(await blankPdf(), {
      ...MENTIONS,
      cbId: 'cb-afnor',
      signerName: 'AFNOR Certification',
    });
    expect(await pdfsig(other, 'other.pdf')).toContain('Signer Certificate Common Name: AFNOR Certification');
  });

  it('is PAdES baseline B-B: ESS signing-certificate-v2 signed, no CMS signing time, the chain to the authority', async () => {
    // The CMS from /Contents, read by openssl (which owes nothing to node-forge).
    const hex = /\/Contents\s*<([0-9A-Fa-f]+)>/.exec(signed.toString('latin1'))?.[1] ?? '';
    const cms = join(dir, 'signature.der');
    // The placeholder is zero-padded: the DER's own length says where the CMS ends.
    const der = Buffer.from(hex, 'hex');
    const lengthBytes = der[1]! & 0x7f;
    const length = der[1]! < 0x80 ? der[1]! : der.readUIntBE(2, lengthBytes);
    writeFileSync(cms, der.subarray(0, 2 + (der[1]! < 0x80 ? 0 : lengthBytes) + length));
    const { stdout } = await run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', cms]);
    const signedAttrs = /signedAttrs:([\s\S]*?)signatureAlgorithm:/.exec(stdout)?.[1] ?? '';
    const types = [...signedAttrs.matchAll(/object: (\S+)/g)].map((m) => m[1]);
    expect(types).toEqual(['contentType', 'messageDigest', 'id-smime-aa-signingCertificateV2']);
    expect(stdout).not.toContain('signingTime');
    expect(stdout).toContain('CN=certhub development signing authority (not trusted)');
  });

  it('carries the credential as an attachment covered by the signature', async () => {
    const file = join(dir, 'attached.pdf');
    writeFileSync(file, signed);
    expect((await run('pdfdetach', ['-list', file])).stdout).toContain('QC-2026-0001.vc.jwt');
    await run('pdfdetach', ['-save', '1', '-o', join(dir, 'out.jwt'), file]);
    expect(readFileSync(join(dir, 'out.jwt'))).toEqual(credential);
  });

  it('signs again and again with the same signer (the service signs every PDF with one)', async () => {
    const again = await sut.sign(await blankPdf(), MENTIONS);
    expect(await pdfsig(again, 'again.pdf')).toContain('Signature Validation: Signature is Valid.');
  });

  it('reports a changed byte as an invalid signature', async () => {
    const tampered = Buffer.from(signed);
    // A byte of the signed range (the signature's reason), outside the signature value itself.
    const at = tampered.indexOf('Certificat QC-2026-0001');
    expect(at).toBeGreaterThan(0);
    tampered[at] = 'X'.charCodeAt(0);
    const report = await pdfsig(tampered, 'tampered.pdf');
    expect(report).not.toContain('Signature Validation: Signature is Valid.');
    expect(report).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });
});
