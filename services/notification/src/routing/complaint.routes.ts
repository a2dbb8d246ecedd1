import type { ComplaintEventType } from './event-types';
import { path, routeFamily, type RoutingTable } from './route';

const complaint = routeFamily(
  'complaint',
  (p: { complaintId: string }) => path`/complaints/${p.complaintId}`,
);
const appeal = routeFamily('complaint', (p: { appealId: string }) => path`/appeals/${p.appealId}`);

const CB_ADMINS = [{ tenant: 'cbId', roles: ['cb_admin'] }] as const;
const HANDLER = [{ tenant: 'cbId', users: 'handlerId' }] as const;
const ORGANISATION_ADMINS = [{ tenant: 'organisationId', roles: ['org_admin'] }] as const;

/**
 * The complaints register is the CB's: its administrators take complaints and appeals in charge,
 * the handler named hears of his; the complainant's side is by mail from the complaints service.
 * The appellant (the organisation) hears of its appeal's steps.
 */
export const COMPLAINT_ROUTES: Pick<RoutingTable, ComplaintEventType> = {
  'certhub.complaint.lodged.v1': complaint(true, CB_ADMINS),
  'certhub.complaint.acknowledged.v1': complaint(true, HANDLER),
  'certhub.complaint.dismissed.v1': complaint(false, CB_ADMINS),
  'certhub.complaint.closed.v1': complaint(false, CB_ADMINS),
  'certhub.complaint.action_taken.v1': complaint(false, CB_ADMINS),
  // The organisation complained about learns of the complaint, never who lodged it.
  'certhub.complaint.organisation_informed.v1': {
    category: 'complaint',
    mandatory: true,
    recipients: ORGANISATION_ADMINS,
    link: (p) => path`/dossiers/${p.dossierId}`,
  },
  'certhub.complaint.overdue.v1': complaint(true, [...CB_ADMINS, ...HANDLER]),
  'certhub.appeal.lodged.v1': appeal(true, CB_ADMINS),
  'certhub.appeal.assigned.v1': appeal(true, HANDLER),
  'certhub.appeal.effect_suspended.v1': appeal(true, ORGANISATION_ADMINS),
  'certhub.appeal.decided.v1': appeal(true, [...ORGANISATION_ADMINS, ...CB_ADMINS]),
  'certhub.appeal.reviewed.v1': appeal(true, ORGANISATION_ADMINS),
  // The answer's deadline approaching, then passed: the CB's administrators and the handler.
  'certhub.appeal.due_soon.v1': appeal(true, [...CB_ADMINS, ...HANDLER]),
  'certhub.appeal.overdue.v1': appeal(true, [...CB_ADMINS, ...HANDLER]),
  'certhub.appeal.withdrawn.v1': appeal(false, CB_ADMINS),
};
