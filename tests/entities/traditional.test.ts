import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/entities/dates.js';
import { extractEntities } from '../../src/entities/index.js';
import { findNumbers } from '../../src/entities/numbers.js';
import { isTraditional, simplified, traditional } from '../../src/entities/traditional.js';

const base = '2023-11-30T11:15:27+08:00';

describe('traditional characters', () => {
  it('converts traditional text to simplified of the same length, and leaves simplified alone', () => {
    const text = '國務院臺灣事務辦公室上週五下午3點，兩天後';
    expect(simplified(text)).toBe('国务院台湾事务办公室上周五下午3点，两天后');
    expect(simplified(text)).toHaveLength(text.length);
    expect(isTraditional('长沙市妇联')).toBe(false);
    expect(simplified('长沙市妇联')).toBe('长沙市妇联');
    expect(traditional('国务院台湾事务办公室')).toBe('國務院臺灣事務辦公室');
  });

  it('does not take Japanese for traditional Chinese, though it shares their characters', () => {
    const japanese = '報道によると、商標法違反の疑いで20代の男性が逮捕された。機能制限を解除する';
    expect(isTraditional(japanese)).toBe(false);
    expect(simplified(japanese)).toHaveLength(japanese.length);
    expect(isTraditional('報道機關認為')).toBe(true);
  });

  it('writes names back character by character, the common form of each', () => {
    expect(traditional('台中市政府社会局')).toBe('臺中市政府社會局');
    expect(traditional('卫生福利部')).toBe('衛生福利部');
    expect(traditional('发展委员会')).toBe('發展委員會');
  });

  it('finds organizations in traditional text, reported as written, names in traditional', () => {
    const orgs = (text: string) =>
      extractEntities(text).organizations.map((o) => [o.name, o.mentions.map((m) => m.text)]);
    expect(orgs('國台辦發言人表示，臺灣大學與中央研究院合作。')).toEqual([
      ['國務院臺灣事務辦公室', ['國台辦']],
      ['臺灣大學', ['臺灣大學']],
      ['中央研究院', ['中央研究院']],
    ]);
    expect(orgs('香港特別行政區立法會通過議案')).toEqual([
      ['香港特別行政區立法會', ['香港特別行政區立法會']],
    ]);
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
