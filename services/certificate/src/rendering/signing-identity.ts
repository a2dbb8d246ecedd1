import forge from 'node-forge';
import { generateKeyPairSync, randomBytes } from 'node:crypto';

/** A key and its certificate chain (leaf first), as node-forge objects. */
export interface SigningIdentity {
  key: forge.pki.rsa.PrivateKey;
  chain: forge.pki.Certificate[];
}

const DAY_MS = 24 * 3600_000;
/** How long a CB's signing certificate lives: short, since it is made again on demand, never stored. */
const LEAF_DAYS = 30;

function rsaKey(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  // node:crypto makes the key (forge's pure-JS key generation is slow), forge certifies it.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
  ) as forge.pki.rsa.PrivateKey;
  return { privateKey: key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e) };
}

function certificate(
  subject: forge.pki.CertificateField[],
  publicKey: forge.pki.PublicKey,
  issuer: { key: forge.pki.rsa.PrivateKey; cert?: forge.pki.Certificate },
  days: number,
  extensions: object[],
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // Positive, random, 16 bytes (the leading 01 keeps the top bit clear).
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + days * DAY_MS);
  cert.setSubject(subject);
  cert.setIssuer(issuer.cert ? issuer.cert.subject.attributes : subject);
  cert.setExtensions(extensions);
  cert.sign(issuer.key, forge.md.sha256.create());
  return cert;
}

/**
 * The platform's document-signing authority, which certifies each CB's signing key: from the
 * PKCS#12 bundle of the deployment (a CA certificate and its key), else a self-signed one made at
 * start for development and tests (the config refuses to run without a real one in production):
 * pdfsig then reports the signatures valid and their issuer untrusted, which is the truth.
 */
export function signingAuthority(p12?: { der: Buffer; passphrase: string }): SigningIdentity {
  if (p12) {
    const bundle = forge.pkcs12.pkcs12FromAsn1(
      forge.asn1.fromDer(p12.der.toString('binary')),
      p12.passphrase,
    );
    const key = bundle.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[
      forge.pki.oids.pkcs8ShroudedKeyBag
    ]?.[0]?.key;
    const certs = (bundle.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).flatMap(
      (bag) => (bag.cert ? [bag.cert] : []),
    );
    if (!key || certs.length === 0) throw new Error('PDF_SIGNING_P12 holds no key and certificate');
    return { key: key as forge.pki.rsa.PrivateKey, chain: certs };
  }
  const { privateKey, publicKey } = rsaKey();
  const subject = [
    { name: 'commonName', value: 'certhub development signing authority (not trusted)' },
    { name: 'organizationName', value: 'certhub' },
  ];
  const cert = certificate(subject, publicKey, { key: privateKey }, 3650, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  return { key: privateKey, chain: [cert] };
}

/**
 * Each CB signs its certificates under its own name: a signing certificate whose subject is the
 * CB, certified by the platform's authority. Made on first use by each process and kept in memory
 * until near its end (30 days): a private key that is never stored cannot leak from the database.
 */
export class CbSigningCertificates {
  private readonly issued = new Map<string, SigningIdentity>();

  constructor(private readonly authority: SigningIdentity) {}

  for(cb: { id: string; name: string }): SigningIdentity {
    const key = `${cb.id}\u0000${cb.name}`;
    const held = this.issued.get(key);
    if (held && held.chain[0]!.validity.notAfter.getTime() - Date.now() > DAY_MS) return held;
    const { privateKey, publicKey } = rsaKey();
    const ca = this.authority.chain[0]!;
    const leaf = certificate(
      [
        { name: 'commonName', value: cb.name },
        { name: 'organizationName', value: cb.name },
        { name: 'organizationalUnitName', value: `certhub ${cb.id}` },
      ],
      publicKey,
      { key: this.authority.key, cert: ca },
      LEAF_DAYS,
      [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
        // id-kp-documentSigning (RFC 9336).
        { name: 'extKeyUsage', '1.3.6.1.5.5.7.3.36': true },
        { name: 'subjectKeyIdentifier' },
        { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
      ],
    );
    const identity = { key: privateKey, chain: [leaf, ...this.authority.chain] };
    this.issued.set(key, identity);
    return identity;
  }
}
