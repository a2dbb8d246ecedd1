import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { LOCALES, type Locale } from '../common/locale';
import { TEMPLATES_EN } from './en';
import type {
  Headline,
  HeadlineView,
  RenderedNotification,
  TemplateKey,
  TemplateSet,
  TemplateView,
} from './event-template';
import { TEMPLATES_FR } from './fr';
import { registerHelpers } from './helpers';
import { UI } from './labels';
import { HTML_LAYOUT, HTML_PARTIALS, TEXT_LAYOUT, TEXT_PARTIALS } from './layout';
import { EVENT_PARTIALS } from './partials';

type Render = Handlebars.TemplateDelegate;
interface Compiled {
  subject: Render;
  summary: Render;
  html: Render;
  text: Render;
}

export const TEMPLATE_SETS: Record<Locale, TemplateSet> = { fr: TEMPLATES_FR, en: TEMPLATES_EN };

/**
 * Every template of every language, compiled once at start (a syntax error stops the service
 * instead of the first mail) and strict: a field the view lacks throws instead of printing nothing.
 * HTML escapes every value; the plain-text part, subject and summary are compiled without escaping.
 */
@Injectable()
export class NotificationTemplates {
  private readonly compiled = new Map<string, Compiled>();
  private readonly htmlLayout: Render;
  private readonly textLayout: Render;

  constructor() {
    const html = environment({ ...HTML_PARTIALS, ...EVENT_PARTIALS.html }, false);
    const text = environment({ ...TEXT_PARTIALS, ...EVENT_PARTIALS.text }, true);
    this.htmlLayout = html.compile(HTML_LAYOUT);
    this.textLayout = text.compile(TEXT_LAYOUT);
    for (const lang of LOCALES) {
      for (const [key, template] of Object.entries(TEMPLATE_SETS[lang])) {
        this.compiled.set(`${lang}:${key}`, {
          subject: text.compile(template.subject),
          summary: text.compile(template.summary),
          html: html.compile(template.html),
          text: text.compile(template.text),
        });
      }
    }
  }

  /** Subject and summary alone: what an inbox entry shows. */
  headline(key: TemplateKey, view: HeadlineView): Headline {
    const template = this.template(key, view.lang);
    const context = { auditors: [], ...view, ui: UI[view.lang] };
    // One line each: they become a mail header and an inbox title.
    return { subject: oneLine(template.subject(context)), summary: oneLine(template.summary(context)) };
  }

  render(key: TemplateKey, view: TemplateView): RenderedNotification {
    const template = this.template(key, view.lang);
    const context = { auditors: [], ...view, ui: UI[view.lang] };
    const headline = this.headline(key, view);
    const parts = { ...context, ...headline };
    return {
      ...headline,
      html: this.htmlLayout({ ...parts, body: template.html(context) }),
      text: this.textLayout({ ...parts, body: template.text(context) }).replace(/\n{3,}/g, '\n\n'),
    };
  }

  private template(key: TemplateKey, lang: Locale): Compiled {
    const template = this.compiled.get(`${lang}:${key}`);
    if (!template) throw new Error(`no ${lang} template for ${key}`);
    return template;
  }
}

interface Environment {
  compile: (source: string) => Render;
}

function environment(partials: Record<string, string>, plainText: boolean): Environment {
  const handlebars = Handlebars.create();
  // Plain text keeps the line breaks around partials and blocks as written.
  const options = { strict: true, noEscape: plainText, ignoreStandalone: plainText };
  registerHelpers(handlebars);
  const compile = (source: string): Render => {
    // compile() defers parsing to the first render; parse now so a broken template fails the start.
    handlebars.parse(source);
    return handlebars.compile(source, options);
  };
  for (const [name, source] of Object.entries(partials)) handlebars.registerPartial(name, compile(source));
  return { compile };
}

const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();
