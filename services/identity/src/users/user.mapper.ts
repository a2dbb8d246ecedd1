import type { RpcResponse } from '@certhub/contracts';
import type { User } from './user.schema';

export function toUserResponse(user: User): RpcResponse<'identity.users.get'> {
  return {
    id: user._id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    tenantType: user.tenantType,
    tenantId: user.tenantId,
    enabled: user.enabled,
    emailVerified: user.emailVerified,
    locale: user.locale,
    createdAt: user.createdAt.toISOString(),
  };
}
