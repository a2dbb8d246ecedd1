import { Injectable, Logger } from '@nestjs/common';
import {
  SYSTEM_PRINCIPAL,
  type AppealedDecision,
  type ComplaintRules,
  type DossierResponse,
  type Principal,
} from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';

/**
 * The platform's deadlines where a scheme sets none (docs/domain/complaints-and-appeals.md#deadlines),
 * in calendar days from receipt (from the decision for the appeal period).
 */
export const DEFAULT_RULES: ComplaintRules = {
  acknowledgeWithinDays: 10,
  answerWithinDays: 60,
  appealWithinDays: 30,
};

/** Which decision outcome each kind of appeal contests. */
const OUTCOME: Record<Exclude<AppealedDecision, 'finding_classification'>, string> = {
  refusal: 'refuse',
  suspension: 'suspend',
  withdrawal: 'withdraw',
};

/**
 * The complaints service's reads of the dossier service, over RPC and as the caller (so the
 * dossier's own access rules apply): a dossier, the decision an appeal contests, who took part in
 * it, and a scheme's deadlines.
 */
@Injectable()
export class DossierLookups {
  private readonly logger = new Logger(DossierLookups.name);

  constructor(private readonly rpc: RpcClient) {}

  dossier(principal: Principal, dossierId: string): Promise<DossierResponse> {
    return this.rpc.call('dossier.dossiers.get', { dossierId }, { principal });
  }

  /** The contested decision (its id and date), or 422 when the dossier holds none of that kind. */
  async contested(
    principal: Principal,
    dossier: DossierResponse,
    decision: AppealedDecision,
    findingId?: string,
  ): Promise<{ id: string; at: string }> {
    if (decision === 'finding_classification') {
      const finding = await this.rpc.call(
        'dossier.findings.get',
        { findingId: findingId ?? '' },
        { principal },
      );
      if (finding.dossierId !== dossier.id)
        throw DomainError.invalid(
          [{ field: 'findingId', message: 'not a finding of this dossier' }],
          'no such finding',
        );
      return { id: finding.id, at: finding.recordedAt };
    }
    const { items } = await this.rpc.call('dossier.decisions.list', { dossierId: dossier.id }, { principal });
    const last = items
      .filter((d) => d.outcome === OUTCOME[decision])
      .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0];
    if (last) return { id: last.id, at: last.decidedAt };
    // An application refused at admissibility has no decision record: the refusal is the dossier's.
    if (decision === 'refusal' && dossier.status === 'refused')
      return { id: `${dossier.id}:refusal`, at: dossier.updatedAt };
    throw DomainError.invalid(
      [{ field: 'decision', message: `the dossier holds no ${decision} to appeal` }],
      `no ${decision} on dossier ${dossier.reference}`,
    );
  }

  /**
   * Everyone who took part in the dossier's decisions: its analyst, its auditors, its deciders.
   * The impartiality rule of decisions, extended to whoever handles an appeal against them.
   */
  async involved(principal: Principal, dossier: DossierResponse): Promise<Set<string>> {
    const people = new Set<string>(dossier.analystId ? [dossier.analystId] : []);
    const { items: decisions } = await this.rpc.call(
      'dossier.decisions.list',
      { dossierId: dossier.id },
      { principal },
    );
    for (const d of decisions) people.add(d.decidedBy);
    for (let page = 1; ; page += 1) {
      const audits = await this.rpc.call(
        'dossier.audits.search',
        { dossierId: dossier.id, includeCancelled: 'true', page, pageSize: 100 },
        { principal },
      );
      for (const audit of audits.items) for (const auditor of audit.auditorIds) people.add(auditor);
      if (page * audits.pageSize >= audits.total) break;
    }
    return people;
  }

  /**
   * The complaint and appeal deadlines of a scheme's version, and that version: the one given (the
   * dossier's or the certificate's), else the one in force now (the latest published), which the
   * caller keeps so that a version published later never moves its deadlines. Without a scheme, the
   * platform's defaults.
   */
  async deadlines(
    schemeId: string | undefined,
    version?: string,
  ): Promise<{ rules: ComplaintRules; version?: string }> {
    if (!schemeId) return { rules: DEFAULT_RULES };
    const scheme = await this.rpc
      .call(
        'dossier.schemes.get',
        { schemeId, ...(version ? { version } : {}) },
        { principal: SYSTEM_PRINCIPAL },
      )
      .catch((error: unknown) => {
        // A version the catalogue does not know (a certificate of another register's numbering):
        // the version in force, rather than a complaint refused for a lookup.
        if (version && error instanceof DomainError && error.code === 'not_found') {
          this.logger.warn(`scheme ${schemeId} has no version ${version}: the version in force applies`);
          return this.rpc.call('dossier.schemes.get', { schemeId }, { principal: SYSTEM_PRINCIPAL });
        }
        throw error;
      });
    return { rules: scheme.complaints ?? DEFAULT_RULES, version: scheme.version };
  }

  /**
   * The scheme of a certificate and the version it was issued under, from its public verification;
   * undefined when the number is unknown or the register does not answer: a complaint is never
   * refused for it, the platform's deadlines apply until the CB names the dossier concerned.
   */
  async schemeOfCertificate(
    number: string,
  ): Promise<{ schemeId: string; schemeVersion?: string } | undefined> {
    try {
      const { schemeId, schemeVersion } = await this.rpc.call(
        'certificate.verify.number',
        { number },
        { principal: SYSTEM_PRINCIPAL },
      );
      return { schemeId, ...(schemeVersion ? { schemeVersion } : {}) };
    } catch (error) {
      this.logger.warn(`no scheme for certificate ${number}: ${String(error)}`);
      return undefined;
    }
  }
}
