import type { Type } from '@nestjs/common';
import { Prop, Schema as SchemaClass, SchemaFactory, type PropOptions } from '@nestjs/mongoose';
import {
  Schema,
  type IndexDefinition,
  type IndexOptions,
  type SchemaDefinition,
  type SchemaDefinitionType,
  type SchemaOptions,
} from 'mongoose';
import { tenantScopePlugin } from './tenant-scope';

/*
 * The persistence conventions every collection of the services follows, stated once: a named
 * collection without mongoose's `__v` (writes that need it guard with their own `version`, or are
 * idempotent), ids chosen by the writer as strings, the tenant field the tenant-scope plugin reads,
 * and indexes declared beside the reads they serve.
 */

/** Schema options of a collection: its name, no `__v`, and what the collection adds. */
function collectionOptions(name: string, options: SchemaOptions = {}): SchemaOptions {
  return { collection: name, versionKey: false, ...options };
}

/** Marks a class as a collection's record (`@Schema` with collectionOptions). */
export const Collection = (name: string, options?: SchemaOptions): ClassDecorator =>
  SchemaClass(collectionOptions(name, options));

/** Marks a class as a value embedded in records: no `_id` of its own, no `__v`. */
export const Embedded = (): ClassDecorator => SchemaClass({ _id: false, versionKey: false });

/** The record's key: a string the writer chooses (a uuid, `<cbId>:<generation>`…), never an ObjectId. */
export const Id = (): PropertyDecorator => Prop({ type: String, required: true });

/**
 * The tenants a record belongs to when it belongs to several (a dossier is its organisation's and
 * its CB's): `{ tenantId: x }` matches the records whose array holds x.
 */
export const TenantIds = (): PropertyDecorator => Prop({ type: [String], required: true });

/** What a field adds to its decorator's convention: the stored type, a default. */
interface FieldOptions {
  type?: unknown;
  default?: unknown;
}

/**
 * A field every record has. Its type is read from the TypeScript declaration unless `type` says
 * otherwise (a union of literals or an imported alias reads as Object: give `type: String`).
 */
export const Required = (options: FieldOptions = {}): PropertyDecorator =>
  Prop({ required: true, ...options } as PropOptions);

/** A string field restricted to `values` (a const list, or a zod enum's `.options`). Required. */
export const Enum = (values: readonly string[], options: FieldOptions = {}): PropertyDecorator =>
  Prop({ type: String, enum: values, required: true, ...options } as PropOptions);

/** A list of `type`, empty until something is added (`default: undefined` keeps it absent instead). */
export const ListOf = (type: unknown, options: FieldOptions = {}): PropertyDecorator =>
  Prop({ type: [type], default: [], ...options } as PropOptions);

/** When the record was created: required, the time of the insert unless the writer sets it. */
export const CreatedAt = (): PropertyDecorator => Prop({ required: true, default: () => new Date() });

/*
 * The key and the tenant field every tenant-owned record starts with, stated once: a collection's
 * class extends one of these, and its own doc says what its `_id` and its tenants are.
 * `@nestjs/mongoose` reads the fields of a base class that is itself a `@Schema`, and puts them
 * first in the record.
 */

/** A record owned by one tenant (`tenantId`), keyed by a string the writer chooses. */
@SchemaClass()
export abstract class TenantRecord {
  @Id() _id!: string;
  @Required() tenantId!: string;
}

/**
 * A record several tenants read (`tenantId` holds each of them), keyed by a string the writer
 * chooses.
 */
@SchemaClass()
export abstract class MultiTenantRecord {
  @Id() _id!: string;
  @TenantIds() tenantId!: string[];
}

/** An index: its keys, or its keys and options (unique, partial filter, TTL…). */
export type IndexSpec = IndexDefinition | [IndexDefinition, IndexOptions & { unique?: boolean }];

export interface CollectionSpec {
  /**
   * Tenant-owned: every query and aggregation must name a tenant (tenantScopePlugin). A collection
   * that is not says why in its record's comment.
   */
  tenantScoped: boolean;
  /** Each with a comment naming the reads it serves. */
  indexes?: readonly IndexSpec[];
}

/** A collection's schema, from its `@Collection` class or from a mongoose definition. */
export function collectionSchema<T>(record: Type<T>, spec: CollectionSpec): Schema<T>;
export function collectionSchema<T>(
  name: string,
  definition: SchemaDefinition<SchemaDefinitionType<T>, T>,
  spec: CollectionSpec & { options?: SchemaOptions },
): Schema<T>;
export function collectionSchema<T>(
  source: Type<T> | string,
  definitionOrSpec: SchemaDefinition<SchemaDefinitionType<T>, T> | CollectionSpec,
  plainSpec?: CollectionSpec & { options?: SchemaOptions },
): Schema<T> {
  const spec = typeof source === 'string' ? plainSpec! : (definitionOrSpec as CollectionSpec);
  const schema =
    typeof source === 'string'
      ? new Schema<T>(
          definitionOrSpec as SchemaDefinition<SchemaDefinitionType<T>, T>,
          collectionOptions(source, plainSpec!.options) as never,
        )
      : SchemaFactory.createForClass(source);
  for (const index of spec.indexes ?? []) {
    const [fields, options] = Array.isArray(index) ? index : [index];
    schema.index(fields, options);
  }
  if (spec.tenantScoped) schema.plugin(tenantScopePlugin);
  return schema;
}
