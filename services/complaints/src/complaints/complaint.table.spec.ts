import { COMPLAINT_STATUSES, type ComplaintStatus } from '@certhub/contracts';
import { transitionFor } from '@certhub/platform';
import { COMPLAINT_ACTIONS, COMPLAINT_TABLE, type ComplaintAction } from './complaint.table';

/** Every (status, action) pair: where it leads ('same': it stays), or refused (null). */
const EXPECTED: Record<ComplaintStatus, Record<ComplaintAction, ComplaintStatus | 'same' | null>> = {
  received: { acknowledge: 'investigating', dismiss: 'dismissed', act: null, answer: null },
  investigating: { acknowledge: null, dismiss: null, act: 'same', answer: 'closed' },
  dismissed: { acknowledge: null, dismiss: null, act: null, answer: null },
  closed: { acknowledge: null, dismiss: null, act: null, answer: null },
};

describe('the complaint lifecycle table', () => {
  const pairs = COMPLAINT_STATUSES.flatMap((status) =>
    COMPLAINT_ACTIONS.map((action) => [status, action] as const),
  );

  it.each(pairs)('%s + %s', (status, action) => {
    const row = transitionFor(COMPLAINT_TABLE, status, action);
    expect(row ? row.to : null).toBe(EXPECTED[status][action]);
  });

  it('lets only the CB’s administrator take a complaint in charge or dismiss it', () => {
    for (const action of ['acknowledge', 'dismiss'] as const)
      expect(transitionFor(COMPLAINT_TABLE, 'received', action)?.by).toEqual(['cb_admin']);
    // Closing is for the handler, whatever his role among the CB's non-auditing staff.
    expect(transitionFor(COMPLAINT_TABLE, 'investigating', 'answer')).toMatchObject({
      by: ['cb_admin', 'analyst', 'decision_maker'],
      guards: ['handler'],
    });
    // Acting on the dossier is for the handler too, once the dossier concerned is named.
    expect(transitionFor(COMPLAINT_TABLE, 'investigating', 'act')?.guards).toEqual([
      'handler',
      'dossier_named',
    ]);
  });
});
