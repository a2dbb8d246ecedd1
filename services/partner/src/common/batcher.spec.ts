import { Batcher } from './batcher';

describe(Batcher.name, () => {
  it('handles calls made while a batch is under way together, in the next batch', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const sut = new Batcher<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return items.map((i) => i * 10);
    });

    const first = sut.run(1);
    const later = [sut.run(2), sut.run(3), sut.run(4)];
    release();

    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('rejects every call of a failed batch, and goes on with the next', async () => {
    let fail = true;
    const sut = new Batcher<string, string>(async (items) => {
      if (fail) {
        fail = false;
        throw new Error('store unavailable');
      }
      return items;
    });
    const failed = sut.run('a');
    const next = [sut.run('b'), sut.run('c')];

    await expect(failed).rejects.toThrow('store unavailable');
    await expect(Promise.all(next)).resolves.toEqual(['b', 'c']);
  });

  it('cuts batches at the maximum size', async () => {
    const sizes: number[] = [];
    const sut = new Batcher<number, void>(async (items) => {
      sizes.push(items.length);
      return items.map(() => undefined);
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((i) => sut.run(i)));
    expect(sizes).toEqual([1, 2, 2]);
  });
});
