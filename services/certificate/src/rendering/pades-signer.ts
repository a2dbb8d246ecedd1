import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import type { SigningIdentity } from './signing-identity';

const { asn1 } = forge;
const oid = (value: string) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
/** id-aa-signingCertificateV2 (RFC 5035). */
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';

/**
 * ESS signing-certificate-v2: the signer's certificate (SHA-256 of it, issuer and serial) bound
 * into the signed attributes, so the signature cannot be re-attributed to another certificate of
 * the same key. PAdES baseline B-B requires it.
 */
function signingCertificateV2(cert: forge.pki.Certificate): forge.asn1.Asn1 {
  const der = asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  const hash = forge.md.sha256.create().update(der).digest().getBytes();
  const issuerSerial = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      // GeneralName directoryName [4]
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 4, true, [forge.pki.distinguishedNameToAsn1(cert.issuer)]),
    ]),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, forge.util.hexToBytes(cert.serialNumber)),
  ]);
  const essCertIdV2 = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    // hashAlgorithm left out: SHA-256 is its DEFAULT.
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, hash),
    issuerSerial,
  ]);
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    oid(SIGNING_CERTIFICATE_V2),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [essCertIdV2]),
      ]),
    ]),
  ]);
}

/**
 * A detached CMS signature of the PAdES baseline B-B profile (ETSI EN 319 142-1): signed attributes
 * content-type, message-digest and ESS signing-certificate-v2, and no CMS signing-time (the time
 * is the signature dictionary's /M). node-forge writes content-type and message-digest; the ESS
 * attribute, which it cannot write, is added after and the attributes signed again.
 */
export class PadesSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(pdf: Buffer): Promise<Buffer> {
    const [leaf] = this.identity.chain;
    if (!leaf) throw new Error('a signing identity without a certificate');
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    for (const cert of this.identity.chain) p7.addCertificate(cert);
    p7.addSigner({
      key: this.identity.key,
      certificate: leaf,
      digestAlgorithm: forge.pki.oids.sha256!,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.messageDigest! },
      ],
    });
    p7.sign({ detached: true });

    // forge keeps the signer's attributes and the SignerInfo it built from them as ASN.1 objects.
    const signer = (p7 as unknown as { signers: { authenticatedAttributesAsn1: forge.asn1.Asn1 }[] })
      .signers[0]!;
    const attributes = signer.authenticatedAttributesAsn1.value as forge.asn1.Asn1[];
    attributes.push(signingCertificateV2(leaf));
    const signedSet = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributes);
    const digest = forge.md.sha256.create().update(asn1.toDer(signedSet).getBytes());
    const signerInfo = (p7 as unknown as { signerInfos: forge.asn1.Asn1[] }).signerInfos[0]!;
    const fields = signerInfo.value as forge.asn1.Asn1[];
    // SignerInfo ends with its signature (there are no unsigned attributes).
    fields[fields.length - 1]!.value = this.identity.key.sign(digest);
    return Buffer.from(asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}
