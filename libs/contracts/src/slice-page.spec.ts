import { slicePage } from './slice-page';

describe(slicePage.name, () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('answers the requested page and the whole list’s total', () => {
    expect(slicePage(items, { page: 2, pageSize: 2 })).toEqual({
      items: ['c', 'd'],
      page: 2,
      pageSize: 2,
      total: 5,
    });
  });

  it('answers a short last page and an empty page past the end', () => {
    expect(slicePage(items, { page: 3, pageSize: 2 }).items).toEqual(['e']);
    expect(slicePage(items, { page: 4, pageSize: 2 }).items).toEqual([]);
  });

  it('maps only the entries of the page', () => {
    const seen: string[] = [];
    const page = slicePage(items, { page: 1, pageSize: 2 }, (item) => {
      seen.push(item);
      return item.toUpperCase();
    });
    expect(page.items).toEqual(['A', 'B']);
    expect(seen).toEqual(['a', 'b']);
  });
});
