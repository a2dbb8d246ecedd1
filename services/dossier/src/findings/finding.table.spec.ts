import { FINDING_DONE, FINDING_TABLE, findingTransitionFor } from '@certhub/contracts';

const STATUSES = [...new Set(FINDING_TABLE.flatMap((row) => row.from)), ...FINDING_DONE] as Parameters<
  typeof findingTransitionFor
>[0][];

/**
 * The reclassification of an upheld appeal, pair by pair (the whole table walks through the service
 * in test/findings-table.spec.ts): a finding the applicant was told of takes its new severity where
 * it stands, by a decision maker; a recorded or rejected one was never a classification to appeal.
 */
describe('the finding table: reclassify_on_appeal', () => {
  it.each([...new Set(STATUSES)])('in %s', (status) => {
    const sut = findingTransitionFor(status, 'reclassify_on_appeal');
    if (status === 'recorded' || status === 'rejected') return expect(sut).toBeUndefined();
    expect(sut).toMatchObject({ to: 'same', by: ['decision_maker'] });
  });
});
