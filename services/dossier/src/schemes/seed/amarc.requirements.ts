import type { SchemeInput } from '@certhub/contracts';
import { AMARC_COMMITMENTS_1_TO_3 } from './amarc.commitments-1-3';
import { AMARC_COMMITMENTS_4_TO_6 } from './amarc.commitments-4-6';

/**
 * The AMARC referential's chapter IV ("Caractéristiques certifiées et moyens mis en œuvre",
 * docs/domain/schemes.md#amarc-scheme) transcribed: the six
 * service commitments, each requirement with its text as written (asterisks are the referential's
 * pointers to its lexicon, kept), the "Niv A" / "Niv B" columns (a single X stands in the Niv B
 * column: optimised level only), the reference documents and the control methods.
 */

export const AMARC_CHAPTERS: SchemeInput['chapters'] = [
  ...AMARC_COMMITMENTS_1_TO_3,
  ...AMARC_COMMITMENTS_4_TO_6,
];
