import { Lanes, type LaneItem } from './lanes';

const item = (lane: string, seq: number, msgSeq = seq): LaneItem & { tag?: string } => ({
  lane,
  seq,
  msgSeq,
});
/** In sequence order: lanes are offered in no particular order. */
const seqs = (items: LaneItem[]) => items.map((i) => i.seq).sort((a, b) => a - b);

describe(Lanes.name, () => {
  let sut: Lanes<LaneItem & { tag?: string }>;
  beforeEach(() => (sut = new Lanes()));

  it('offers one head per lane, and the next of a lane once its head is done', () => {
    [item('a', 1), item('b', 2), item('a', 3), item('b', 4)].forEach((i) => sut.add(i));
    expect(seqs(sut.heads())).toEqual([1, 2]);

    const a1 = sut.heads().find((h) => h.lane === 'a') as LaneItem;
    sut.start(a1);
    expect(seqs(sut.heads())).toEqual([2]);
    sut.done(a1);
    expect(seqs(sut.heads())).toEqual([2, 3]);
  });

  it('holds a lane behind a failed head until JetStream redelivers that head', () => {
    [item('a', 1), item('a', 2), item('b', 3)].forEach((i) => sut.add(i));
    const a1 = sut.heads()[0] as LaneItem;
    sut.start(a1);
    sut.awaitRedelivery(a1);
    expect(seqs(sut.heads())).toEqual([3]);
    // The failed head is nacked with its backoff: its ack deadline is not pushed back meanwhile.
    expect(seqs(sut.held())).toEqual([2, 3]);

    sut.add({ ...item('a', 1), tag: 'redelivered' });
    expect(sut.heads()).toEqual(
      expect.arrayContaining([{ ...item('a', 1), tag: 'redelivered' }, item('b', 3)]),
    );
    expect(sut.heads()).toHaveLength(2);
  });

  it('keeps a message once when it is redelivered while held, answering with the newest delivery', () => {
    sut.add(item('a', 1));
    sut.add({ ...item('a', 5), tag: 'first' });
    sut.add({ ...item('a', 5), tag: 'again' });
    expect(sut.size).toBe(2);
    expect(sut.held().map((i) => i.tag)).toEqual([undefined, 'again']);
  });

  it('puts an earlier event of a lane back in front (redelivered after the partition changed hands)', () => {
    sut.add(item('a', 7));
    sut.add(item('a', 9));
    sut.add(item('a', 4));
    expect(sut.held().map((i) => i.seq)).toEqual([4, 7, 9]);
  });

  it('never puts anything in front of a head under way', () => {
    sut.add(item('a', 7));
    sut.start(sut.heads()[0] as LaneItem);
    sut.add(item('a', 4));
    expect(sut.held().map((i) => i.seq)).toEqual([7, 4]);
    expect(() => sut.done(item('a', 4))).toThrow('not the head');
  });

  it('forgets a message that will not come back, unless it is under way', () => {
    [item('a', 1), item('a', 2), item('b', 3)].forEach((i) => sut.add(i));
    sut.drop(item('a', 1));
    expect(seqs(sut.heads())).toEqual([2, 3]);
    sut.start(sut.heads().find((h) => h.lane === 'b') as LaneItem);
    sut.drop(item('b', 3));
    expect(seqs(sut.held())).toEqual([2, 3]);
  });

  it('lets go of every held message at once', () => {
    [item('a', 1), item('b', 2), item('a', 3)].forEach((i) => sut.add(i));
    expect(seqs(sut.clear())).toEqual([1, 2, 3]);
    expect(sut.size).toBe(0);
    expect(sut.heads()).toEqual([]);
  });
});
