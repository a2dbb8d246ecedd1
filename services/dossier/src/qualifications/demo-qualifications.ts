import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { PeriodicJobs, RpcClient, SERVICE_CONFIG } from '@certhub/platform';
import { shouldSeedDemoData, type DossierConfig } from '../config';
import { SchemeService } from '../schemes/scheme.service';
import { QualificationRepository } from './qualification.repository';

/** The realm's demo CB (the identity service seeds it with its users). */
const DEMO_CB = 'cb-demo';
const OPEN_SINCE = '2000-01-01';

/**
 * Qualifies the demo CB's auditors for every organisation scheme, so a fresh environment can plan
 * audits right away. Identity knows the auditors once it has read them from Keycloak, possibly after
 * this service started: the job retries until it finds some, then stops. Lines already there are kept.
 */
@Injectable()
export class DemoQualifications implements OnModuleInit {
  private readonly logger = new Logger(DemoQualifications.name);
  private done = false;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DossierConfig,
    private readonly jobs: PeriodicJobs,
    private readonly rpc: RpcClient,
    private readonly schemes: SchemeService,
    private readonly repository: QualificationRepository,
  ) {}

  onModuleInit(): void {
    if (!shouldSeedDemoData(this.config)) return;
    this.jobs.register({
      name: 'demo-qualifications',
      intervalMs: 3_000,
      runAtStart: true,
      run: () => this.run(),
    });
  }

  private async run(): Promise<number> {
    if (this.done) return 0;
    const auditors = await this.rpc.call(
      'identity.recipients.resolve',
      { tenantId: DEMO_CB, roles: ['auditor'] },
      { principal: SYSTEM_PRINCIPAL },
    );
    if (!auditors.length) return 0;
    const schemes = (await this.schemes.list()).filter((s) => s.kind === 'organisation');
    let added = 0;
    for (const { userId } of auditors)
      for (const { schemeId } of schemes) {
        const line = { cbId: DEMO_CB, auditorId: userId, schemeId, validFrom: OPEN_SINCE };
        if (await this.repository.findOverlap(line)) continue;
        const now = new Date();
        await this.repository.create({
          ...line,
          _id: randomUUID(),
          tenantId: [DEMO_CB],
          createdAt: now,
          createdBy: SYSTEM_PRINCIPAL.userId,
          updatedAt: now,
          version: 0,
        });
        added += 1;
      }
    this.done = true;
    if (added) this.logger.log(`demo auditors qualified: ${added} line(s)`);
    return added;
  }
}
