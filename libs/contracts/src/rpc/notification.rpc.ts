import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../events/catalog';
import { PageQuerySchema, pageOf, sortablePageQuery, queryFlag } from '../pagination';
import { routesOf } from './http';
import { id } from '../fields';

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

/**
 * The mails a CB may file attachments for (docs/domain/notifications.md#mail-attachments): the
 * questionnaire's, sent when a dossier is opened, and the decision's, sent when a certificate is
 * granted (issued or renewed).
 */
export const MAIL_ATTACHMENT_KINDS = ['questionnaire', 'decision'] as const;
export const MailAttachmentKindSchema = z.enum(MAIL_ATTACHMENT_KINDS);
export type MailAttachmentKind = z.infer<typeof MailAttachmentKindSchema>;

export const MailAttachmentSchema = z.object({
  id: z.string(),
  schemeId: z.string(),
  mailKind: MailAttachmentKindSchema,
  documentId: z.string(),
  /** The file's name and size when it was filed: what the mail names it. */
  name: z.string(),
  size: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type MailAttachment = z.infer<typeof MailAttachmentSchema>;

/** The signed-in user's own inbox and preferences: the principal names the user, never the request. */
/** The attachments of a CB's mails are its administrator's to set. */
const mailAttachments = routesOf({ roles: ['cb_admin'], tag: 'notifications' });

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
        read: queryFlag,
      })
      .strict(),
    response: pageOf(InboxEntrySchema),
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
   * The CB's upload context for mail attachments (registered on first call): its id, and what it
   * accepts. Files are uploaded there through the documents' upload route, then filed below.
   */
  'notification.mail-attachments.context': {
    http: mailAttachments({
      method: 'POST',
      path: '/api/v1/mail-attachments/context',
      summary: 'The upload context of your CB’s mail attachments (upload there, then file the document)',
    }),
    request: z.object({}).strict(),
    response: z.object({
      contextId: z.string(),
      accept: z.array(z.string()),
      maxBytes: z.number().int(),
    }),
  },
  /** Files an uploaded document as an attachment of one mail of one scheme of the caller's CB. */
  'notification.mail-attachments.add': {
    http: mailAttachments({
      method: 'POST',
      path: '/api/v1/mail-attachments',
      status: 201,
      summary:
        'Attach a document (uploaded in the mail-attachments context) to the questionnaire or decision mail of a scheme',
    }),
    request: z
      .object({
        schemeId: id,
        mailKind: MailAttachmentKindSchema,
        documentId: id,
      })
      .strict(),
    response: MailAttachmentSchema,
  },
  'notification.mail-attachments.list': {
    http: mailAttachments({
      method: 'GET',
      path: '/api/v1/mail-attachments',
      summary: 'Your CB’s mail attachments, by scheme and mail, oldest first',
    }),
    request: PageQuerySchema.extend({
      schemeId: id.optional(),
      mailKind: MailAttachmentKindSchema.optional(),
    }).strict(),
    response: pageOf(MailAttachmentSchema),
  },
  /** Mails queued afterwards go without it; the document itself stays in the context. */
  'notification.mail-attachments.remove': {
    http: mailAttachments({
      method: 'DELETE',
      path: '/api/v1/mail-attachments/{attachmentId}',
      summary: 'Stop attaching a document to a mail',
    }),
    request: z.object({ attachmentId: id }).strict(),
    response: MailAttachmentSchema,
  },
  /**
   * Internal: a mail to someone without an account (the person who lodged a complaint), from one of
   * the notification service's templates in their language. `key` makes it once-only: the same key
   * and address queue one mail however often it is asked. `inbox`: the person also has an account
   * (he lodged signed in), whose inbox gets the mail's subject and summary with the same link.
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
        inbox: z
          .object({ tenantId: z.string().min(1).max(64), userId: z.string().min(1).max(64) })
          .strict()
          .optional(),
      })
      .strict(),
    response: z.object({ queued: z.boolean() }),
  },
} as const;
