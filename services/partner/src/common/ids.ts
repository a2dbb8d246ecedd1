import { randomBytes } from 'node:crypto';

/** Opaque ids such as `ptn_3f9a…`: the prefix tells a log reader what the id names. */
export const newId = (prefix: string): string => `${prefix}_${randomBytes(8).toString('hex')}`;
