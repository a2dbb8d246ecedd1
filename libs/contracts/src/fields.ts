import { z } from 'zod';

/**
 * An id a request names, in its path, query or body: 1 to 64 characters. Whether it names anything
 * (404) or something of the caller's (403/404) is the service's to find.
 */
export const id = z.string().min(1).max(64);

/** A calendar day a form of the individuals' line gives, with the message its screens show. */
export const IsoDate = z.iso.date({ error: 'a date as YYYY-MM-DD' });
