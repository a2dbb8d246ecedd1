import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../events/catalog';
import { sortablePageQuery } from '../pagination';

/**
 * Inbox categories ("rubriques", docs/domain/notifications.md#categories): those of the individuals' line,
 * then the steps of an organisation's certification.
 */
export const NOTIFICATION_CATEGORIES = [
  'accreditation_request',
  'transfer',
  'change_of_certifier',
  'dossier',
  'jury_decision',
  'sending_to_certification',
  'undelivered_mail',
  'accreditation_renewal',
  'account',
  'submission',
  'admissibility',
  'findings',
  'audit',
  'decision',
  'certificate',
  'complaint',
] as const;
export const NotificationCategorySchema = z.enum(NOTIFICATION_CATEGORIES);
export type NotificationCategory = z.infer<typeof NotificationCategorySchema>;

const EventTypeSchema = z.enum(EVENT_TYPES as [EventType, ...EventType[]]);
const id = z.string().min(1).max(64);
const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const InboxEntrySchema = z.object({
  id: z.string(),
  category: NotificationCategorySchema,
  /** The event behind the entry; absent for the platform's own notices (undelivered mail). */
  eventType: z.string().optional(),
  title: z.string(),
  content: z.string(),
  /** "Go to the action": the portal page where the recipient acts on it. */
  link: z.string().optional(),
  read: z.boolean(),
  readAt: z.string().optional(),
  createdAt: z.string(),
});

export const NotificationPreferencesSchema = z.object({
  /** `mandatory`: every notification of the category is mandatory, so it cannot be turned off. */
  categories: z.array(
    z.object({ category: NotificationCategorySchema, enabled: z.boolean(), mandatory: z.boolean() }),
  ),
  /** `enabled` is what the user receives: mandatory ones are always on, whatever was asked. */
  eventTypes: z.array(
    z.object({
      type: z.string(),
      category: NotificationCategorySchema,
      enabled: z.boolean(),
      mandatory: z.boolean(),
    }),
  ),
});

/** The signed-in user's own inbox and preferences: the principal names the user, never the request. */
export const NotificationRpc = {
  'notification.inbox.list': {
    http: {
      method: 'GET',
      path: '/api/v1/notifications',
      tag: 'notifications',
      summary: 'Your notifications, newest first; filter by category, title, content, read or not',
    },
    request: sortablePageQuery(['createdAt', 'title', 'category', 'read'])
      .extend({
        category: NotificationCategorySchema.optional(),
        /** Case-insensitive "contains" on the title. */
        title: z.string().trim().min(1).max(100).optional(),
        /** Case-insensitive "contains" on the content. */
        content: z.string().trim().min(1).max(100).optional(),
        read: flag,
      })
      .strict(),
    response: z.object({
      items: z.array(InboxEntrySchema),
      page: z.number(),
      pageSize: z.number(),
      total: z.number(),
    }),
  },
  'notification.inbox.unread-count': {
    http: {
      method: 'GET',
      path: '/api/v1/notifications/unread-count',
      tag: 'notifications',
      summary: 'How many of your notifications are unread, in total and per category (the bell)',
    },
    request: z.object({}).strict(),
    response: z.object({
      unread: z.number().int(),
      byCategory: z.partialRecord(NotificationCategorySchema, z.number().int()),
    }),
  },
  /** Mark one, a selection, or everything as read (docs/domain/notifications.md#inbox). */
  'notification.inbox.mark-read': {
    http: {
      method: 'POST',
      path: '/api/v1/notifications/read',
      tag: 'notifications',
      summary: 'Mark notifications as read: some (`ids`) or all of them (`all: true`)',
    },
    request: z
      .object({
        ids: z.array(id).min(1).max(100).optional(),
        all: z.literal(true).optional(),
      })
      .strict()
      .refine((v) => Boolean(v.ids) !== Boolean(v.all), 'give either ids or all: true'),
    response: z.object({ updated: z.number().int(), unread: z.number().int() }),
  },
  'notification.preferences.get': {
    http: {
      method: 'GET',
      path: '/api/v1/notifications/preferences',
      tag: 'notifications',
      summary: 'Which notifications you receive; mandatory ones are always on',
    },
    request: z.object({}).strict(),
    response: NotificationPreferencesSchema,
  },
  /** Turns optional notifications on (true) or off (false); omitted keys keep their setting. */
  'notification.preferences.update': {
    http: {
      method: 'PUT',
      path: '/api/v1/notifications/preferences',
      tag: 'notifications',
      summary:
        'Turn optional notifications on or off, by category or event type (mail and inbox alike); turning off a mandatory one answers 422',
    },
    request: z
      .object({
        categories: z.partialRecord(NotificationCategorySchema, z.boolean()).optional(),
        eventTypes: z.partialRecord(EventTypeSchema, z.boolean()).optional(),
      })
      .strict()
      .refine((v) => v.categories || v.eventTypes, 'give categories and/or eventTypes'),
    response: NotificationPreferencesSchema,
  },
  /**
   * Internal: a mail to someone without an account (the person who lodged a complaint), from one of
   * the notification service's templates in their language. `key` makes it once-only: the same key
   * and address queue one mail however often it is asked.
   */
  'notification.mails.send': {
    request: z
      .object({
        tenantId: z.string().min(1).max(64),
        key: z.string().min(1).max(200),
        to: z.string().email().max(254),
        locale: z.enum(['fr', 'en']),
        template: z.enum(['complaint_received', 'complaint_answered']),
        /** Absolute URL of the mail's button. */
        link: z.string().url().max(2048),
        data: z.record(z.string(), z.string()),
      })
      .strict(),
    response: z.object({ queued: z.boolean() }),
  },
} as const;
