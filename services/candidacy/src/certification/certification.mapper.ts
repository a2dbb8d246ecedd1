import type { Certification } from '@certhub/contracts';
import type { CandidateView } from '../candidacy/candidate.schema';

const iso = (d: Date | string) => new Date(d).toISOString();

export const toCertificationResponse = (c: CandidateView): Certification => ({
  candidateId: c._id,
  status: c.status,
  ...(c.sentAt ? { sentAt: iso(c.sentAt) } : {}),
  ...(c.jury ? { jury: c.jury } : {}),
  complements: (c.complements ?? []).map((k) => ({
    requestedAt: iso(k.requestedAt),
    requestedBy: k.requestedBy,
    reason: k.reason,
    ...(k.answeredAt ? { answeredAt: iso(k.answeredAt), answer: k.answer } : {}),
    documentIds: k.documentIds,
  })),
  ...(c.decision
    ? {
        decision: {
          decision: c.decision.decision,
          decidedAt: iso(c.decision.decidedAt),
          decidedBy: c.decision.decidedBy,
          juryDate: c.decision.juryDate,
          ...(c.decision.reason ? { reason: c.decision.reason } : {}),
        },
      }
    : {}),
  ...(c.certificateNumber ? { certificateNumber: c.certificateNumber } : {}),
  dispatches: (c.dispatches ?? []).map((d) => ({
    id: d.id,
    sentOn: d.sentOn,
    channel: d.channel,
    ...(d.trackingNumber ? { trackingNumber: d.trackingNumber } : {}),
    ...(d.undelivered ? { undelivered: d.undelivered } : {}),
    recordedAt: iso(d.recordedAt),
    recordedBy: d.recordedBy,
  })),
  version: c.version,
});
