import { describe, expect, it } from 'vitest';
import { isHeadlineItem, isRelatedHeading } from '../../src/rules/related.js';

describe('related-links', () => {
  it.each([
    '相关新闻',
    '推荐阅读',
    '延伸阅读',
    '更多精彩',
    '【相关阅读】',
    'Related stories',
    'You may also like',
  ])('%s announces a list', (line) => expect(isRelatedHeading(line)).toBe(true));
  it.each(['相关部门表示，将加快推进。', '推荐阅读这本书的人很多。'])('%s does not', (line) =>
    expect(isRelatedHeading(line)).toBe(false),
  );
  it('takes short headlines as items, story sentences not', () => {
    expect(isHeadlineItem('湖南：多措并举保障春耕用种')).toBe(true);
    expect(isHeadlineItem('· 全国春播粮食面积稳中有增 2024-03-15')).toBe(true);
    expect(isHeadlineItem('春耕备耕一线观察 (2024-03-16)')).toBe(true);
    expect(
      isHeadlineItem('湖南是全国重要的粮食主产区。今年全省计划粮食播种面积稳定在7100万亩以上。'),
    ).toBe(false);
  });

  it('knows related headings in the languages of European news sites', () => {
    for (const heading of [
      'Você pode gostar...',
      'Leia também',
      'Te puede interesar',
      'À lire aussi',
      'Das könnte Sie auch interessieren',
      'More in Minnesota Wild',
      'Читайте также',
    ])
      expect(isRelatedHeading(heading), heading).toBe(true);
    expect(isRelatedHeading('Mais de 1.000 pessoas participaram do evento')).toBe(false);
    expect(isRelatedHeading('More investment in rural roads')).toBe(false);
  });
});
