import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { SchemeSchema } from '@certhub/contracts';
import type { Connection } from 'mongoose';
import { hashScheme, toSchemeRecord } from './scheme.mapper';
import { SchemeRepository } from './scheme.repository';
import { SEED_SCHEMES } from './seed';

/**
 * Inserts each seed scheme version at start-up when it is absent (idempotent, safe with several
 * replicas). A published version is immutable: an edited seed must carry a new version, and a seed
 * that differs from the stored version of the same number is reported, not written.
 */
@Injectable()
export class SchemeSeeder implements OnModuleInit {
  private readonly logger = new Logger(SchemeSeeder.name);

  constructor(
    private readonly repository: SchemeRepository,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  async onModuleInit(): Promise<void> {
    // Commands are not buffered (platform mongoose options): wait for the connection first.
    await this.connection.asPromise();
    for (const seed of SEED_SCHEMES) {
      // A broken seed is a programming error: fail the start rather than serve a half catalogue.
      const scheme = SchemeSchema.parse(seed);
      const outcome = await this.repository.insertIfAbsent(toSchemeRecord(scheme, 'seed'));
      if (outcome.inserted) this.logger.log(`scheme ${scheme.schemeId} ${scheme.version} seeded`);
      else if (outcome.existing && outcome.existing.contentHash !== hashScheme(scheme))
        this.logger.warn(
          `seed of scheme ${scheme.schemeId} ${scheme.version} differs from the published version, which is kept: give the seed a new version`,
        );
    }
  }
}
