import type { LocaleSchema } from '@certhub/contracts';
import type { z } from 'zod';

export type Locale = z.infer<typeof LocaleSchema>;
export const LOCALES: readonly Locale[] = ['fr', 'en'];
