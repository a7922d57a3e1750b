import { describe, expect, it } from 'vitest';
import { defaultZone, detectLang } from '../../src/document/lang.js';

describe('language of a text', () => {
  it.each([
    ['长沙市妇联五年来宣讲3万余场，建设妇联组织3600余个。', 'zh'],
    ['東京都は、新しい計画を発表しました。', 'ja'],
    ['서울시는 새로운 계획을 발표했다.', 'ko'],
    ['Правительство утвердило новый план развития.', 'ru'],
    ['The city said that the budget was approved on Monday.', 'en'],
    ['Die Stadt hat den Haushalt am Montag beschlossen.', null],
    ['12345 — 678 !!', null],
    ['', null],
  ] as const)('%s → %s', (text, lang) => expect(detectLang(text)).toBe(lang));

  it('counts scripts beyond the common blocks (CJK extension A, Latin with accents)', () => {
    expect(detectLang('㐀㐁㐂 是中文')).toBe('zh');
    expect(detectLang('Ça coûte très cher, dit-il, à Genève.')).toBeNull();
  });

  it('reads a Chinese page with some English in it as Chinese', () => {
    expect(detectLang(`${'国际在线消息，'.repeat(20)} CRI Online news`)).toBe('zh');
  });

  it('gives China Standard Time to Chinese pages only', () => {
    expect(defaultZone('zh')).toBe('+08:00');
    expect(defaultZone('en')).toBeNull();
  });
});
