import { z } from 'zod';

/**
 * An http(s) base URL in the environment (`fallback` when unset), without its trailing slashes:
 * callers append `/path` to it.
 */
export const httpBaseUrl = (fallback: string) =>
  z
    .url({ protocol: /^https?$/ })
    .default(fallback)
    .transform((url) => url.replace(/\/+$/, ''));
