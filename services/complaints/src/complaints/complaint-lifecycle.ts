import { Injectable } from '@nestjs/common';
import {
  COMPLAINT_TABLE,
  type ComplaintAction,
  type ComplaintGuard,
  type ComplaintStatus,
} from '@certhub/contracts';
import { DomainError, GuardRegistry, VersionedAggregate } from '@certhub/platform';
import { caseTrailEntry, handlerOrCbAdmin } from '../common/case-lifecycle';
import { ComplaintRepository } from './complaint.repository';
import type { ComplaintDoc } from './complaint.schema';

/** The complaint on the platform's versioned write path: its table, its guard, its read scope. */
@Injectable()
export class ComplaintLifecycle extends VersionedAggregate<
  ComplaintDoc,
  ComplaintStatus,
  ComplaintAction,
  ComplaintGuard
> {
  constructor(complaints: ComplaintRepository) {
    super({
      kind: 'complaint',
      label: (c) => `complaint ${c.reference}`,
      table: COMPLAINT_TABLE,
      store: complaints,
      guards: new GuardRegistry<ComplaintDoc, ComplaintGuard, ComplaintAction>({
        handler: handlerOrCbAdmin,
        dossier_named: (c) => c.dossierId !== undefined,
      }),
      guardRefusal: (guard, action) =>
        guard === 'handler'
          ? DomainError.forbidden(`${action} is for the complaint’s handler`)
          : DomainError.invalid(
              [
                {
                  field: 'dossierId',
                  message: 'name the dossier concerned when taking the complaint in charge',
                },
              ],
              'the complaint names no dossier to act on',
            ),
      trailEntry: caseTrailEntry,
    });
  }
}
