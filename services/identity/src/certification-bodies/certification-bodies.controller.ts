import { handle, rpcHandlers } from '@certhub/platform';
import { CreateCertificationBody } from './create-certification-body/create-certification-body.usecase';
import { ListCertificationBodies } from './list-certification-bodies/list-certification-bodies.usecase';

export const CertificationBodiesController = rpcHandlers(
  handle('identity.certification-bodies.create', CreateCertificationBody),
  handle('identity.certification-bodies.list', ListCertificationBodies),
);
