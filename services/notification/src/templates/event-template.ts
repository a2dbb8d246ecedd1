import type { EventType } from '@certhub/contracts';
import type { Brand } from '../config';
import type { Locale } from '../common/locale';

/**
 * One notification in one language. `subject` (mail subject and inbox title) and `summary` (inbox
 * content and the mail's first paragraph) are plain text; `html` and `text` are the mail body that
 * the shared layout frames with the greeting, the action button and the branded footer.
 */
export interface EventTemplate {
  subject: string;
  summary: string;
  html: string;
  text: string;
}

/** A body of one sentence, the same in the mail's HTML and text parts. */
export const sentence = (text: string): Pick<EventTemplate, 'html' | 'text'> => ({
  html: `<p>${text}</p>`,
  text,
});

/** Notices the platform sends of its own accord rather than for an event. */
export const NOTICES = ['undelivered_mail', 'complaint_received', 'complaint_answered'] as const;
export type Notice = (typeof NOTICES)[number];
export type TemplateKey = EventType | Notice;

/** Every event type must have its template: a new event fails the type check and the template test. */
export type TemplateSet = Record<TemplateKey, EventTemplate>;

/** What every template sees. `data` is the event payload (or the notice's facts). */
export interface TemplateView {
  lang: Locale;
  brand: Brand;
  recipient: { firstName: string; lastName: string };
  /** Absolute "go to the action" URL. */
  link: string;
  data: object;
  /** The auditors the event names (`auditorIds`), as "First Last": the applicant learns who audits him. */
  auditors?: string[];
}

export type HeadlineView = Pick<TemplateView, 'lang' | 'data' | 'auditors'>;

export interface Headline {
  subject: string;
  summary: string;
}

export interface RenderedNotification extends Headline {
  html: string;
  text: string;
}
