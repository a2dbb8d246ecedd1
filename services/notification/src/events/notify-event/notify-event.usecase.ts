import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  EventCatalog,
  isEventType,
  type CloudEvent,
  type EventPayload,
  type EventType,
} from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import { MailAttachmentRepository } from '../../attachments/mail-attachment.repository';
import { attachmentsKeyOf } from '../../attachments/mail-kinds';
import type { NotificationConfig } from '../../config';
import { InboxEntryRepository } from '../../inbox/inbox-entry.repository';
import { MailDispatcher } from '../../mail/mail-dispatcher';
import { MailLogRepository } from '../../mail/mail-log.repository';
import type { MailAttachmentRef } from '../../mail/mail-log.schema';
import { PreferencePolicy } from '../../preferences/preference-policy';
import { PreferenceRepository } from '../../preferences/preference.repository';
import type { Preference } from '../../preferences/preference.schema';
import { RecipientResolver, type Recipient } from '../../routing/recipient-resolver';
import type { Route } from '../../routing/route';
import { ROUTES } from '../../routing/routes';
import { Brands } from '../../templates/brands';
import { NotificationTemplates } from '../../templates/notification-templates';

/**
 * Turns one event into notifications: its route names the recipients and the action, each
 * recipient who has not turned it off gets an inbox entry and a queued mail in his language,
 * both linking to the page of the portal where his side acts (his rule's link, or the route's).
 * Safe to run twice for one event: the inbox entry and the mail are keyed by event and recipient.
 */
@Injectable()
export class NotifyEvent {
  private readonly logger = new Logger(NotifyEvent.name);

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
    private readonly recipients: RecipientResolver,
    private readonly preferences: PreferenceRepository,
    private readonly templates: NotificationTemplates,
    private readonly brands: Brands,
    private readonly inbox: InboxEntryRepository,
    private readonly mailLog: MailLogRepository,
    private readonly dispatcher: MailDispatcher,
    private readonly attachments: MailAttachmentRepository,
  ) {}

  async execute(event: CloudEvent): Promise<void> {
    // An event of a newer catalogue than this build's: nothing is known to tell about it.
    if (!isEventType(event.type)) return;
    const parsed = EventCatalog[event.type].schema.safeParse(event.data);
    if (!parsed.success) {
      // Redelivering it cannot make it valid: say so and let it go.
      this.logger.error(`${event.type} ${event.id} has an invalid payload: ${parsed.error.message}`);
      return;
    }
    await this.notify(event, event.type, parsed.data as EventPayload<typeof event.type>);
  }

  private async notify<K extends EventType>(
    event: CloudEvent,
    type: K,
    payload: EventPayload<K>,
  ): Promise<void> {
    const route = ROUTES[type] as Route<EventPayload<K>>;
    const resolved = await this.recipients.resolve(route, payload);
    const audience = await this.wanting(type, resolved);
    if (audience.length === 0) return;
    const auditors = auditorNames(payload, resolved);
    const brand = this.brands.for(payload as { cbId?: string; schemeId?: string });
    const attachments = await this.attachmentsOf(type, payload);
    let queued = false;
    for (const recipient of audience) {
      const link = `${this.config.PUBLIC_PORTAL_URL}${recipient.link}`;
      const mail = this.templates.render(type, {
        lang: recipient.locale,
        brand,
        recipient,
        link,
        data: payload,
        auditors,
      });
      await this.inbox.add({
        tenantId: recipient.tenantId,
        userId: recipient.userId,
        sourceId: event.id,
        eventType: type,
        category: route.category,
        title: mail.subject,
        content: mail.summary,
        link,
        createdAt: new Date(event.time),
      });
      const added = await this.mailLog.enqueue({
        tenantId: recipient.tenantId,
        recipientUserId: recipient.userId,
        recipient: recipient.email,
        eventId: event.id,
        template: type,
        language: recipient.locale,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        link,
        ...(attachments.length ? { attachments } : {}),
      });
      queued ||= added;
    }
    if (queued) this.dispatcher.nudge();
  }

  /** The CB's documents for this mail of the scheme, as filed when the event is handled. */
  private async attachmentsOf(type: EventType, payload: object): Promise<MailAttachmentRef[]> {
    const key = attachmentsKeyOf(type, payload);
    if (!key) return [];
    const filed = await this.attachments.forMail(key.cbId, key.schemeId, key.mailKind);
    return filed.map(({ documentId, name, size }) => ({ documentId, name, size }));
  }

  /** The recipients whose preferences let this event through (all of them when it is mandatory). */
  private async wanting(type: EventType, recipients: Recipient[]): Promise<Recipient[]> {
    if (PreferencePolicy.isMandatoryType(type) || recipients.length === 0) return recipients;
    const stored = new Map<string, Map<string, Preference>>();
    for (const tenantId of new Set(recipients.map((r) => r.tenantId))) {
      const userIds = recipients.filter((r) => r.tenantId === tenantId).map((r) => r.userId);
      stored.set(tenantId, await this.preferences.findMany(tenantId, userIds));
    }
    return recipients.filter((r) => PreferencePolicy.receives(stored.get(r.tenantId)?.get(r.userId), type));
  }
}

/**
 * The names of the auditors an audit event books, in its order: its route resolves them as
 * recipients (they are told too), so the names come with no second call to identity.
 */
function auditorNames(payload: object, resolved: Recipient[]): string[] {
  const ids = (payload as { auditorIds?: unknown }).auditorIds;
  if (!Array.isArray(ids)) return [];
  const byId = new Map(resolved.map((r) => [r.userId, `${r.firstName} ${r.lastName}`.trim()]));
  return ids.flatMap((id) => (typeof id === 'string' && byId.get(id) ? [byId.get(id) as string] : []));
}
