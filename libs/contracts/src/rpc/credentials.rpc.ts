import { z } from 'zod';

export const STATUS_PURPOSES = ['revocation', 'suspension'] as const;
export const StatusPurposeSchema = z.enum(STATUS_PURPOSES);
export type StatusPurpose = z.infer<typeof StatusPurposeSchema>;

const CbIdParam = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'cbId is an identifier of a certification body');

const VerificationMethodSchema = z.object({
  id: z.string(),
  type: z.literal('JsonWebKey2020'),
  controller: z.string(),
  publicKeyJwk: z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string() }),
});

/** A CB's `did:web` document: every key it ever signed with, the current one last. */
export const DidDocumentSchema = z.object({
  '@context': z.array(z.string()),
  id: z.string(),
  verificationMethod: z.array(VerificationMethodSchema),
  assertionMethod: z.array(z.string()),
});
export type DidDocument = z.infer<typeof DidDocumentSchema>;

/** A certificate's credential as handed to the users who may download it. */
export const CredentialResponseSchema = z.object({
  certificateId: z.string(),
  number: z.string(),
  issuer: z.string(),
  /** The credential, secured as VC-JOSE-COSE (`application/vc+jwt`). */
  jwt: z.string(),
  /** The public verification page: what the PDF's QR code and the deep link open. */
  verifyUrl: z.string(),
  issuedAt: z.string(),
});
export type CredentialResponse = z.infer<typeof CredentialResponseSchema>;

export const CredentialsRpc = {
  'credentials.did.get': {
    http: {
      method: 'GET',
      path: '/api/v1/public/cbs/{cbId}/did.json',
      public: true,
      tag: 'public verification',
      summary: 'The did:web document of a certification body (also served at /cbs/{cbId}/did.json)',
    },
    request: z.object({ cbId: CbIdParam }).strict(),
    response: DidDocumentSchema,
  },
  'credentials.status-list.get': {
    http: {
      method: 'GET',
      path: '/api/v1/public/cbs/{cbId}/status-lists/{purpose}',
      public: true,
      tag: 'public verification',
      summary:
        'A certification body’s Bitstring Status List credential (as vc+jwt at /cbs/{cbId}/status/{purpose})',
    },
    request: z.object({ cbId: CbIdParam, purpose: StatusPurposeSchema }).strict(),
    response: z.object({ id: z.string(), jwt: z.string() }),
  },
  'credentials.credential.get': {
    http: {
      method: 'GET',
      path: '/api/v1/certificates/{certificateId}/credential',
      tag: 'certificates',
      summary: 'The certificate as a W3C verifiable credential (the holder’s and its CB’s users)',
    },
    request: z.object({ certificateId: z.string().min(1).max(128) }).strict(),
    response: CredentialResponseSchema,
  },
  /**
   * Public, like the certificate's own verification by number: the credential states what the
   * certificate prints, and the portal's /verify page checks it in the browser.
   */
  'credentials.verify.number': {
    http: {
      method: 'GET',
      path: '/api/v1/public/credentials/{number}',
      public: true,
      tag: 'public verification',
      summary: 'The verifiable credential of a certificate by its number (what the /verify page checks)',
    },
    request: z.object({ number: z.string().trim().min(3).max(64) }).strict(),
    response: z.object({ number: z.string(), jwt: z.string() }),
  },
  'credentials.issuer-keys.rotate': {
    http: {
      method: 'POST',
      path: '/api/v1/credentials/issuer-keys/rotation',
      status: 201,
      roles: ['cb_admin'],
      tag: 'credentials',
      summary: 'Start signing with a new key; the old ones stay in the DID document and keep verifying',
    },
    request: z.object({}).strict(),
    response: z.object({ did: z.string(), kid: z.string(), keys: z.number().int() }),
  },
} as const;
