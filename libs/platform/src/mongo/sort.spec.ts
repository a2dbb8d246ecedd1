import { mongoSort, parseSort } from './sort';

describe(mongoSort.name, () => {
  it('sorts on the given field, else the fallback, with _id last so that pages never overlap', () => {
    expect(mongoSort<'name'>('-name', 'createdAt')).toEqual({ name: -1, _id: 1 });
    expect(mongoSort<'name'>(undefined, '-createdAt')).toEqual({ createdAt: -1, _id: 1 });
  });

  it('sorts on where a field is stored when that is not its name on the wire', () => {
    expect(mongoSort<'holderName'>('holderName', '-issuedAt', { holderName: 'holder.name' })).toEqual({
      'holder.name': 1,
      _id: 1,
    });
  });
});

describe(parseSort.name, () => {
  it('reads the direction from the sign', () => {
    expect(parseSort('count')).toEqual({ field: 'count', direction: 1 });
    expect(parseSort('-count')).toEqual({ field: 'count', direction: -1 });
  });
});
