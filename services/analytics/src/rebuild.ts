import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@certhub/platform';
import { AnalyticsEnv } from './config';
import { RebuildModule } from './rebuild/rebuild.module';
import { RebuildReadModels } from './rebuild/rebuild-read-models';

/**
 * `node dist/services/analytics/src/rebuild.js`, with the service's own environment: rebuilds
 * every analytics read model by replaying the event stream (the service may stay up).
 */
async function main(): Promise<void> {
  const config = loadConfig('analytics', AnalyticsEnv);
  const app = await NestFactory.createApplicationContext(RebuildModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const started = Date.now();
    const result = await app.get(RebuildReadModels).run((line) => process.stdout.write(`${line}\n`));
    process.stdout.write(
      `rebuilt from ${result.events} events up to sequence ${result.lastSeq} in ${Date.now() - started} ms\n`,
    );
  } finally {
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
