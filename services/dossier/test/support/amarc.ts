import type { Answers, Principal } from '@certhub/contracts';

/** What the demo organisation's administrator sends to open an AMARC level A dossier at the demo CB. */
export const AMARC_APPLICATION = { schemeId: 'amarc', level: 'A', cbId: 'cb-demo' } as const;

/**
 * A complete single-site application to the AMARC scheme (docs/domain/schemes.md#amarc-scheme), as the
 * applicant would fill it.
 */
export const AMARC_COMPLETE: Answers = {
  siret: { value: '90123456700013' },
  'raison-sociale': { value: 'Ateliers Démo CertHub SAS' },
  adresse: { value: '12 rue des Frères Lumière, 69008 Lyon' },
  contact: { value: 'Jeanne Martin, responsable qualité' },
  'contact-email': { value: 'qualite@ateliers-demo.fr', comment: 'boîte partagée du service' },
  niveau: { value: 'A' },
  relation: { value: ['btob', 'btoc'] },
  multisites: { value: false },
  'canal-digital': { value: true },
  depuis: { value: '2025-06-01' },
  effectif: { value: 4 },
  'lettre-engagement': { value: ['doc-lettre-engagement'] },
};

export const pick = (answers: Answers, ...ids: string[]): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => ids.includes(id)));

/** AMARC_COMPLETE for one dossier: its letter a real upload into the question's context. */
export async function amarcCompleteFor(
  h: { upload(contextId: string, as: Principal): Promise<string>; cast: { orgMember: Principal } },
  dossierId: string,
): Promise<Answers> {
  const letter = await h.upload(`dossier:${dossierId}:question:lettre-engagement`, h.cast.orgMember);
  return { ...AMARC_COMPLETE, 'lettre-engagement': { value: [letter] } };
}
