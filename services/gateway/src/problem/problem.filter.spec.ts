import { Logger, type ArgumentsHost } from '@nestjs/common';
import { DomainError } from '@certhub/platform';
import type { ApiRoutes } from '../http/api-routes';
import { ProblemFilter } from './problem.filter';

/** What the filter wrote: status, headers and the problem body. */
function answer(exception: unknown) {
  const written = { status: 0, headers: {} as Record<string, string>, body: {} as Record<string, unknown> };
  const res = {
    status: (status: number) => ((written.status = status), res),
    type: () => res,
    json: (body: Record<string, unknown>) => ((written.body = body), res),
    setHeader: (name: string, value: string) => (written.headers[name] = value),
  };
  const req = { id: 'c-1', originalUrl: '/api/v1/dossiers?q=x', path: '/api/v1/dossiers', method: 'GET' };
  const host = {
    switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }),
  } as unknown as ArgumentsHost;
  const routes = { allowedMethods: () => [] } as unknown as ApiRoutes;
  new ProblemFilter(routes).catch(exception, host);
  return written;
}

describe('ProblemFilter', () => {
  // The filter logs every internal error with its stack: expected here.
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']));

  it('answers a service’s internal error with the id the service logged it under', () => {
    const passedOn = DomainError.fromBody({ code: 'internal', message: 'internal error', errorId: 'e-42' });
    const { status, body } = answer(passedOn);
    expect(status).toBe(500);
    expect(body).toMatchObject({
      status: 500,
      errorId: 'e-42',
      instance: '/api/v1/dossiers',
      correlationId: 'c-1',
    });
    expect(body['detail']).toBe('An unexpected error occurred.');
  });

  it('gives an error of its own a fresh id, and never its message', () => {
    const { status, body } = answer(new TypeError('cannot read x of undefined'));
    expect(status).toBe(500);
    expect(body['errorId']).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(JSON.stringify(body)).not.toContain('cannot read');
  });

  it('answers a refusal with its code, message and field errors, and no error id', () => {
    const refused = DomainError.fromBody({
      code: 'validation_failed',
      message: 'the request is invalid',
      details: [{ field: 'siret', message: 'must be 14 digits' }],
    });
    const { status, body } = answer(refused);
    expect(status).toBe(422);
    expect(body).toMatchObject({ detail: 'the request is invalid', errors: [{ field: 'siret' }] });
    expect(body).not.toHaveProperty('errorId');
  });
});
