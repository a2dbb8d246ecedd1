import { compactVerify, decodeJwt, decodeProtectedHeader, importJWK, type JWK } from 'jose';

/** What a member of the public is told, worst first: a forged credential outranks a suspended one. */
export type Verdict =
  'invalid' | 'revoked' | 'suspended' | 'expired' | 'not_yet_valid' | 'unchecked' | 'valid';

export type CheckName = 'signature' | 'revocation' | 'suspension' | 'validity';
export interface Check {
  name: CheckName;
  /** null: could not be checked (the status list did not answer). */
  ok: boolean | null;
}

/** The credential's statements worth showing, in either shape certhub issues (organisation, person). */
export interface CredentialFacts {
  number?: string;
  title?: string;
  holder?: string;
  siren?: string;
  issuerName?: string;
  issuer: string;
  validFrom?: string;
  validUntil?: string;
  scope: string[];
}

export interface Verification {
  verdict: Verdict;
  checks: Check[];
  facts?: CredentialFacts;
  /** Why the credential is invalid (a short English reason, for the details). */
  reason?: string;
}

interface StatusEntry {
  statusPurpose: string;
  statusListIndex: string;
  statusListCredential: string;
}

interface Claims {
  issuer?: string | { id?: string; name?: string };
  name?: string;
  validFrom?: string;
  validUntil?: string;
  credentialStatus?: StatusEntry[];
  credentialSubject?: {
    name?: string;
    siren?: string;
    givenName?: string;
    familyName?: string;
    certificateNumber?: string;
    scope?: string[];
    achievement?: { name?: string };
  };
}

interface DidDocument {
  id: string;
  verificationMethod?: { id: string; publicKeyJwk?: JWK }[];
  assertionMethod?: string[];
}

class Invalid extends Error {}

export interface VerifyOptions {
  fetch?: typeof fetch;
  now?: Date;
  /** This page's origin: a DID of this host is resolved here, whatever the scheme the page came over. */
  origin?: string;
}

/**
 * did:web → the URL of its document (did:web spec §3.2): `did:web:host%3Aport:a:b` is
 * `https://host:port/a/b/did.json`. A DID of the host serving this page is read from this origin,
 * so that a platform reached over plain HTTP (a developer's machine) verifies its own credentials.
 */
export function didDocumentUrl(did: string, origin?: string): string {
  const [scheme, method, host, ...path] = did.split(':');
  if (scheme !== 'did' || method !== 'web' || !host) throw new Invalid(`not a did:web issuer: ${did}`);
  const authority = decodeURIComponent(host);
  const base = origin && new URL(origin).host === authority ? origin : `https://${authority}`;
  return path.length
    ? `${base}/${path.map(decodeURIComponent).join('/')}/did.json`
    : `${base}/.well-known/did.json`;
}

const issuerOf = (claims: Claims) => (typeof claims.issuer === 'string' ? claims.issuer : claims.issuer?.id);

/** A JWS checked against the key its `kid` names in the issuer's DID document (an assertion method). */
async function verifyJws(jws: string, did: DidDocument, expectedIssuer: string): Promise<Claims> {
  const { kid, alg } = decodeProtectedHeader(jws);
  if (alg !== 'EdDSA') throw new Invalid(`unexpected algorithm ${alg}`);
  if (!kid?.startsWith(`${expectedIssuer}#`)) throw new Invalid('the signing key is not the issuer’s');
  const method = did.verificationMethod?.find((m) => m.id === kid);
  if (!method?.publicKeyJwk || !did.assertionMethod?.includes(kid))
    throw new Invalid(`the issuer does not publish key ${kid}`);
  const key = await importJWK(method.publicKeyJwk, 'EdDSA');
  try {
    await compactVerify(jws, key);
  } catch {
    throw new Invalid('signature does not match');
  }
  const claims = decodeJwt(jws) as Claims;
  if (issuerOf(claims) !== expectedIssuer) throw new Invalid('issued by someone else than its signer');
  return claims;
}

/** Bit `index` of a Bitstring Status List (`u` + base64url of the GZIP'd bits, index 0 = first byte's top bit). */
export async function statusBit(encodedList: string, index: number): Promise<boolean> {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  const b64 = encodedList.slice(1).replace(/-/g, '+').replace(/_/g, '/');
  const gzipped = Uint8Array.from(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '=')), (c) =>
    c.charCodeAt(0),
  );
  const stream = new Response(gzipped).body!.pipeThrough(new DecompressionStream('gzip'));
  const bits = new Uint8Array(await new Response(stream).arrayBuffer());
  if (index < 0 || index >= bits.length * 8) throw new Error(`index ${index} outside the list`);
  return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}

function factsOf(claims: Claims, issuer: string): CredentialFacts {
  const subject = claims.credentialSubject ?? {};
  const person = [subject.givenName, subject.familyName].filter(Boolean).join(' ');
  return {
    number: subject.certificateNumber,
    title: subject.achievement?.name ?? claims.name,
    holder: subject.name ?? (person || undefined),
    siren: subject.siren,
    issuerName: typeof claims.issuer === 'object' ? claims.issuer.name : undefined,
    issuer,
    validFrom: claims.validFrom,
    validUntil: claims.validUntil,
    scope: Array.isArray(subject.scope) ? subject.scope : [],
  };
}

const VERDICT_ORDER: Verdict[] = [
  'invalid',
  'revoked',
  'suspended',
  'expired',
  'not_yet_valid',
  'unchecked',
  'valid',
];

/**
 * Verifies a credential secured as VC-JOSE-COSE (vc+jwt) the way any verifier would, in the
 * browser: the signature against the issuer's did:web document, each status list (itself a signed
 * credential of the same issuer) for its bit, and the validity window against the clock.
 */
export async function verifyCredential(jwt: string, options: VerifyOptions = {}): Promise<Verification> {
  const get = options.fetch ?? ((input: string) => fetch(input));
  const now = options.now ?? new Date();
  let claims: Claims;
  let issuer: string;
  let did: DidDocument;
  try {
    const token = jwt.trim();
    if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) throw new Invalid('not a compact JWS (vc+jwt)');
    const unverified = decodeJwt(token) as Claims;
    issuer = issuerOf(unverified) ?? '';
    const res = await get(didDocumentUrl(issuer, options.origin));
    if (!res.ok) throw new Invalid(`the issuer’s DID document answered ${res.status}`);
    did = (await res.json()) as DidDocument;
    claims = await verifyJws(token, did, issuer);
  } catch (error) {
    return {
      verdict: 'invalid',
      checks: [{ name: 'signature', ok: false }],
      reason: error instanceof Error ? error.message : String(error),
    };
  }

  const checks: Check[] = [{ name: 'signature', ok: true }];
  for (const purpose of ['revocation', 'suspension'] as const) {
    const entry = claims.credentialStatus?.find((e) => e.statusPurpose === purpose);
    if (!entry) continue;
    try {
      const res = await get(entry.statusListCredential);
      if (!res.ok) throw new Error(`status list answered ${res.status}`);
      const list = await verifyJws((await res.text()).trim(), did, issuer);
      const subject = (list as { credentialSubject?: { statusPurpose?: string; encodedList?: string } })
        .credentialSubject;
      if (subject?.statusPurpose !== purpose || !subject.encodedList)
        throw new Error('not this purpose’s list');
      checks.push({
        name: purpose,
        ok: !(await statusBit(subject.encodedList, Number(entry.statusListIndex))),
      });
    } catch {
      checks.push({ name: purpose, ok: null });
    }
  }
  const from = claims.validFrom ? Date.parse(claims.validFrom) : undefined;
  const until = claims.validUntil ? Date.parse(claims.validUntil) : undefined;
  const early = from !== undefined && now.getTime() < from;
  const late = until !== undefined && now.getTime() > until;
  checks.push({ name: 'validity', ok: !early && !late });

  const verdicts: Verdict[] = [
    ...(checks.some((c) => c.name === 'revocation' && c.ok === false) ? (['revoked'] as const) : []),
    ...(checks.some((c) => c.name === 'suspension' && c.ok === false) ? (['suspended'] as const) : []),
    ...(late ? (['expired'] as const) : []),
    ...(early ? (['not_yet_valid'] as const) : []),
    ...(checks.some((c) => c.ok === null) ? (['unchecked'] as const) : []),
  ];
  const verdict = VERDICT_ORDER.find((v) => verdicts.includes(v)) ?? 'valid';
  return { verdict, checks, facts: factsOf(claims, issuer) };
}
