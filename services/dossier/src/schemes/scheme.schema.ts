import type { Scheme, SchemeKind } from '@certhub/contracts';
import { Collection, collectionSchema, Id, Required } from '@certhub/platform';
import { Schema as MongooseSchema } from 'mongoose';

/**
 * One published version of a scheme. Schemes are platform reference data, authored by the
 * platform and shared by every CB (docs/domain/schemes.md): not tenant-owned, hence no tenantId and
 * no tenantScopePlugin. Every reader may see every scheme; only platform staff publish.
 * A document is written once and never updated: a change is a new version.
 */
@Collection('schemes')
export class SchemeRecord {
  /** `<schemeId>@<version>`: inserting an existing version collides on _id. */
  @Id() _id!: string;
  @Required() schemeId!: string;
  @Required() version!: string;
  @Required({ type: String }) kind!: SchemeKind;
  @Required() title!: string;
  @Required({ type: [MongooseSchema.Types.Mixed] }) levels!: Scheme['levels'];
  @Required() requirementCount!: number;
  @Required() questionCount!: number;

  /** The whole scheme as validated by SchemeSchema (defaults applied). */
  @Required({ type: MongooseSchema.Types.Mixed }) definition!: Scheme;

  /** sha256 of the definition: the start-up seed notices a seed edited without a new version. */
  @Required() contentHash!: string;
  @Required() publishedAt!: Date;
  @Required() publishedBy!: string;
}

export type SchemeHeader = Omit<SchemeRecord, 'definition'>;

export const SchemeRecordSchema = collectionSchema(SchemeRecord, {
  tenantScoped: false,
  indexes: [
    // SchemeService.get / versions of one scheme (latest version picked among them).
    [{ schemeId: 1, version: 1 }, { unique: true }],
    // schemes.list filtered by kind.
    { kind: 1, schemeId: 1 },
  ],
});
