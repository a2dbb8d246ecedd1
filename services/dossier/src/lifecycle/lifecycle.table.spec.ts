import {
  DossierStatusSchema,
  type DossierStatus,
  CERTIFIED_CYCLE,
  DOSSIER_ACTIONS,
  DOSSIER_LIFECYCLE,
  dossierTransitionFor,
  dossierTransitionsOf,
} from '@certhub/contracts';
import { targetOf } from '@certhub/platform';

const STATUSES = DossierStatusSchema.options;

describe('LIFECYCLE', () => {
  it('reaches every status from draft', () => {
    const reached = new Set<DossierStatus>(['draft']);
    for (let grew = true; grew;) {
      grew = false;
      for (const row of DOSSIER_LIFECYCLE)
        for (const from of row.from) {
          const to = targetOf(row, from);
          if (reached.has(from) && !reached.has(to)) {
            reached.add(to);
            grew = true;
          }
        }
    }
    expect([...reached].sort()).toEqual([...STATUSES].sort());
  });

  it('has at most one row per (status, action) pair', () => {
    const pairs = DOSSIER_LIFECYCLE.flatMap((row) => row.from.map((from) => `${from} × ${row.action}`));
    const duplicates = pairs.filter((pair, i) => pairs.indexOf(pair) !== i);
    expect(duplicates).toEqual([]);
  });

  it('gives every action a row, and names only known statuses', () => {
    for (const action of DOSSIER_ACTIONS) expect(dossierTransitionsOf(action).length).toBeGreaterThan(0);
    for (const row of DOSSIER_LIFECYCLE) {
      for (const from of row.from) expect(STATUSES).toContain(from);
      if (row.to !== 'same' && row.to !== 'decided') expect(STATUSES).toContain(row.to);
      expect(row.by.length).toBeGreaterThan(0);
    }
  });

  it('lets only the reinstatement and the review on appeal name their target', () => {
    expect(DOSSIER_LIFECYCLE.filter((r) => r.to === 'decided').map((r) => r.action)).toEqual([
      'reinstate',
      'review_on_appeal',
    ]);
    for (const step of CERTIFIED_CYCLE) {
      expect(STATUSES).toContain(step);
      // Each step the reinstatement may resume was one the suspension could interrupt.
      expect(dossierTransitionFor(step, 'suspend')).toBeDefined();
    }
  });

  it('leaves abandoned and expired without a way out, refused and withdrawn but by an upheld appeal', () => {
    for (const status of ['abandoned', 'expired'] as const)
      expect(DOSSIER_ACTIONS.filter((a) => dossierTransitionFor(status, a))).toEqual([]);
    expect(DOSSIER_ACTIONS.filter((a) => dossierTransitionFor('withdrawn', a))).toEqual(['review_on_appeal']);
    // A refused renewal keeps its certificate until it expires: only the expiry applies, or an appeal.
    expect(DOSSIER_ACTIONS.filter((a) => dossierTransitionFor('refused', a))).toEqual([
      'expire',
      'review_on_appeal',
    ]);
  });

  it('lets only the platform expire and only decision-makers decide', () => {
    expect(dossierTransitionsOf('expire').every((r) => r.by.join() === 'system')).toBe(true);
    for (const action of DOSSIER_ACTIONS.filter(
      (a) => a.startsWith('decide_') && a !== 'decide_scope_change',
    ))
      expect(dossierTransitionsOf(action).every((r) => r.by.join() === 'decision_maker')).toBe(true);
  });
});
