import type { EventType, MailAttachmentKind } from '@certhub/contracts';

/** The events whose mail carries the CB's attachments of a kind, for the scheme the event names. */
const MAIL_KIND_OF: Partial<Record<EventType, MailAttachmentKind>> = {
  // The dossier is open: its mail sends the applicant to the questionnaire, with the CB's guide.
  'certhub.dossier.created.v1': 'questionnaire',
  // A certificate granted: the decision's mail, with the brand rules and communication pack.
  'certhub.certificate.issued.v1': 'decision',
  'certhub.certificate.renewed.v1': 'decision',
};

/** The attachments' key of an event's mail, or undefined when that mail carries none. */
export function attachmentsKeyOf(
  type: EventType,
  payload: object,
): { cbId: string; schemeId: string; mailKind: MailAttachmentKind } | undefined {
  const mailKind = MAIL_KIND_OF[type];
  const { cbId, schemeId } = payload as { cbId?: unknown; schemeId?: unknown };
  if (!mailKind || typeof cbId !== 'string' || !cbId || typeof schemeId !== 'string') return undefined;
  return { cbId, schemeId, mailKind };
}
