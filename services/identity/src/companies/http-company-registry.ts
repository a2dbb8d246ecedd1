import { Inject, Injectable } from '@nestjs/common';
import { CompanySchema } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG } from '@certhub/platform';
import { z } from 'zod';
import type { IdentityConfig } from '../config';
import { CompanyRegistry, type Company, type CompanySearch } from './company-registry';

const TIMEOUT_MS = 5_000;

const text = z.string().nullish();

/** The part of an establishment of recherche-entreprises.api.gouv.fr that certhub reads. */
const EstablishmentSchema = z.object({
  siret: z.string(),
  adresse: text,
  complement_adresse: text,
  numero_voie: text,
  indice_repetition: text,
  type_voie: text,
  libelle_voie: text,
  code_postal: text,
  libelle_commune: text,
  activite_principale: text,
  est_siege: z.boolean().nullish(),
  /** `A` open, `F` closed. */
  etat_administratif: text,
});
type Establishment = z.infer<typeof EstablishmentSchema>;

export const SearchResponseSchema = z.object({
  total_results: z.number().int().nullish(),
  results: z.array(
    z.object({
      siren: z.string(),
      nom_complet: z.string(),
      activite_principale: text,
      siege: EstablishmentSchema.nullish(),
      matching_etablissements: z.array(EstablishmentSchema).nullish(),
    }),
  ),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

/**
 * Maps a `GET /search?q=<siret>` answer to the establishment with exactly that SIRET. The search
 * is full-text, so other companies may come back too: only the one with the SIRET's SIREN counts.
 * A closed establishment, or one whose address the registry withholds, cannot be pre-filled.
 */
export function toCompany(response: SearchResponse, siret: string): Company | undefined {
  const result = response.results.find((r) => r.siren === siret.slice(0, 9));
  if (!result) return undefined;
  const establishment = [
    ...(result.matching_etablissements ?? []),
    ...(result.siege ? [result.siege] : []),
  ].find((e) => e.siret === siret);
  if (!establishment || establishment.etat_administratif === 'F') return undefined;
  const parsed = CompanySchema.safeParse({
    siren: result.siren,
    siret,
    name: result.nom_complet,
    nafCode: establishment.activite_principale ?? result.activite_principale ?? undefined,
    address: {
      line1: streetLine(establishment),
      ...(establishment.complement_adresse ? { line2: establishment.complement_adresse } : {}),
      postalCode: establishment.code_postal ?? '',
      city: establishment.libelle_commune ?? '',
      country: 'FR',
    },
    headquarters: establishment.est_siege ?? result.siege?.siret === siret,
  });
  return parsed.success ? parsed.data : undefined;
}

/**
 * The street part of the address. `adresse` is the registry's one-line form
 * ("[complement] <street> <postal code> <commune>") with street types spelled out, which reads
 * better than the abbreviated `type_voie`; the structured fields are the fallback.
 */
function streetLine(e: Establishment): string {
  let line = e.adresse?.trim() ?? '';
  const cut = e.code_postal ? line.lastIndexOf(` ${e.code_postal}`) : -1;
  if (cut >= 0) line = line.slice(0, cut).trim();
  if (e.complement_adresse && line.startsWith(e.complement_adresse))
    line = line.slice(e.complement_adresse.length).trim();
  if (line) return line;
  return [e.numero_voie, e.indice_repetition, e.type_voie, e.libelle_voie].filter(Boolean).join(' ');
}

/** The public French company API (recherche-entreprises.api.gouv.fr), no key needed. */
@Injectable()
export class HttpCompanyRegistry extends CompanyRegistry {
  private readonly baseUrl: string;

  constructor(@Inject(SERVICE_CONFIG) config: IdentityConfig) {
    super();
    this.baseUrl = config.COMPANY_API_URL.replace(/\/$/, '');
  }

  readonly offline = false;

  async findBySiret(siret: string): Promise<Company | undefined> {
    const found = await this.get({ q: siret });
    return found && toCompany(found, siret);
  }

  /** The registry's full-text search (it needs a query); each result's headquarters. */
  async search({ q, page, pageSize }: CompanySearch): Promise<{ items: Company[]; total: number }> {
    if (!q) return { items: [], total: 0 };
    const found = await this.get({ q, page: String(page), per_page: String(pageSize) });
    if (!found) return { items: [], total: 0 };
    const items = found.results.flatMap((r) => {
      const company = r.siege ? toCompany(found, r.siege.siret) : undefined;
      return company ? [company] : [];
    });
    return { items, total: found.total_results ?? items.length };
  }

  private async get(query: Record<string, string>): Promise<SearchResponse | undefined> {
    const url = `${this.baseUrl}/search?${new URLSearchParams(query)}`;
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw unavailable(
        error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : String(error),
      );
    }
    // The API answers 400 to a query it cannot search: nothing can match it.
    if (res.status === 400) return undefined;
    if (!res.ok) throw unavailable(`HTTP ${res.status}`);
    const parsed = SearchResponseSchema.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success) throw unavailable('unexpected answer');
    return parsed.data;
  }
}

const unavailable = (reason: string) =>
  new DomainError('dependency_unavailable', `the company registry is unavailable (${reason})`);
