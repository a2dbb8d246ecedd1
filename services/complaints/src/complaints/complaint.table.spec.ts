import { COMPLAINT_TABLE, type ComplaintAction, type ComplaintStatus } from '@certhub/contracts';
import { transitionFor } from '@certhub/platform';
import { itLeadsEveryPair } from '@certhub/testing';

/** Every (status, action) pair: where it leads ('same': it stays), or refused (null). */
const EXPECTED: Record<ComplaintStatus, Record<ComplaintAction, ComplaintStatus | 'same' | null>> = {
  received: { acknowledge: 'investigating', dismiss: 'dismissed', act: null, answer: null },
  investigating: { acknowledge: null, dismiss: null, act: 'same', answer: 'closed' },
  dismissed: { acknowledge: null, dismiss: null, act: null, answer: null },
  closed: { acknowledge: null, dismiss: null, act: null, answer: null },
};

describe('the complaint lifecycle table', () => {
  itLeadsEveryPair((s, a) => transitionFor(COMPLAINT_TABLE, s, a)?.to ?? null, EXPECTED);

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
