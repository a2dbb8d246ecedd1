import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public';
import { Metrics } from '../metrics/metrics';
import { HealthRegistry } from './health';

/** Liveness, readiness and metrics, outside /api so probes need no token. */
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthRegistry,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Alive: the event loop answers. It never waits on a dependency (a liveness probe must not fail
   * because Keycloak is slow); it shows what the last readiness run found, degraded ones included.
   */
  @Get('healthz')
  @HttpCode(200)
  healthz(): { status: 'ok'; degraded?: string[]; dependencies?: Record<string, 'up' | 'down'> } {
    const last = this.health.lastReport();
    if (!last) return { status: 'ok' };
    // Names and states only: error texts (addresses, hosts) stay in readiness and the logs.
    const dependencies = Object.fromEntries(Object.entries(last.checks).map(([name, c]) => [name, c.status]));
    return { status: 'ok', degraded: last.degraded, dependencies };
  }

  @Get('readyz')
  async readyz(@Res() res: Response): Promise<void> {
    const report = await this.health.readiness();
    res.status(report.status === 'ready' ? 200 : 503).json(report);
  }

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async scrape(@Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}
