import runtimeSetup from '../src/global-setup';
import { STACK, servicesCommand } from './fault-stack';

/** The runtime (its own run dir), then the services the faults go through, as `./certhub up` starts them. */
export default async function globalSetup(): Promise<void> {
  await runtimeSetup();
  servicesCommand('up', ...STACK);
}
