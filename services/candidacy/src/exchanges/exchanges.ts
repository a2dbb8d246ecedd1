import type { Exchange } from '@certhub/contracts';
import type { CandidateView } from '../candidacy/candidate.schema';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * The thread of the exchanges tab, oldest first: the messages both sides wrote, the jury's requests
 * for complements and the establishment's answers, the jury's decision when it gave a reason.
 */
export function threadOf(c: Pick<CandidateView, 'messages' | 'complements' | 'decision'>): Exchange[] {
  const thread: Exchange[] = (c.messages ?? []).map((m) => ({
    id: m.id,
    at: iso(m.at),
    kind: 'message',
    side: m.side,
    by: m.by,
    body: m.body,
    documentIds: [],
  }));
  (c.complements ?? []).forEach((k, i) => {
    thread.push({
      id: `complement-${i}`,
      at: iso(k.requestedAt),
      kind: 'complement_request',
      side: 'certifier',
      by: k.requestedBy,
      body: k.reason,
      documentIds: [],
    });
    if (k.answeredAt)
      thread.push({
        id: `complement-${i}-answer`,
        at: iso(k.answeredAt),
        kind: 'complement_answer',
        side: 'establishment',
        by: k.answeredBy ?? '',
        body: k.answer ?? '',
        documentIds: k.documentIds,
      });
  });
  if (c.decision?.reason)
    thread.push({
      id: 'decision',
      at: iso(c.decision.decidedAt),
      kind: 'jury_decision',
      side: 'certifier',
      by: c.decision.decidedBy,
      body: c.decision.reason,
      documentIds: [],
    });
  return thread.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
