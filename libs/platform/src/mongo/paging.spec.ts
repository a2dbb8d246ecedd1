import { skipOf, slicePage, toPage } from './paging';

describe(slicePage.name, () => {
  const rows = ['a', 'b', 'c', 'd', 'e'];

  it('answers the page asked for, with the whole list as its total', () => {
    expect(slicePage(rows, { page: 2, pageSize: 2 })).toEqual({
      items: ['c', 'd'],
      page: 2,
      pageSize: 2,
      total: 5,
    });
  });

  it('answers a short last page, and an empty one past the end', () => {
    expect(slicePage(rows, { page: 3, pageSize: 2 }).items).toEqual(['e']);
    expect(slicePage(rows, { page: 4, pageSize: 2 })).toEqual({ items: [], page: 4, pageSize: 2, total: 5 });
  });
});

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
