import { APPEAL_TABLE, type AppealAction, type AppealStatus } from '@certhub/contracts';
import { transitionFor } from '@certhub/platform';
import { itLeadsEveryPair } from '@certhub/testing';

type Target = AppealStatus | 'same' | null;

/** Every (status, action) pair: where it leads ('same': it stays), or refused (null). */
const EXPECTED: Record<AppealStatus, Record<AppealAction, Target>> = {
  lodged: {
    assign: 'investigating',
    suspend_effect: 'same',
    uphold: null,
    reject: null,
    review: null,
    withdraw: 'withdrawn',
  },
  investigating: {
    assign: null,
    suspend_effect: 'same',
    uphold: 'upheld',
    reject: 'rejected',
    review: null,
    withdraw: 'withdrawn',
  },
  upheld: {
    assign: null,
    suspend_effect: null,
    uphold: null,
    reject: null,
    review: 'reviewed',
    withdraw: null,
  },
  rejected: { assign: null, suspend_effect: null, uphold: null, reject: null, review: null, withdraw: null },
  reviewed: { assign: null, suspend_effect: null, uphold: null, reject: null, review: null, withdraw: null },
  withdrawn: { assign: null, suspend_effect: null, uphold: null, reject: null, review: null, withdraw: null },
};

describe('the appeal lifecycle table', () => {
  itLeadsEveryPair((s, a) => transitionFor(APPEAL_TABLE, s, a)?.to ?? null, EXPECTED);

  it('names who takes each step', () => {
    const by = (status: AppealStatus, action: AppealAction) => transitionFor(APPEAL_TABLE, status, action);
    expect(by('lodged', 'assign')).toMatchObject({ by: ['cb_admin'] });
    expect(by('lodged', 'suspend_effect')).toMatchObject({ by: ['cb_admin'], guards: ['effect_in_force'] });
    for (const action of ['uphold', 'reject'] as const)
      expect(by('investigating', action)).toMatchObject({
        by: ['cb_admin', 'analyst', 'decision_maker'],
        guards: ['handler'],
      });
    // Taking the decision again is a decision: a decision maker's, through the dossier lifecycle.
    expect(by('upheld', 'review')).toMatchObject({ by: ['decision_maker'] });
    expect(by('lodged', 'withdraw')).toMatchObject({ by: ['org_admin'], guards: ['appellant'] });
  });
});
