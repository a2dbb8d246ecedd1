import runtimeTeardown from '../src/global-teardown';
import { servicesCommand } from './fault-stack';

export default async function globalTeardown(): Promise<void> {
  if (process.env['CERTHUB_KEEP_RUNTIME'] !== '1') servicesCommand('down');
  await runtimeTeardown();
}
