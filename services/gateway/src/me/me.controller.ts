import { Controller, Get } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { CurrentPrincipal } from '../auth/auth.decorators';

@Controller('api/v1/me')
export class MeController {
  /** Who the token says the caller is: user, tenant and roles. */
  @Get()
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
