import type { FullConfig } from '@playwright/test';
import { rmSync } from 'node:fs';
import { TestStack, freePort, natsCredentialsFile, startService } from '@certhub/testing';
import startRuntime from '@certhub/testing/src/global-setup';
import stopRuntime from '@certhub/testing/src/global-teardown';
import { SCREENSHOTS } from './portal';

/**
 * The same harness as the jest suites: the local runtime (or the one already running in .run/test),
 * then the services the applicant's pages call, on a private NATS and fresh databases, and the
 * gateway in front of the document, certificate and dossier services it streams files and exports from. The gateway
 * serves the portal built into dist/services/portal (npm run build).
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  // The artifacts are this run's pages only.
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  await startRuntime();
  // The gateway's address is the platform's public URL: DIDs, status lists and the PDFs' QR codes.
  const gatewayPort = await freePort();
  const publicUrl = `http://127.0.0.1:${gatewayPort}`;
  const stack = await TestStack.start(
    [
      'identity',
      'dossier',
      'notification',
      'document',
      'certificate',
      'analytics',
      // The individuals' line (training.e2e.ts).
      'candidacy',
      // Verifiable credentials (verify.e2e.ts).
      'credentials',
      // Partner support (workspace.e2e.ts), its test webhook receiver on 127.0.0.1.
      'partner',
      // Complaints and appeals (complaints.e2e.ts).
      'complaints',
    ],
    { PUBLIC_URL: publicUrl },
  );
  const gateway = await startService(
    'gateway',
    {
      NATS_URL: stack.nats.url,
      MONGO_DB_PREFIX: stack.prefix,
      DOCUMENT_URL: stack.service('document').url,
      CERTIFICATE_URL: stack.service('certificate').url,
      DOSSIER_URL: stack.service('dossier').url,
      ANALYTICS_URL: stack.service('analytics').url,
      CANDIDACY_URL: stack.service('candidacy').url,
      COMPLAINTS_URL: stack.service('complaints').url,
      // The journeys drive the CB's side through the API too, faster than a person.
      RATE_LIMIT_PER_MINUTE: '100000',
    },
    { port: gatewayPort },
  );
  process.env['PORTAL_URL'] = gateway.url;
  // verify.e2e.ts plays the dossier service's relay on this stack's bus.
  process.env['E2E_NATS_URL'] = stack.nats.url;
  process.env['E2E_NATS_CREDENTIALS'] = natsCredentialsFile(stack.nats.url);
  // renewal.e2e.ts moves a dossier's certificate dates in this stack's database (time passing).
  process.env['E2E_DB_PREFIX'] = stack.prefix;
  return async () => {
    await gateway.stop();
    await stack.stop();
    await stopRuntime();
  };
}
