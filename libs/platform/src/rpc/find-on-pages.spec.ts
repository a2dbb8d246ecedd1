import { findOnPages } from './find-on-pages';

/** A list of `total` numbered items served `pageSize` at a time, recording the pages asked for. */
function pagedList(total: number, pageSize: number) {
  const asked: number[] = [];
  const fetchPage = (page: number) => {
    asked.push(page);
    const items = Array.from({ length: total }, (_, i) => i + 1).slice(
      (page - 1) * pageSize,
      page * pageSize,
    );
    return Promise.resolve({ items, pageSize, total });
  };
  return { asked, fetchPage };
}

describe(findOnPages.name, () => {
  it('reads pages until the one holding the match, and no further', async () => {
    const list = pagedList(25, 10);
    await expect(findOnPages(list.fetchPage, (n) => n === 14)).resolves.toBe(14);
    expect(list.asked).toEqual([1, 2]);
  });

  it('answers undefined after the last page', async () => {
    const list = pagedList(25, 10);
    await expect(findOnPages(list.fetchPage, (n) => n === 99)).resolves.toBeUndefined();
    expect(list.asked).toEqual([1, 2, 3]);
  });

  it('reads no more than maxPages', async () => {
    const list = pagedList(100, 10);
    await expect(findOnPages(list.fetchPage, (n) => n === 95, 3)).resolves.toBeUndefined();
    expect(list.asked).toEqual([1, 2, 3]);
  });
});
