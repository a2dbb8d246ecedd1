import { DomainError } from '@certhub/platform';

/**
 * For use cases that read the dossier first (to compute a number, record a before-value) and
 * then apply at that version: a concurrent change makes them read again and recompute, a few times.
 */
export async function retryOnStale<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'stale_version' || attempt >= attempts)
        throw error;
    }
  }
}
