import { DomainError } from '@certhub/platform';

export const emailTaken = (email: string): DomainError =>
  DomainError.conflict(`the e-mail address ${email} already has an account`, { email });

/** Keycloak's own wording ("User exists with same email") reworded for the caller. */
export const asEmailTaken =
  (email: string) =>
  (error: unknown): never => {
    throw error instanceof DomainError && error.code === 'conflict' ? emailTaken(email) : error;
  };
