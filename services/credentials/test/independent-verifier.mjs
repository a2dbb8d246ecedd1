// A verifier that owes nothing to certhub's code: did-jwt checks the JWT against the issuer's key,
// found by web-did-resolver over HTTPS from the did:web identifier alone; Digital Bazaar's
// Bitstring decodes the status lists. Run as its own process (these packages are ES modules) with
// the test's certificate authority in NODE_EXTRA_CA_CERTS.
// Usage: node independent-verifier.mjs <vc+jwt>   → one JSON line on stdout.
import { Bitstring } from '@digitalbazaar/bitstring';
import { verifyJWT } from 'did-jwt';
import { Resolver } from 'did-resolver';
import { getResolver } from 'web-did-resolver';

const resolver = new Resolver(getResolver());

async function verify(jwt) {
  const { payload, issuer, signer } = await verifyJWT(jwt, { resolver, proofPurpose: 'assertionMethod' });
  const issuerId = typeof payload.issuer === 'string' ? payload.issuer : payload.issuer?.id;
  if (issuerId !== issuer) throw new Error(`credential issuer ${issuerId} is not the JWT's signer ${issuer}`);
  return { payload, issuer, kid: signer.id };
}

async function status(entry, issuer) {
  const res = await fetch(entry.statusListCredential);
  if (!res.ok) throw new Error(`status list ${entry.statusListCredential}: HTTP ${res.status}`);
  const list = await verify(await res.text());
  if (list.issuer !== issuer) throw new Error('the status list is not signed by the credential’s issuer');
  const subject = list.payload.credentialSubject;
  if (subject.statusPurpose !== entry.statusPurpose) throw new Error('status purpose mismatch');
  if (!subject.encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  const buffer = await Bitstring.decodeBits({ encoded: subject.encodedList.slice(1) });
  const bits = new Bitstring({ buffer });
  return { purpose: entry.statusPurpose, set: bits.get(Number(entry.statusListIndex)), size: bits.length };
}

try {
  const credential = await verify(process.argv[2]);
  const statuses = await Promise.all(
    (credential.payload.credentialStatus ?? []).map((entry) => status(entry, credential.issuer)),
  );
  console.log(JSON.stringify({ verified: true, issuer: credential.issuer, kid: credential.kid, statuses }));
} catch (error) {
  console.log(JSON.stringify({ verified: false, error: String(error?.message ?? error) }));
}
