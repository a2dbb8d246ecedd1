import type { ControlMethod, SchemeInput } from '@certhub/contracts';

/** Helpers to transcribe the AMARC referential's chapter IV as data (see amarc.requirements.ts). */

export type Chapter = SchemeInput['chapters'][number];
type Requirement = Chapter['requirements'][number];

export const DOC: ControlMethod = 'documentary';

/** `levels`: 'AB' when both columns carry an X, 'B' when only Niv B does. */
export function r(
  id: string,
  text: string,
  levels: 'AB' | 'B',
  referenceDocuments: string[],
  controlMethods: ControlMethod[],
  title?: string,
): Requirement {
  return {
    id,
    title: title ?? text,
    text,
    applicability: { A: levels === 'AB', B: true },
    referenceDocuments,
    controlMethods,
  };
}

/** A requirement whose lead sentence introduces sub-items ("> …" in the referential). */
export const items = (lead: string, ...lines: string[]) => [lead, ...lines.map((l) => `> ${l}`)].join('\n');
