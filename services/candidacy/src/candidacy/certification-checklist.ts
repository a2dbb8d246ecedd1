import type { CertificationCheck, CertificationChecklist } from '@certhub/contracts';
import type { CandidateView } from './candidate.schema';

/**
 * The guide's check list before a dossier leaves for certification: a validated evaluation, and
 * what the certificate is printed and posted with (e-mail, postal address) and the goals the jury
 * reads. Each item says what to do when it fails.
 */
export function certificationChecklist(c: CandidateView): CertificationChecklist {
  const items: { check: CertificationCheck; ok: boolean; message: string }[] = [
    {
      check: 'validated_evaluation',
      ok: Boolean(c.evaluations?.some((e) => e.status === 'finalised' && e.validated)),
      message: 'finalise an evaluation with every sub-domain acquired',
    },
    { check: 'email', ok: Boolean(c.email), message: 'give the candidate’s e-mail address' },
    {
      check: 'postal_address',
      ok: Boolean(c.address),
      message: 'give the candidate’s postal address (the certificate is posted there)',
    },
    {
      check: 'professional_goals',
      ok: Boolean(c.professionalGoals),
      message: 'describe the candidate’s professional goals',
    },
    {
      check: 'personal_goals',
      ok: Boolean(c.personalGoals),
      message: 'describe the candidate’s extra-professional goals',
    },
    { check: 'active', ok: c.active, message: 'reactivate the candidate' },
  ];
  return { ready: items.every((i) => i.ok), items };
}
