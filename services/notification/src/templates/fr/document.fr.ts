import type { EventTemplate } from '../event-template';
import type { DocumentEventType } from '../../routing/event-types';

/** Routed to nobody today (see routes.ts); kept so that turning a route on needs no template work. */
export const DOCUMENT_FR: Record<DocumentEventType, EventTemplate> = {
  'certhub.document.uploaded.v1': {
    subject: 'Document « {{data.name}} » déposé',
    summary: 'Le document « {{data.name}} » (version {{data.version}}) a été déposé.',
    html: '<p>Le document « {{data.name}} » (version {{data.version}}) a été déposé.</p>',
    text: 'Le document « {{data.name}} » (version {{data.version}}) a été déposé.',
  },
  'certhub.document.deleted.v1': {
    subject: 'Document « {{data.name}} » supprimé',
    summary:
      'Le document « {{data.name}} » a été supprimé ; il est conservé jusqu’au {{date data.purgeAfter}}.',
    html: '<p>Le document « {{data.name}} » a été supprimé ; il est conservé jusqu’au {{date data.purgeAfter}}.</p>',
    text: 'Le document « {{data.name}} » a été supprimé ; il est conservé jusqu’au {{date data.purgeAfter}}.',
  },
};
