import { z } from 'zod';

const pageShape = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** One convention for every list: `page` from 1, `pageSize` up to 100; lists in a fixed order take no `sort`. */
export const PageQuerySchema = z.object(pageShape);
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** A yes/no filter of a list: `true` or `false` in the query string, absent when not filtered. */
export const queryFlag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** `field` ascending, `-field` descending. */
export type SortValue<F extends string> = F | `-${F}`;

/**
 * The page query of a list whose order the client chooses: `sort` is one of `fields`, optionally
 * prefixed with `-`. Anything else is refused at the edge (422 validation_failed naming the allowed
 * fields), and OpenAPI lists the values as an enum.
 */
export function sortablePageQuery<const F extends string>(fields: readonly [F, ...F[]]) {
  const values = fields.flatMap((f) => [f, `-${f}` as const]) as [SortValue<F>, ...SortValue<F>[]];
  return z.object({
    ...pageShape,
    sort: z
      .enum(values, { error: `sort must be one of ${fields.join(', ')}, optionally prefixed with -` })
      .optional(),
  });
}

/**
 * A page of `item`s as every list answers it. A list over data that can grow large may stop
 * counting at a cap: `total` is then a lower bound and `totalIsLowerBound` is true ("1,000+").
 */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number(),
    pageSize: z.number(),
    total: z.number(),
    totalIsLowerBound: z.literal(true).optional().meta({
      description: 'Present when the list stopped counting at `total`: there are at least `total` matches.',
    }),
  });

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  totalIsLowerBound?: true;
}
