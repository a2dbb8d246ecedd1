import { handle, rpcHandlers } from '@certhub/platform';
import { VerifySirets } from './verify-sirets/verify-sirets.usecase';

export const VerificationController = rpcHandlers(handle('partner.verify', VerifySirets));
