import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { PageQuery } from '@certhub/contracts';
import { DomainError, TenantRepository, findPage } from '@certhub/platform';
import type { Model } from 'mongoose';
import type { Address } from '../common/address.schema';
import { isDuplicateKey } from '../common/mongo-errors';
import type { Sort } from '../common/paging';
import { Site } from './site.schema';

export interface NewSite {
  id: string;
  organisationId: string;
  siret: string;
  name: string;
  address: Address;
  headquarters: boolean;
}

const toSiteDocument = (site: NewSite): Site => ({
  _id: site.id,
  tenantId: site.organisationId,
  siret: site.siret,
  name: site.name,
  address: site.address,
  headquarters: site.headquarters,
  createdAt: new Date(),
});

@Injectable()
export class SiteRepository extends TenantRepository<Site> {
  constructor(@InjectModel(Site.name) model: Model<Site>) {
    super(model);
  }

  async insert(site: NewSite): Promise<Site> {
    try {
      const created = await this.model.create(toSiteDocument(site));
      return created.toObject<Site>();
    } catch (error) {
      if (isDuplicateKey(error))
        throw DomainError.conflict(`the site with SIRET ${site.siret} is already declared`);
      throw error;
    }
  }

  /**
   * All of them or none: a SIRET declared meanwhile (another import, sites.add) fails the whole
   * batch, and what this call had already written goes again.
   */
  async insertAll(sites: NewSite[]): Promise<Site[]> {
    if (!sites.length) return [];
    const docs = sites.map(toSiteDocument);
    try {
      await this.model.insertMany(docs, { ordered: true });
    } catch (error) {
      const tenantId = sites[0]?.organisationId as string;
      await this.model.deleteMany(this.scoped(tenantId, { _id: { $in: docs.map((d) => d._id) } }));
      if (isDuplicateKey(error))
        throw DomainError.conflict(
          'a site of the file was declared meanwhile: no site was imported, try again',
        );
      throw error;
    }
    return docs;
  }

  /** Which of these SIRETs the organisation has declared already (cells as typed: spaces allowed). */
  async siretsAmong(organisationId: string, cells: string[]): Promise<string[]> {
    const sirets = [...new Set(cells.map((c) => c.replace(/[\s.-]/g, '')).filter(Boolean))];
    if (!sirets.length) return [];
    const found = await this.model
      .find(this.scoped(organisationId, { siret: { $in: sirets } }), { siret: 1 })
      .lean<Pick<Site, 'siret'>[]>();
    return found.map((s) => s.siret);
  }

  async list(
    organisationId: string,
    query: PageQuery,
    sort: Sort,
  ): Promise<{ items: Site[]; total: number }> {
    return findPage(this.model, this.scoped(organisationId), query, sort);
  }

  async deleteAllOf(organisationId: string): Promise<void> {
    await this.model.deleteMany(this.scoped(organisationId));
  }

  /** Start-up seed, idempotent. */
  async ensure(site: NewSite): Promise<void> {
    await this.model.updateOne(
      this.scoped(site.organisationId, { _id: site.id }),
      {
        $setOnInsert: {
          siret: site.siret,
          name: site.name,
          address: site.address,
          headquarters: site.headquarters,
          createdAt: new Date(),
        },
      },
      { upsert: true },
    );
  }
}
