import { REPO_ROOT, natsServiceEnv, runtimeEnv } from '@certhub/testing';
import mongoose from 'mongoose';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Runs `node dist/services/analytics/src/rebuild.js` against a stack, as an operator would. */
export function runRebuild(env: {
  NATS_URL: string;
  MONGO_DB_PREFIX: string;
}): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/services/analytics/src/rebuild.js')], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      TZ: 'UTC',
      LOG_LEVEL: 'warn',
      ...runtimeEnv(),
      ...natsServiceEnv('analytics', env.NATS_URL),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** Loses the analytics read models, as a changed projection or a damaged database would. */
export async function wipeReadModels(prefix: string): Promise<void> {
  const connection = await mongoose
    .createConnection(runtimeEnv().MONGO_URL, { dbName: `${prefix}_analytics` })
    .asPromise();
  try {
    for (const collection of ['dossier_states', 'findings', 'event_receipts']) {
      await connection.collection(collection).deleteMany({});
    }
  } finally {
    await connection.close();
  }
}
