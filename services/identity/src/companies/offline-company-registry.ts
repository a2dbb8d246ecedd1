import { Injectable } from '@nestjs/common';
import { AddressSchema } from '@certhub/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CompanyRegistry, type Company, type CompanySearch } from './company-registry';

/** Shipped next to this module: the build copies JSON files under src/ into dist/ beside the code. */
const DATASET = join(__dirname, 'data', 'companies.json');

export function datasetPath(): string {
  if (!existsSync(DATASET)) {
    throw new Error(
      `the offline company dataset is missing at ${DATASET}: ship it with the build, or set COMPANY_REGISTRY=http`,
    );
  }
  return DATASET;
}

export const DatasetSchema = z.object({
  companies: z.array(
    z.object({
      siren: z.string(),
      name: z.string(),
      nafCode: z.string(),
      establishments: z
        .array(z.object({ siret: z.string(), headquarters: z.boolean(), address: AddressSchema }))
        .min(1),
    }),
  ),
});
export type Dataset = z.infer<typeof DatasetSchema>;

export function loadDataset(path = datasetPath()): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The bundled dataset (scripts/generate-companies.mjs), indexed by SIRET once at start. */
@Injectable()
export class OfflineCompanyRegistry extends CompanyRegistry {
  readonly offline = true;
  private readonly bySiret = new Map<string, Company>();
  private readonly headquarters: Company[] = [];

  constructor() {
    super();
    for (const company of loadDataset().companies) {
      for (const establishment of company.establishments) {
        const found: Company = {
          siren: company.siren,
          siret: establishment.siret,
          name: company.name,
          nafCode: company.nafCode,
          address: establishment.address,
          headquarters: establishment.headquarters,
        };
        this.bySiret.set(establishment.siret, found);
        if (found.headquarters) this.headquarters.push(found);
      }
    }
  }

  search({ q, page, pageSize, exclude }: CompanySearch): Promise<{ items: Company[]; total: number }> {
    const needle = q?.toLocaleLowerCase('fr');
    const found = this.headquarters.filter(
      (c) =>
        !exclude?.has(c.siren) &&
        (!needle || c.name.toLocaleLowerCase('fr').includes(needle) || c.siret.startsWith(needle)),
    );
    return Promise.resolve({
      items: found.slice((page - 1) * pageSize, page * pageSize),
      total: found.length,
    });
  }

  findBySiret(siret: string): Promise<Company | undefined> {
    return Promise.resolve(this.bySiret.get(siret));
  }
}
