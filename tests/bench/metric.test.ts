import { describe, expect, it } from 'vitest';
import { aggregate, scorePage, shingles, tokens } from './metric.js';

describe('the benchmark metric', () => {
  it('tokenizes Han characters one by one and Latin runs whole', () => {
    expect(tokens('长沙市2023年GDP增长4.5%, Hello_World!')).toEqual([
      '长',
      '沙',
      '市',
      '2023',
      '年',
      'gdp',
      '增',
      '长',
      '4',
      '5',
      'hello_world',
    ]);
  });
  it('counts 4-token shingles as a multiset', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b').size).toBe(1);
    expect(shingles('a b c d a b c d').get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
  });
  it('scores pages and macro-averages them', () => {
    expect(scorePage('', '')).toEqual({ precision: 1, recall: 1 });
    expect(scorePage('x y z w', 'a b c d')).toEqual({ precision: 0, recall: 0 });
    const half = scorePage('a b c d e', 'a b c d');
    expect(half).toEqual({ precision: 0.5, recall: 1 });
    expect(aggregate([half, { precision: 1, recall: 1 }]).f1).toBeCloseTo(
      (2 * 0.75 * 1) / 1.75,
      10,
    );
  });
});
