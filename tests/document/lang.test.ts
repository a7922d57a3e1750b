import { describe, expect, it } from 'vitest';
import { chooseLang, defaultZone, detectLang } from '../../src/document/lang.js';

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

describe('the language a page declares, against its text', () => {
  const chinese = () => '巴彦淖尔市政协五届一次会议今天开幕，委员们围绕经济发展建言献策。';
  const english = () => 'The city said that the budget was approved on Monday.';
  const german = () => 'Die Stadt hat den Haushalt am Montag beschlossen.';

  it('keeps a declared language the text agrees with, or cannot contradict', () => {
    expect(chooseLang('zh', chinese)).toEqual({ lang: 'zh', warning: null });
    expect(chooseLang('de', german)).toEqual({ lang: 'de', warning: null });
    // Both Latin: the English-word count is no proof against a declared German.
    expect(chooseLang('de', english)).toEqual({ lang: 'de', warning: null });
    // A language whose script artext does not track is taken as declared.
    expect(chooseLang('ar', chinese)).toEqual({ lang: 'ar', warning: null });
  });

  it('takes the text\'s language over lang="en" left in a Chinese site\'s template, and says so', () => {
    const { lang, warning } = chooseLang('en', chinese);
    expect(lang).toBe('zh');
    expect(warning).toBe('the page declares its language as "en", but its text is zh: using zh');
  });

  it('does not take a Ukrainian page for Russian: both are Cyrillic', () => {
    expect(chooseLang('uk', () => 'Уряд затвердив новий план розвитку міста.').lang).toBe('uk');
  });

  it('ignores a declared value that is no language code', () => {
    expect(chooseLang('utf', chinese)).toEqual({
      lang: 'zh',
      warning:
        'the page declares its language as "utf", but that is no language code; its text is zh: using zh',
    });
    expect(chooseLang('utf', german).lang).toBeNull();
  });

  it('detects the language when none is declared, without a warning', () => {
    expect(chooseLang(null, chinese)).toEqual({ lang: 'zh', warning: null });
    expect(chooseLang(null, german)).toEqual({ lang: null, warning: null });
  });
});
