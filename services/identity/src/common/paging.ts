import type { SortOrder } from 'mongoose';

export type Sort = Record<string, SortOrder>;
