import forge from 'node-forge';
import { generateKeyPairSync } from 'node:crypto';

/** The PKCS#12 bundle (key and certificate chain) the PDFs are signed with, and its passphrase. */
export interface SigningIdentity {
  p12: Buffer;
  passphrase: string;
}

const DEV_PASSPHRASE = 'certhub-dev-only';

/**
 * A self-signed document-signing certificate made at start, for development and tests only (the
 * config refuses to run without a real one in production): pdfsig then reports the signature valid
 * and its issuer untrusted, which is the truth.
 */
export function developmentSigningIdentity(): SigningIdentity {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }) as string);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(
    (key as forge.pki.rsa.PrivateKey).n,
    (key as forge.pki.rsa.PrivateKey).e,
  );
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 24 * 3600_000);
  const subject = [
    { name: 'commonName', value: 'certhub development document signing (not trusted)' },
    { name: 'organizationName', value: 'certhub' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], DEV_PASSPHRASE, { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), passphrase: DEV_PASSPHRASE };
}
