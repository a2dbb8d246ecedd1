import { randomBytes } from 'node:crypto';

/** Short unique ids so each test works in its own tenant and database. */
export function uniqueId(prefix = 't'): string {
  return `${prefix}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}
