import { pageInMemory } from './in-memory-page';

describe(pageInMemory.name, () => {
  const all = [1, 2, 3, 4, 5];

  it('answers the asked page with the whole list as total', () => {
    expect(pageInMemory(all, { page: 2, pageSize: 2 })).toEqual({
      items: [3, 4],
      page: 2,
      pageSize: 2,
      total: 5,
    });
  });

  it('answers an empty page past the end, still counting the whole list', () => {
    expect(pageInMemory(all, { page: 4, pageSize: 2 })).toEqual({
      items: [],
      page: 4,
      pageSize: 2,
      total: 5,
    });
  });

  it('maps only the entries of the page', () => {
    const seen: number[] = [];
    const sut = pageInMemory(all, { page: 1, pageSize: 2 }, (n) => {
      seen.push(n);
      return `#${n}`;
    });
    expect(sut.items).toEqual(['#1', '#2']);
    expect(seen).toEqual([1, 2]);
  });
});
