import { describe, expect, it } from 'vitest';
import { cleanInline } from '../../src/document/normalize.js';

/** What cleanInline does, step by step, without its shortcut for text that needs nothing. */
const reference = (text: string): string =>
  text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD]/gu, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F]/gu, '')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu, ' ')
    .replace(/\n/gu, ' ')
    .replace(/ {2,}/gu, ' ')
    .trim();

describe('inline text cleaning', () => {
  it('returns clean text as it is', () => {
    for (const text of ['长沙市妇联五年来宣讲3万余场。', 'The city said so.', 'a b', ''])
      expect(cleanInline(text)).toBe(text);
  });

  it('removes invisible characters and controls, unifies and collapses spaces, trims', () => {
    expect(cleanInline('\u3000\u3000长沙\u200B市妇联\u00A0\u00A0宣讲\n3万余场 ')).toBe(
      '长沙市妇联 宣讲 3万余场',
    );
    expect(cleanInline('a\u2028b\u2029')).toBe('a\u2028b');
    expect(cleanInline('\u0000x\u001Fy\u0085')).toBe('xy');
  });

  it('agrees with the step-by-step cleaning on every mix of the characters it treats', () => {
    const pool = [' ', '  ', '\t', '\n', '\r', '\u00A0', '\u3000', '\u200B', '\u2028', '\u2029'];
    pool.push(
      '\uFEFF',
      '\u180E',
      '\u0085',
      '\u202F',
      '\u00AD',
      '\u2066',
      '\u205F',
      'a',
      '中',
      '，',
    );
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let j = Math.floor(next() * 8); j > 0; j--)
        text += pool[Math.floor(next() * pool.length)];
      expect(cleanInline(text)).toBe(reference(text));
    }
  });
});
