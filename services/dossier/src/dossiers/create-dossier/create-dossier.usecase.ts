import { Injectable } from '@nestjs/common';
import type { Answers, Principal, RpcPayload, RpcResponse, Scheme } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import { SchemeService } from '../../schemes/scheme.service';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { toDossierResponse } from '../dossier.mapper';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import type { DossierView } from '../../lifecycle/dossier.schema';
import { IdentityDirectory, type OrganisationInfo, type SiteInfo } from '../identity-directory';
import { prefillAnswers } from './questionnaire-prefill';
import { SequenceRepository } from '@certhub/platform';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { today } from '../../lifecycle/calendar';
import { DocumentContexts } from '../../evidence/document-contexts';

/**
 * org_admin opens a dossier: scheme (and level) and the CB that will follow it
 * (docs/domain/organisation-certification.md#creating-a-dossier). The holder's data are read from identity
 * with the admin's own rights and kept on the dossier for the certificate; the reference is the CB's prefix,
 * the year and a per-CB counter (DEMO-2026-000123). An organisation holding a running certificate for the
 * scheme does not open a second application for it: it renews or declares a change of scope on the dossier
 * that holds it (docs/domain/organisation-certification.md#one-certificate-per-scheme).
 */
@Injectable()
export class CreateDossier {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly sequences: SequenceRepository,
    private readonly schemes: SchemeService,
    private readonly identity: IdentityDirectory,
    private readonly dossiers: DossierRepository,
    private readonly contexts: DocumentContexts,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.dossiers.create'>,
    renewal?: { renewalOf: NonNullable<DossierView['cycle']['renewalOf']>; answers: Record<string, unknown> },
  ): Promise<RpcResponse<'dossier.dossiers.create'>> {
    if (principal.tenantType !== 'organisation' || !principal.roles.includes('org_admin'))
      throw DomainError.forbidden('only an organisation’s administrator opens a dossier');
    // The dossiers collection exists whatever the body names: an unknown scheme is bad input (422).
    const scheme = await this.schemes.get(request.schemeId, request.schemeVersion).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'not_found')
        throw new DomainError('validation_failed', error.message, [
          { field: request.schemeVersion ? 'schemeVersion' : 'schemeId', message: 'unknown scheme' },
        ]);
      throw error;
    });
    const level = this.levelOf(scheme.levels, request.level);
    // A renewal with another CB is the one new application allowed while the certificate runs.
    if (!renewal) await this.refuseWhileCertified(principal.tenantId, scheme.schemeId);
    const cb = await this.identity.certificationBody(request.cbId, principal);
    if (!cb)
      throw new DomainError('validation_failed', `certification body ${request.cbId} does not exist`, [
        { field: 'cbId', message: 'unknown certification body' },
      ]);
    const organisationId = principal.tenantId;
    const [organisation, sites] = await Promise.all([
      this.identity.organisation(organisationId, principal),
      this.identity.sites(organisationId, principal),
    ]);
    if (!organisation.active)
      throw DomainError.forbidden(
        'your organisation is inactive on the platform, so it cannot open a dossier: ask the platform to reactivate it',
      );
    // A renewal with another CB starts from the previous application's answers, to be checked
    // (docs/domain/organisation-certification.md#renewal-with-another-cb); a first application from
    // what the platform knows of the organisation.
    const answers = renewal?.answers ?? (await this.prefill(scheme.questionnaire, organisation, sites));

    const now = new Date();
    const year = now.getUTCFullYear();
    const seq = await this.sequences.next(cb.id, `dossier:${year}`);
    const id = randomUUID();
    const reference = `${cb.certificateNumberPrefix}-${year}-${String(seq).padStart(6, '0')}`;
    const ref = { _id: id, organisationId, cbId: cb.id, schemeId: scheme.schemeId };
    const dossier = await this.lifecycle.create(
      principal,
      {
        ...ref,
        reference,
        tenantId: [organisationId, cb.id],
        auditorIds: [],
        schemeVersion: scheme.version,
        ...(level ? { level } : {}),
        status: 'draft',
        questionnaire: { revision: 0, answers },
        questionnaireFindings: [],
        holder: {
          name: organisation.name,
          siren: organisation.siren,
          address: organisation.address,
          sites: sites.map((s) => ({ siret: s.siret, name: s.name, address: s.address })),
        },
        decisions: [],
        previousCertificates: [],
        cycle: { surveillanceDue: [], ...(renewal ? { renewalOf: renewal.renewalOf } : {}) },
        createdAt: now,
        updatedAt: now,
      },
      {
        at: now,
        what: `${renewal ? 'renewal (initial audit with a new CB) ' : ''}dossier opened for ${scheme.title} ${scheme.version}${level ? ` level ${level}` : ''} with ${cb.name}`,
        after: {
          schemeId: scheme.schemeId,
          schemeVersion: scheme.version,
          level,
          cbId: cb.id,
          ...(renewal ? { renewalOf: renewal.renewalOf } : {}),
        },
        events: [
          dossierEvent(
            'certhub.dossier.created.v1',
            { ...dossierRef({ ...ref, reference, holder: { siren: organisation.siren } }), reference },
            ref,
            now,
          ),
        ],
      },
    );
    // The file questions take uploads from now on.
    await this.contexts.dossier(dossier);
    return toDossierResponse(dossier);
  }

  private async prefill(
    questionnaire: Scheme['questionnaire'],
    organisation: OrganisationInfo,
    sites: SiteInfo[],
  ): Promise<Answers> {
    const headOffice = sites.find((site) => site.headquarters);
    const company = headOffice && (await this.identity.company(headOffice.siret));
    return prefillAnswers(questionnaire, {
      organisation,
      sites,
      ...(company?.nafCode ? { nafCode: company.nafCode } : {}),
    });
  }

  private async refuseWhileCertified(organisationId: string, schemeId: string): Promise<void> {
    const holder = await this.dossiers.holderOf(organisationId, schemeId, today());
    if (!holder?.certificate) return;
    throw new DomainError(
      'conflict',
      `the organisation already holds certificate ${holder.certificate.number} for ${schemeId} (dossier ${holder.reference}): renew it or declare a change of scope on that dossier`,
      {
        dossierId: holder._id,
        reference: holder.reference,
        certificateNumber: holder.certificate.number,
        certificateStatus: holder.certificate.status,
        validUntil: holder.certificate.validUntil,
      },
    );
  }

  private levelOf(levels: readonly { id: string }[], wanted: string | undefined): string | undefined {
    if (wanted === undefined) {
      if (levels.length <= 1) return levels[0]?.id;
      throw new DomainError('validation_failed', 'this scheme has levels: choose one', [
        { field: 'level', message: `one of ${levels.map((l) => l.id).join(', ')}` },
      ]);
    }
    if (!levels.some((l) => l.id === wanted))
      throw new DomainError('validation_failed', `level ${wanted} is not one of this scheme’s`, [
        { field: 'level', message: `one of ${levels.map((l) => l.id).join(', ')}` },
      ]);
    return wanted;
  }
}
