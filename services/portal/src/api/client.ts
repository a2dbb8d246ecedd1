import i18next from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import { accessToken } from '../auth/auth';
import type { paths } from './schema';

/** An RFC 9457 problem as the gateway answers it, with one entry per invalid field. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  correlationId?: string;
  errors?: ProblemDetail[];
}

/** One reason of a refusal; `code` (stable, see ERROR_DETAIL_CODES) is said in the reader's language. */
interface ProblemDetail {
  field?: string;
  message?: string;
  code?: string;
}

/** A detail that concerns the whole request rather than one field of it. */
const WHOLE = '(request)';

/** The reader's words for a coded reason (`apiErrors.<code>`), else the API's English message. */
const localised = (detail: ProblemDetail): string | undefined =>
  detail.code && i18next.exists(`apiErrors.${detail.code}`)
    ? i18next.t(`apiErrors.${detail.code}`)
    : detail.message;

const details = (problem: Problem): ProblemDetail[] => (Array.isArray(problem.errors) ? problem.errors : []);

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    const whole = details(problem).find((e) => e.code && (!e.field || e.field === WHOLE));
    super((whole && localised(whole)) ?? problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  /** Field errors keyed by field path (`level`, `answers.q1`), for a form to show beside its inputs. */
  fieldErrors(): Record<string, string> {
    // A refusal's details are not always a list of field errors: a double booking names the audits in
    // the way, a candidate duplicate carries an object of hints.
    return Object.fromEntries(
      details(this.problem).flatMap((e) =>
        e.field && e.field !== WHOLE ? [[e.field, localised(e) ?? this.message]] : [],
      ),
    );
  }
}

const bearer: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Looked up at each call rather than captured once, so component tests can stand in for the gateway.
  fetch: (request) => globalThis.fetch(request),
});
api.use(bearer);

/** The data of an openapi-fetch result, or an ApiError carrying the problem. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  const problem = (error ?? {}) as Partial<Problem>;
  throw new ApiError({
    type: problem.type ?? 'about:blank',
    title: problem.title ?? response.statusText,
    status: problem.status ?? response.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
  });
}
