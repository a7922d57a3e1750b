import { describe, expect, it } from 'vitest';
import {
  fororderAlt,
  isCaptionFor,
  isStandaloneCaption,
  splitCredit,
} from '../../src/rules/figure.js';

describe('fororder-image', () => {
  it('takes the alt text from after the marker', () => {
    expect(
      fororderAlt(
        '架起“连心桥” 点亮“巾帼红”_fororder_2023年11月1日,国际观察团考察马栏山视频文创园',
      ),
    ).toBe('2023年11月1日,国际观察团考察马栏山视频文创园');
    expect(fororderAlt('标题_fororder_photo-01.jpg')).toBe('photo-01');
    expect(fororderAlt('没有标记的一行')).toBeNull();
  });
});

describe('figure-caption credit split', () => {
  it.each([
    ['国际观察团考察马栏山视频文创园 摄影 李芳森', '国际观察团考察马栏山视频文创园', '摄影 李芳森'],
    [
      '长沙市女童保护关爱中心正式揭牌成立 供图 长沙市妇联',
      '长沙市女童保护关爱中心正式揭牌成立',
      '供图 长沙市妇联',
    ],
    ['图为游客在哈尔滨冰雪大世界游玩。 史轶夫 摄', '图为游客在哈尔滨冰雪大世界游玩。', '史轶夫 摄'],
    ['湘江橘子洲头。图/李明', '湘江橘子洲头。', '图/李明'],
    ['橘子洲头的清晨（资料图）', '橘子洲头的清晨', '资料图'],
    [
      'A vessel sails past turbines. (Photo: Tom Becker/Coastal Times)',
      'A vessel sails past turbines.',
      'Photo: Tom Becker/Coastal Times',
    ],
    ['新华社记者 薛宇舸 摄', null, '新华社记者 薛宇舸 摄'],
  ])('%s', (line, caption, credit) => expect(splitCredit(line)).toEqual({ caption, credit }));

  it('leaves a caption without credit whole', () => {
    expect(splitCredit('国际观察团考察马栏山视频文创园')).toEqual({
      caption: '国际观察团考察马栏山视频文创园',
      credit: null,
    });
  });
});

describe('caption detection', () => {
  it('knows a caption by its credit, its opening or its likeness to the alt text', () => {
    expect(isStandaloneCaption('图为游客在哈尔滨冰雪大世界游玩。 史轶夫 摄')).toBe(true);
    expect(
      isCaptionFor(
        '长沙市女童保护关爱中心正式揭牌成立',
        '联合守护“花蕾”! 长沙市女童保护关爱中心正式揭牌成立2',
      ),
    ).toBe(true);
  });
  it('does not take a story paragraph for a caption', () => {
    expect(isStandaloneCaption('最为亮眼的,则是长沙市女童保护关爱中心的正式揭牌成立。')).toBe(
      false,
    );
    expect(isCaptionFor('最为亮眼的,则是长沙市妇联的工作。', '国际观察团考察马栏山')).toBe(false);
  });
});
