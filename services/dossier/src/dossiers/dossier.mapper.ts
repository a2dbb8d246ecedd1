import type { DossierResponse, RpcResponse } from '@certhub/contracts';
import type { Decision, DossierView, QuestionnaireFinding, TrailEntry } from '../lifecycle/dossier.schema';

const iso = (d: Date | string | undefined): string | undefined =>
  d === undefined ? undefined : new Date(d).toISOString();
const opt = <K extends string, V>(key: K, value: V | undefined | null): Partial<Record<K, V>> =>
  value === undefined || value === null ? {} : ({ [key]: value } as Record<K, V>);

/** What a dossier looks like on the wire: no answers, trail, outbox or internal fields. */
export function toDossierResponse(d: DossierView): DossierResponse {
  const cycle = d.cycle ?? { surveillanceDue: [] };
  return {
    id: d._id,
    reference: d.reference,
    organisationId: d.organisationId,
    ...opt('holderName', d.holder?.name),
    cbId: d.cbId,
    ...opt('analystId', d.analystId),
    schemeId: d.schemeId,
    schemeVersion: d.schemeVersion,
    ...opt('level', d.level),
    status: d.status,
    version: d.version,
    questionnaire: {
      revision: d.questionnaire?.revision ?? 0,
      ...opt('submittedAt', iso(d.questionnaire?.submittedAt)),
      ...opt('submittedBy', d.questionnaire?.submittedBy),
    },
    ...(d.offer
      ? {
          offer: {
            reference: d.offer.reference,
            documentId: d.offer.documentId,
            sentAt: new Date(d.offer.sentAt).toISOString(),
            ...opt('signedDocumentId', d.offer.signedDocumentId),
            ...opt('signedAt', iso(d.offer.signedAt)),
          },
        }
      : {}),
    ...(d.contract
      ? {
          contract: {
            reference: d.contract.reference,
            signedOn: d.contract.signedOn,
            ...opt('documentId', d.contract.documentId),
            recordedAt: new Date(d.contract.recordedAt).toISOString(),
          },
        }
      : {}),
    ...(d.certificate
      ? {
          certificate: {
            certificateId: d.certificate.certificateId,
            number: d.certificate.number,
            validFrom: d.certificate.validFrom,
            validUntil: d.certificate.validUntil,
            status: d.certificate.status,
            issuedAt: new Date(d.certificate.issuedAt).toISOString(),
          },
        }
      : {}),
    cycle: {
      surveillanceDue: cycle.surveillanceDue ?? [],
      ...opt('renewalOpensOn', cycle.renewalOpensOn),
      ...(cycle.renewal
        ? {
            renewal: {
              openedAt: new Date(cycle.renewal.openedAt).toISOString(),
              changeOfCb: cycle.renewal.changeOfCb,
              auditType: cycle.renewal.auditType,
              ...opt('newCbId', cycle.renewal.newCbId),
              ...opt('newDossierId', cycle.renewal.newDossierId),
              ...opt('auditChoice', cycle.renewal.auditChoice),
              ...(cycle.renewal.documents ? { documents: cycle.renewal.documents } : {}),
            },
          }
        : {}),
      ...opt('renewalOf', cycle.renewalOf),
    },
    ...opt('complementaryRequested', d.complementaryRequested),
    ...(d.scopeChange
      ? {
          scopeChange: {
            status: d.scopeChange.status,
            description: d.scopeChange.description,
            requestedAt: new Date(d.scopeChange.requestedAt).toISOString(),
            ...opt('outcome', d.scopeChange.outcome),
            ...opt('decidedAt', iso(d.scopeChange.decidedAt)),
          },
        }
      : {}),
    ...opt('closedReason', d.closedReason),
    createdAt: new Date(d.createdAt).toISOString(),
    updatedAt: new Date(d.updatedAt).toISOString(),
  };
}

export function toQuestionnaireFindingResponse(
  f: QuestionnaireFinding,
): RpcResponse<'dossier.questionnaire-findings.raise'> {
  return {
    id: f.id,
    number: f.number,
    questionId: f.questionId,
    description: f.description,
    status: f.status,
    raisedAt: new Date(f.raisedAt).toISOString(),
    raisedBy: f.raisedBy,
    ...(f.response
      ? {
          response: {
            ...opt('correctiveAction', f.response.correctiveAction),
            ...opt('documentId', f.response.documentId),
            answeredAt: new Date(f.response.answeredAt).toISOString(),
            answeredBy: f.response.answeredBy,
          },
        }
      : {}),
    ...opt('closedAt', iso(f.closedAt)),
    ...opt('closedBy', f.closedBy),
  };
}

export function toDecisionResponse(d: Decision): RpcResponse<'dossier.decisions.record'>['decision'] {
  return {
    id: d.id,
    kind: d.kind,
    outcome: d.outcome,
    reason: d.reason,
    decidedBy: d.decidedBy,
    decidedAt: new Date(d.decidedAt).toISOString(),
    ...opt('certificateId', d.certificateId),
  };
}

export function toTrailResponse(t: TrailEntry): RpcResponse<'dossier.dossiers.trail'>['items'][number] {
  return {
    at: new Date(t.at).toISOString(),
    who: t.who,
    action: t.action,
    what: t.what,
    fromStatus: t.fromStatus,
    toStatus: t.toStatus,
    ...(t.before === undefined ? {} : { before: t.before }),
    ...(t.after === undefined ? {} : { after: t.after }),
  };
}
