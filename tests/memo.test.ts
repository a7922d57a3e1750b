import { describe, expect, it } from 'vitest';
import { cachedByValue } from '../src/memo.js';

describe('cachedByValue', () => {
  it('computes each value once while it is cached', () => {
    const calls: string[] = [];
    const upper = cachedByValue((v) => (calls.push(v), v.toUpperCase()));
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('starts over past its limit instead of growing', () => {
    const calls: string[] = [];
    const same = cachedByValue((v) => (calls.push(v), v), 2);
    for (const v of ['a', 'b', 'c', 'd', 'a']) same(v);
    // After the cache passed two entries it was cleared, so `a` is computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
