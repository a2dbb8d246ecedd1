import { z } from 'zod';

export const CredentialsEvents = {
  'certhub.issuer_key.rotated.v1': {
    subject: 'evt.credentials.issuer_key.rotated',
    summary:
      'A CB signs its verifiable credentials with a new key; the previous ones stay in its DID document and keep verifying',
    schema: z.object({
      cbId: z.string(),
      /** The CB's did:web. */
      did: z.string(),
      /** The key that signs from now on (a verification method of the DID document). */
      kid: z.string(),
      generation: z.number().int().min(2),
      previousKid: z.string(),
      /** The CB administrator who asked for it. */
      rotatedBy: z.string(),
    }),
  },
} as const;
