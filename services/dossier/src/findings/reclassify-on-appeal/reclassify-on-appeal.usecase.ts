import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { findingEvent, findingRef } from '../finding-events';
import { FindingLifecycle } from '../finding-lifecycle';
import type { FindingDoc } from '../finding.schema';

export interface FindingReview {
  dossierId: string;
  findingId: string;
  severity: FindingDoc['severity'];
  appealReference: string;
  reason: string;
}

/**
 * A finding's classification reviewed on an upheld appeal (docs/domain/complaints-and-appeals.md#review):
 * it takes the severity the appeal's decision gives it, in its trail with the appeal's reference,
 * and `certhub.finding.reclassified.v1` goes out. Its status and items stay as they are.
 */
@Injectable()
export class ReclassifyOnAppeal {
  constructor(private readonly findings: FindingLifecycle) {}

  async execute(principal: Principal, review: FindingReview): Promise<FindingDoc> {
    const { after } = await this.findings.apply(
      principal,
      review.findingId,
      'reclassify_on_appeal',
      (f, now) => {
        if (f.dossierId !== review.dossierId)
          throw DomainError.invalid(
            [{ field: 'contestedId', message: 'not a finding of this dossier' }],
            'no such finding',
          );
        if (f.severity === review.severity)
          throw DomainError.conflict(`finding ${f.number} is already ${f.severity}: nothing to reclassify`, {
            severity: f.severity,
          });
        return {
          $set: { severity: review.severity },
          what: `classification reviewed on appeal ${review.appealReference}, ${f.severity} → ${review.severity}: ${review.reason}`,
          events: () => [
            findingEvent(
              'certhub.finding.reclassified.v1',
              {
                ...findingRef(f),
                from: f.severity,
                to: review.severity,
                appealReference: review.appealReference,
                reason: review.reason,
                at: now.toISOString(),
                by: principal.userId,
              },
              f,
              now,
            ),
          ],
        };
      },
    );
    return after;
  }
}
