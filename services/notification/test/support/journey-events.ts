import type { EventPayload } from '@certhub/contracts';
import { uniqueId } from '@certhub/testing';

export const ORG = 'org-demo';
export const CB = 'cb-demo';
const at = '2026-03-02T09:30:00.000Z';

/** The events of one dossier of org-demo instructed by cb-demo, as the dossier service will emit them. */
export function dossierJourney(dossierId = uniqueId('d')) {
  const reference = `DEMO-2026-${dossierId}`;
  const ref = { dossierId, reference, organisationId: ORG, cbId: CB, schemeId: 'amarc' };
  const findingId = uniqueId('f');
  return {
    dossierId,
    reference,
    findingId,
    submitted: {
      ...ref,
      submittedBy: 'org-user',
      submittedAt: at,
    } satisfies EventPayload<'certhub.dossier.submitted.v1'>,
    admissible: { ...ref, at, by: 'analyst' } satisfies EventPayload<'certhub.dossier.admissible.v1'>,
    auditPlanned: (auditorIds: string[]) =>
      ({
        ...ref,
        auditId: `${dossierId}-a1`,
        type: 'initial',
        startDate: '2026-04-14',
        endDate: '2026-04-15',
        auditorIds,
        at,
        by: 'analyst',
      }) satisfies EventPayload<'certhub.dossier.audit_planned.v1'>,
    findingRaised: {
      ...ref,
      findingId,
      number: 'NC0007',
      requirementId: '2.3',
      severity: 'major',
      dueDate: '2026-05-06',
      at,
      by: 'auditor',
    } satisfies EventPayload<'certhub.dossier.finding_raised.v1'>,
    decisionRecorded: {
      ...ref,
      decisionId: `${dossierId}-dec`,
      kind: 'initial',
      outcome: 'grant',
      reason: 'Toutes les exigences sont satisfaites',
      at,
      by: 'decider',
    } satisfies EventPayload<'certhub.dossier.decision_recorded.v1'>,
    certificateIssued: {
      certificateId: `${dossierId}-cert`,
      number: `DEMO-${dossierId}`,
      dossierId,
      organisationId: ORG,
      cbId: CB,
      schemeId: 'amarc',
      schemeVersion: '2024',
      schemeTitle: 'Gestion des insatisfactions clients',
      holder: {
        name: 'Ateliers Démo CertHub SAS',
        siren: '901234567',
        address: { line1: '12 rue des Frères Lumière', postalCode: '69008', city: 'Lyon', country: 'FR' },
      },
      sites: [],
      scope: ['Traitement des réclamations clients'],
      validFrom: '2026-06-01',
      validUntil: '2029-05-31',
      issuedAt: at,
      cb: {
        name: 'CertHub Démo Certification',
        address: {
          line1: '11 rue Francis de Pressensé',
          postalCode: '93200',
          city: 'Saint-Denis',
          country: 'FR',
        },
      },
      mentions: [],
      locale: 'fr',
    } satisfies EventPayload<'certhub.certificate.issued.v1'>,
  };
}
