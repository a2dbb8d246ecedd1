import { DomainError } from '../errors/domain-error';

/**
 * A lookup's answer, or undefined when the callee answers not_found or forbidden: services scope
 * what a principal may read to its tenant, so for a lookup "not yours" and "none" are one answer.
 * Any other failure (the callee down, a bad request) still fails the caller.
 */
export async function unlessHidden<T>(lookup: Promise<T>): Promise<T | undefined> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'not_found' || error.code === 'forbidden'))
      return undefined;
    throw error;
  }
}
