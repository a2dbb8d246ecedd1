import type { EventTemplate } from '../event-template';
import type { DocumentEventType } from '../../routing/event-types';

/** Routed to nobody today (see routes.ts); kept so that turning a route on needs no template work. */
export const DOCUMENT_EN: Record<DocumentEventType, EventTemplate> = {
  'certhub.document.uploaded.v1': {
    subject: 'Document “{{data.name}}” uploaded',
    summary: 'The document “{{data.name}}” (version {{data.version}}) was uploaded.',
    html: '<p>The document “{{data.name}}” (version {{data.version}}) was uploaded.</p>',
    text: 'The document “{{data.name}}” (version {{data.version}}) was uploaded.',
  },
  'certhub.document.deleted.v1': {
    subject: 'Document “{{data.name}}” deleted',
    summary: 'The document “{{data.name}}” was deleted; it is kept until {{date data.purgeAfter}}.',
    html: '<p>The document “{{data.name}}” was deleted; it is kept until {{date data.purgeAfter}}.</p>',
    text: 'The document “{{data.name}}” was deleted; it is kept until {{date data.purgeAfter}}.',
  },
};
