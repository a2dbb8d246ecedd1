import { HTTP_OPERATIONS, type HttpOperation } from '@certhub/contracts';
import { expressPath, inRouteOrder } from './route-order';

const op = (path: string, method: HttpOperation['method'] = 'GET'): HttpOperation =>
  ({ method, path, subject: path, summary: '', tag: '' }) as unknown as HttpOperation;

/** Two routes one URL can match: same method, same length, each segment equal or a parameter. */
const overlap = (a: HttpOperation, b: HttpOperation): boolean => {
  const [sa, sb] = [a.path.split('/'), b.path.split('/')];
  return (
    a.method === b.method &&
    sa.length === sb.length &&
    sa.every((s, i) => s === sb[i] || s.startsWith('{') || (sb[i] as string).startsWith('{'))
  );
};

describe(inRouteOrder.name, () => {
  it('puts a static segment before a parameter at the same place, whatever the catalogue order', () => {
    const ordered = inRouteOrder([op('/api/v1/audits/{auditId}'), op('/api/v1/audits/upcoming')]);
    expect(ordered.map((o) => o.path)).toEqual(['/api/v1/audits/upcoming', '/api/v1/audits/{auditId}']);
  });

  it('orders every overlapping pair of the catalogue so that the more specific route answers', () => {
    const ordered = inRouteOrder(HTTP_OPERATIONS);
    const shadowed = ordered.flatMap((a, i) =>
      ordered
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .filter((b) => {
          const [sa, sb] = [a.path.split('/'), b.path.split('/')];
          const first = sa.findIndex((s, k) => s !== sb[k]);
          return first >= 0 && (sa[first] as string).startsWith('{');
        })
        .map((b) => `${a.method} ${a.path} shadows ${b.path}`),
    );
    expect(shadowed).toEqual([]);
  });

  it('keeps the catalogue order between routes of the same shape', () => {
    const routes = [op('/api/v1/b'), op('/api/v1/a'), op('/api/v1/c')];
    expect(inRouteOrder(routes)).toEqual(routes);
  });
});

describe('expressPath', () => {
  it('writes the contract’s {name} parameters as :name', () => {
    expect(expressPath('/api/v1/findings/{findingId}/items/{itemId}')).toBe(
      '/api/v1/findings/:findingId/items/:itemId',
    );
  });
});
