import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../src/rules/title.js';

describe('title-suffix', () => {
  it.each([
    ['架起“连心桥” 点亮“巾帼红”_国际在线湖南', '架起“连心桥” 点亮“巾帼红”', '国际在线湖南'],
    ['春耕时节农机忙 智慧农业添新绿_新华网', '春耕时节农机忙 智慧农业添新绿', '新华网'],
    ['标题文字在这里 - 新华网', '标题文字在这里', '新华网'],
    ['湘江治理十年_要闻_湖南日报', '湘江治理十年', '湖南日报'],
    [
      'Offshore wind farm starts supplying power - Coastal Times',
      'Offshore wind farm starts supplying power',
      'Coastal Times',
    ],
    ['Title of the story | The Verge', 'Title of the story', 'The Verge'],
  ])('%s', (raw, title, site) => expect(splitTitle(raw)).toEqual({ title, site }));

  it.each([
    '架起“连心桥” 点亮“巾帼红”',
    '中美-东盟合作论坛开幕',
    'COVID-19 cases fall again',
    '2023-2024赛季揭幕',
  ])('keeps %s whole', (raw) => expect(splitTitle(raw)).toEqual({ title: raw, site: null }));
});
