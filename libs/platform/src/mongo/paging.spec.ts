import { skipOf, toPage } from './paging';

describe(skipOf.name, () => {
  it('skips the rows of the pages before', () => {
    expect(skipOf({ page: 1, pageSize: 20 })).toBe(0);
    expect(skipOf({ page: 3, pageSize: 20 })).toBe(40);
  });
});

describe(toPage.name, () => {
  it('carries the page asked for beside the items and the total', () => {
    expect(toPage(['x'], 41, { page: 3, pageSize: 20 })).toEqual({
      items: ['x'],
      page: 3,
      pageSize: 20,
      total: 41,
    });
  });
});
