import { Controller, Get } from '@nestjs/common';
import { PrincipalSchema, type Principal } from '@certhub/contracts';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { DescribeRoute } from '../http/route-doc';

@Controller('api/v1/me')
export class MeController {
  /** Who the token says the caller is: user, tenant and roles. */
  @Get()
  @DescribeRoute({
    operationId: 'gateway.me.get',
    summary: 'Who the token says you are: user, tenant and roles',
    tag: 'users',
    ok: { description: 'The caller', content: { json: PrincipalSchema } },
    local: true,
  })
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
