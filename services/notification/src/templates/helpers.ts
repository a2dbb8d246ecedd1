import type Handlebars from 'handlebars';
import type { Locale } from '../common/locale';
import { LABELS } from './labels';

/**
 * Helpers are where strict mode does not reach (Handlebars does not check helper arguments), so
 * each one refuses a missing value itself: a misspelt field fails the render, never prints "undefined".
 */
/** The language of the view being rendered (helpers see the root context through `data`). */
const langOf = (options: Handlebars.HelperOptions): Locale =>
  (options.data as { root: { lang: Locale } }).root.lang;

export function registerHelpers(handlebars: typeof Handlebars): void {
  handlebars.registerHelper('date', (value: unknown, options: Handlebars.HelperOptions) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      throw new Error(`date helper: "${String(value)}" is not a date`);
    return new Intl.DateTimeFormat(langOf(options) === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(value));
  });

  handlebars.registerHelper('label', (kind: unknown, value: unknown, options: Handlebars.HelperOptions) => {
    const label = LABELS[langOf(options)][String(kind)]?.[String(value)];
    if (label === undefined) throw new Error(`label helper: no ${String(kind)} label for "${String(value)}"`);
    return label;
  });

  // A dossier as people know it: its reference; its id only in events that predate the reference.
  handlebars.registerHelper('dossier', (data: unknown) => {
    const { reference, dossierId } = (data ?? {}) as { reference?: unknown; dossierId?: unknown };
    if (typeof reference === 'string' && reference) return reference;
    if (typeof dossierId === 'string' && dossierId) return dossierId;
    throw new Error('dossier helper: the event names no dossier');
  });

  // People named in a sentence: "A, B et C" / "A, B and C".
  handlebars.registerHelper('names', (value: unknown, options: Handlebars.HelperOptions) => {
    if (!Array.isArray(value) || value.some((n) => typeof n !== 'string'))
      throw new Error(`names helper: "${String(value)}" is not a list of names`);
    return new Intl.ListFormat(langOf(options), { style: 'long', type: 'conjunction' }).format(value);
  });

  // For fields the contract types as free text (user.invited's role): the label when there is one.
  handlebars.registerHelper('labelOr', (kind: unknown, value: unknown, options: Handlebars.HelperOptions) => {
    if (typeof value !== 'string') throw new Error(`labelOr helper: "${String(value)}" is not text`);
    return LABELS[langOf(options)][String(kind)]?.[value] ?? value;
  });
}
