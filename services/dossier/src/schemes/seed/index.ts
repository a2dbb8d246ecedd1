import type { SchemeInput } from '@certhub/contracts';
import { AMARC_SCHEME } from './amarc.scheme';
import { LABEL_SCHEME } from './label.scheme';

/** The scheme versions every installation starts with (inserted at start-up when absent). */
export const SEED_SCHEMES: readonly SchemeInput[] = [AMARC_SCHEME, LABEL_SCHEME];
export { AMARC_SCHEME, LABEL_SCHEME };
