import { Prop, SchemaFactory } from '@nestjs/mongoose';
import {
  Collection,
  collectionSchema,
  CreatedAt,
  Embedded,
  Enum,
  ListOf,
  MultiTenantRecord,
  Required,
  TenantRecord,
} from './collection-schema';
import { tenantScopePlugin } from './tenant-scope';

@Embedded()
class Note {
  @Required() text!: string;
}
const NoteSchema = SchemaFactory.createForClass(Note);

@Collection('things', { minimize: false })
class Thing extends MultiTenantRecord {
  @Required() name!: string;
  @Required({ default: 0 }) seq!: number;
  @Enum(['open', 'closed'], { default: 'open' }) status!: 'open' | 'closed';
  @ListOf(String) tags!: string[];
  @ListOf(NoteSchema, { default: undefined }) notes?: Note[];
  @Prop() comment?: string;
  @CreatedAt() createdAt!: Date;
}

// Mongoose keeps the plugins a schema was given in `plugins`, which its types do not declare.
const pluginsOf = (schema: object) => (schema as { plugins?: { fn: unknown }[] }).plugins?.map((p) => p.fn);

describe(collectionSchema.name, () => {
  const schema = collectionSchema(Thing, {
    tenantScoped: true,
    indexes: [{ tenantId: 1, name: 1 }, [{ name: 1 }, { unique: true }]],
  });

  it('names the collection, drops __v and keeps what the class adds', () => {
    expect(schema.get('collection')).toBe('things');
    expect(schema.get('versionKey')).toBe(false);
    expect(schema.get('minimize')).toBe(false);
  });

  it("reads the base class's fields first, with the conventions' options", () => {
    expect(Object.keys(schema.obj)).toEqual([
      '_id',
      'tenantId',
      'name',
      'seq',
      'status',
      'tags',
      'notes',
      'comment',
      'createdAt',
    ]);
    expect(schema.path('_id').instance).toBe('String');
    expect(schema.path('_id').isRequired).toBe(true);
    expect(schema.path('tenantId').instance).toBe('Array');
    expect(schema.path('tenantId').isRequired).toBe(true);
    expect(schema.path('seq').options).toMatchObject({ required: true, default: 0 });
    expect(schema.path('status').options).toMatchObject({ enum: ['open', 'closed'], default: 'open' });
    expect(schema.path('tags').options).toMatchObject({ type: [String], default: [] });
    expect(schema.path('notes').options.default).toBeUndefined();
    expect(schema.path('comment').isRequired).toBeFalsy();
    const createdAt = schema.path('createdAt') as unknown as {
      isRequired: boolean;
      defaultValue: () => Date;
    };
    expect(createdAt.isRequired).toBe(true);
    expect(createdAt.defaultValue()).toBeInstanceOf(Date);
  });

  it("gives a one-tenant record's tenantId as a required string", () => {
    @Collection('single_things')
    class SingleThing extends TenantRecord {
      @Required() name!: string;
    }
    const single = collectionSchema(SingleThing, { tenantScoped: true });
    expect(Object.keys(single.obj)).toEqual(['_id', 'tenantId', 'name']);
    expect(single.path('tenantId').instance).toBe('String');
    expect(single.path('tenantId').isRequired).toBe(true);
    expect(single.path('_id').isRequired).toBe(true);
  });

  it('declares the indexes in order and applies the tenant scope', () => {
    expect(schema.indexes()).toEqual([
      [{ tenantId: 1, name: 1 }, { background: true }],
      [{ name: 1 }, { unique: true, background: true }],
    ]);
    expect(pluginsOf(schema)).toContain(tenantScopePlugin);
  });

  it('leaves a collection that is not tenant-owned unscoped', () => {
    const open = collectionSchema<{ _id: string; text: string }>(
      'open_things',
      { _id: { type: String, required: true }, text: String },
      { tenantScoped: false, options: { minimize: false } },
    );
    expect(open.get('collection')).toBe('open_things');
    expect(open.get('versionKey')).toBe(false);
    expect(open.get('minimize')).toBe(false);
    expect(pluginsOf(open)).not.toContain(tenantScopePlugin);
  });

  it('embeds values without an _id of their own', () => {
    expect(NoteSchema.get('_id')).toBe(false);
    expect(NoteSchema.get('versionKey')).toBe(false);
  });
});
