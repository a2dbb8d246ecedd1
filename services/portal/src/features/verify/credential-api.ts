import { api, unwrap } from '../../api/client';

/** The credential behind a certificate number (public): the page verifies it itself. */
export const credentialByNumber = (number: string) =>
  unwrap(api.GET('/api/v1/public/credentials/{number}', { params: { path: { number } } }));
