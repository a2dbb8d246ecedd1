import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/auth.decorators';

/**
 * Limits per principal once authenticated (a user behind a shared proxy keeps his own budget),
 * per client address otherwise. Counters live in each gateway replica's memory: with N replicas the
 * effective limit is up to N times the setting, which is what the setting is sized for.
 */
@Injectable()
export class PrincipalThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as AuthenticatedRequest;
    return request.principal ? `user:${request.principal.userId}` : `ip:${String(request.ip)}`;
  }
}
