import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/entities/dates.js';
import { findNumbers } from '../../src/entities/numbers.js';
import { simplified } from '../../src/entities/traditional.js';

const base = '2023-11-30T11:15:27+08:00';

describe('traditional characters', () => {
  it('maps one character to one, so offsets in the original text hold', () => {
    const text = '上週五下午3點，兩天後';
    expect(simplified(text)).toBe('上周五下午3点，两天后');
    expect(simplified(text)).toHaveLength(text.length);
  });

  it('reads dates written in traditional characters, keeping the text as written', () => {
    const dates = (text: string) =>
      findDates(text, { baseDate: base }).map((d) => [d.text, d.value]);
    expect(dates('上週五下午3點開會')).toEqual([['上週五下午3點', '2023-11-24T15']]);
    expect(dates('兩天後出發')).toEqual([['兩天後', '2023-12-02']]);
    expect(dates('下個月')).toEqual([['下個月', '2023-12']]);
  });

  it('reads numbers with traditional approximations and units', () => {
    const numbers = (text: string) =>
      findNumbers(text).map((n) => [n.text, n.value, n.approx, n.unit]);
    expect(numbers('舉辦3萬餘場')).toEqual([['3萬餘場', 30000, 'over', '场']]);
    expect(numbers('超過300個')).toEqual([['超過300個', 300, 'over', '个']]);
    expect(numbers('約5公里')).toEqual([['約5公里', 5, 'about', '公里']]);
  });
});
