import { z } from 'zod';
import { PageQuerySchema, sortablePageQuery } from './pagination';

describe(sortablePageQuery.name, () => {
  const sut = sortablePageQuery(['createdAt', 'name']);

  it('takes a declared field, ascending or descending, and leaves sort out when not given', () => {
    expect(sut.parse({ sort: '-createdAt' })).toEqual({ page: 1, pageSize: 20, sort: '-createdAt' });
    expect(sut.parse({ sort: 'name', page: '2' })).toEqual({ page: 2, pageSize: 20, sort: 'name' });
    expect(sut.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it('refuses any other sort with a message naming the allowed fields', () => {
    const parsed = sut.safeParse({ sort: 'tenantId' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        path: ['sort'],
        message: 'sort must be one of createdAt, name, optionally prefixed with -',
      }),
    ]);
  });

  it('shows the values as an enum in JSON Schema (and so in OpenAPI)', () => {
    const schema = z.toJSONSchema(sut, { io: 'input' }) as unknown as {
      properties: { sort: { enum: string[] } };
    };
    expect(schema.properties.sort.enum).toEqual(['createdAt', '-createdAt', 'name', '-name']);
  });

  it('gives lists in a fixed order no sort at all', () => {
    expect(PageQuerySchema.strict().safeParse({ sort: 'createdAt' }).success).toBe(false);
  });
});
