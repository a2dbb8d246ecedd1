import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CreateDossier } from '../../dossiers/create-dossier/create-dossier.usecase';
import { toDossierResponse } from '../../dossiers/dossier.mapper';
import { DocumentContexts } from '../../evidence/document-contexts';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { SchemeService } from '../../schemes/scheme.service';

/**
 * The applicant opens the renewal in the scheme's window, before expiry
 * (docs/domain/organisation-certification.md#renewal). With the same CB the dossier goes on to a renewal
 * audit. With another CB the renewal becomes an initial audit (#renewal-with-another-cb): a new dossier for
 * that CB (its questionnaire pre-filled from this one) carries the link, and this dossier records the change;
 * its certificate runs until its end.
 */
@Injectable()
export class OpenRenewal {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly createDossier: CreateDossier,
    private readonly schemes: SchemeService,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.renewals.open'> = async (principal, request) => {
    // Everything the write path checks is checked first, before a new dossier exists for nothing;
    // the dossier read here is the one the renewal is then applied to.
    const current = await this.lifecycle.loadChecked(principal, request.dossierId, 'open_renewal');
    const certificate = current.certificate;
    if (!certificate) throw new DomainError('internal', `dossier ${current._id} renews no certificate`);
    const changeOfCb = request.cbId !== undefined && request.cbId !== current.cbId;
    const scheme = await this.schemes.get(current.schemeId, current.schemeVersion);
    const auditChoice = request.auditChoice ?? 'initial';
    if (auditChoice === 'complementary' && (changeOfCb || !scheme.renewalComplementaryAudit))
      throw DomainError.invalid([
        {
          field: 'auditChoice',
          message: changeOfCb
            ? 'with another certification body the renewal is an initial audit'
            : `scheme ${current.schemeId} renews through an initial audit only`,
        },
      ]);

    // What the renewal requires, requested now and checked before its audit is planned: by this CB,
    // or with a change of CB by the new one, on its dossier.
    const documents = scheme.renewalDocuments.map((label, i) => ({
      n: i + 1,
      label,
      status: 'missing' as const,
    }));
    const newDossier = changeOfCb
      ? await this.createDossier.execute(
          principal,
          {
            schemeId: current.schemeId,
            ...(current.level ? { level: current.level } : {}),
            cbId: request.cbId as string,
          },
          {
            renewalOf: {
              dossierId: current._id,
              certificateId: certificate.certificateId,
              cbId: current.cbId,
              changeOfCb: true,
              ...(documents.length ? { documents } : {}),
            },
            answers: current.questionnaire.answers,
          },
        )
      : undefined;
    const renewal = {
      openedAt: new Date(),
      changeOfCb,
      auditType: changeOfCb ? ('initial' as const) : ('renewal' as const),
      auditChoice,
      documents: changeOfCb ? [] : documents,
      ...(newDossier ? { newCbId: newDossier.cbId, newDossierId: newDossier.id } : {}),
    };
    const { after } = await this.lifecycle.apply(principal, current, 'open_renewal', () => ({
      $set: { 'cycle.renewal': renewal },
      what: changeOfCb
        ? `renewal opened with another certification body (${renewal.newCbId}): initial audit in dossier ${newDossier?.reference}`
        : 'renewal opened',
      after: renewal,
    }));
    await this.contexts.renewal(newDossier ? await this.lifecycle.load(principal, newDossier.id) : after);
    return { dossier: toDossierResponse(after), ...(newDossier ? { newDossier } : {}) };
  };
}
