import { describe, expect, it } from 'vitest';
import { datelineCredits, stripEndByline } from '../../src/rules/byline.js';

describe('end-byline', () => {
  it.each([
    ['持续“点亮”星城。(文 李芳森)', '持续“点亮”星城。', ['李芳森'], []],
    ['工作格局。（记者 张三 通讯员 李四）', '工作格局。', ['张三', '李四'], []],
    ['【编辑:刘欢】', '', [], [{ role: '编辑', name: '刘欢' }]],
    [
      '发展路径。(责编：王震、陈键)',
      '发展路径。',
      [],
      [
        { role: '责编', name: '王震' },
        { role: '责编', name: '陈键' },
      ],
    ],
  ])('moves the credit of %s into meta', (line, text, authors, editors) => {
    const stripped = stripEndByline(line);
    expect(stripped?.text).toBe(text);
    expect(stripped?.fields.authors).toEqual(authors);
    expect(stripped?.fields.editors).toEqual(editors);
    expect(stripped?.rule.id).toBe('end-byline');
  });

  it('strips an end mark', () => {
    expect(stripEndByline('并对双季稻生产大县给予奖励。（完）')).toMatchObject({
      text: '并对双季稻生产大县给予奖励。',
      rule: { id: 'end-mark' },
    });
  });

  it('leaves brackets that are part of the story', () => {
    expect(stripEndByline('指导区县(市)推进属地女童保护工作(见附件)')).toBeNull();
    expect(stripEndByline('他说：“这是好事。”(作者系湖南大学教授)')).toBeNull();
    expect(stripEndByline('打造“妇字号”基地(农庄)')).toBeNull();
  });
});

describe('dateline-credit', () => {
  it('reads the reporters of a wire dateline', () => {
    expect(datelineCredits('新华社长沙3月18日电（记者 周勉 刘良恒）春分将至。')?.authors).toEqual([
      '周勉',
      '刘良恒',
    ]);
    expect(datelineCredits('中新网哈尔滨2月20日电 （记者 史轶夫）20日下午。')?.authors).toEqual([
      '史轶夫',
    ]);
    // In traditional characters, as Big5 wire copy writes it.
    expect(datelineCredits('中央社台北3月15日電（記者 陳麗華）行政院今天。')?.authors).toEqual([
      '陳麗華',
    ]);
  });
  it('ignores brackets elsewhere', () => {
    expect(datelineCredits('来电、登记、受理、直接受理(转送或转交)、跟进。')).toBeNull();
  });
});
