import type { HttpOperation } from '@certhub/contracts';

const isParam = (segment: string) => segment.startsWith('{');

/**
 * Express tries routes in registration order, so of two routes that match the same URL the static
 * segment must come first (`/audits/upcoming` before `/audits/{auditId}`). Sorting on the kinds of
 * the segments (static before parameter, segment by segment, then shorter first) makes the
 * catalogue's order irrelevant; the sort is stable, so operations of the same shape keep it.
 */
export function inRouteOrder(operations: readonly HttpOperation[]): HttpOperation[] {
  const kinds = (op: HttpOperation) => op.path.split('/').map((segment) => (isParam(segment) ? 1 : 0));
  return [...operations].sort((a, b) => {
    const [ka, kb] = [kinds(a), kinds(b)];
    for (let i = 0; i < Math.min(ka.length, kb.length); i += 1) {
      if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
    }
    return ka.length - kb.length;
  });
}

/** `{name}` (the contract's template) as Express writes it, `:name`. */
export const expressPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');
