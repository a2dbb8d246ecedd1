import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'certhub:public';

/** Marks a route that needs no token: probes, public verification, registration. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
