import type { Role } from '../roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The methods whose fields other than the path's travel as a JSON body; the others' in the query. */
export const BODY_METHODS: ReadonlySet<HttpMethod> = new Set<HttpMethod>(['POST', 'PUT', 'PATCH']);

/**
 * How the gateway exposes an operation over HTTP, next to its request and response schemas: the
 * gateway registers the route and generates its OpenAPI description from this alone. Path
 * parameters are written `{name}` (OpenAPI's template) and are fields of the request; the query
 * (GET, DELETE) or the JSON body (POST, PUT, PATCH) carries the other fields.
 */
export interface HttpRoute {
  method: HttpMethod;
  path: `/api/${string}`;
  /** The success status: 200 unless said. */
  status?: 200 | 201;
  summary: string;
  tag: string;
  /** Anyone, without a token: the service gets the payload only. */
  public?: true;
  /**
   * With `public`: a bearer token, when one is sent, is verified like on any route (an invalid one
   * is refused, never ignored) and the service gets the caller, or none, before the payload.
   */
  signedInOptional?: true;
  /** Any one of these roles is enough; none: any signed-in user. Checked by the gateway. */
  roles?: readonly Role[];
  /**
   * Reference data every tenant may read by design (e.g. the list of certification bodies): the
   * isolation probe does not count it as one tenant's data, and the service gets the payload only.
   */
  shared?: true;
}

/**
 * The part of the HTTP route that the operations of one area share (who may call them, their
 * OpenAPI tag), said once for the area: `const partnerApi = routesOf({ roles: ['partner'], tag:
 * 'partner API' })`, then `http: partnerApi({ method: 'GET', path: '/api/v1/…', summary: '…' })`.
 * Each route states the rest; it cannot restate (or contradict) the shared part.
 */
export const routesOf =
  <const C extends Partial<HttpRoute>>(shared: C) =>
  <const R extends Omit<HttpRoute, keyof C>>(route: R & { [K in keyof C]?: never }): R & C => ({
    ...route,
    ...shared,
  });
