import { describe, expect, it } from 'vitest';
import { parseMeta, readMetaLine, splitNames } from '../../src/rules/meta.js';

const zh = { zone: '+08:00', weakLabels: true };

describe('meta-line', () => {
  it('does not take the date of something else for the publish time', () => {
    expect(
      parseMeta('注册时间：2003-01-01', { zone: '+08:00', weakLabels: true }).fields.published,
    ).toBeNull();
    expect(
      parseMeta('建立于:2004年10月6日', { zone: '+08:00', weakLabels: true }).fields.published,
    ).toBeNull();
    expect(
      parseMeta('发布时间：2005-03-15 22:36', { zone: '+08:00', weakLabels: true }).fields
        .published,
    ).toBe('2005-03-15T22:36+08:00');
  });

  it('reads a run-together line without separators', () => {
    expect(
      readMetaLine('2023-11-30 11:15:27来源:中央广电总台国际在线编辑:佘颖慧责编:李胜兰', zh),
    ).toEqual({
      published: '2023-11-30T11:15:27+08:00',
      source: '中央广电总台国际在线',
      authors: [],
      editors: [
        { role: '编辑', name: '佘颖慧' },
        { role: '责编', name: '李胜兰' },
      ],
    });
  });

  it('reads labels in any order, with separators and full-width colons', () => {
    expect(
      readMetaLine('来源：湖南日报 | 作者：周月桂 刘笑雪 | 编辑：易禹琳 | 2024-05-06 08:05:12', zh),
    ).toEqual({
      published: '2024-05-06T08:05:12+08:00',
      source: '湖南日报',
      authors: ['周月桂', '刘笑雪'],
      editors: [{ role: '编辑', name: '易禹琳' }],
    });
  });

  it('reads Chinese dates, labels without colons and the longest label first', () => {
    const fields = readMetaLine('2023年11月30日 11:15 来源 新华社 记者 张三 责任编辑：李四', zh);
    expect(fields).toMatchObject({
      published: '2023-11-30T11:15+08:00',
      source: '新华社',
      authors: ['张三'],
      editors: [{ role: '责任编辑', name: '李四' }],
    });
  });

  it('reads labels written in traditional characters, as Big5 pages have them', () => {
    expect(
      readMetaLine('2024-03-15 10:20 來源：中部新聞網 記者 林怡君 責任編輯：王小明', zh),
    ).toMatchObject({
      published: '2024-03-15T10:20+08:00',
      source: '中部新聞網',
      authors: ['林怡君'],
      editors: [{ role: '責任編輯', name: '王小明' }],
    });
    expect(readMetaLine('中央社記者 陳麗華', zh)?.authors).toEqual(['陳麗華']);
  });

  it('reads outlet-prefixed reporter credits', () => {
    expect(readMetaLine('澎湃新闻记者 陈斯斯 实习生 黄若琳', zh)?.authors).toEqual([
      '陈斯斯',
      '黄若琳',
    ]);
    // An outlet's app after a middle dot, in a round-up's "compiled by" credit.
    expect(readMetaLine('整合 新华日报·交汇点记者 徐睿翔', zh)?.authors).toEqual(['徐睿翔']);
    expect(readMetaLine('新华日报·交汇点记者 徐睿翔', zh)?.authors).toEqual(['徐睿翔']);
    // Where the reporter filed from is no name, and a role glued to a name comes off.
    expect(readMetaLine('新京报记者 彭冲 山东冠县报道', zh)?.authors).toEqual(['彭冲']);
    expect(readMetaLine('记者 张三 发自北京', zh)?.authors).toEqual(['张三']);
    expect(readMetaLine('本报记者 李四 记者王五', zh)?.authors).toEqual(['李四', '王五']);
    // `整合` is a label only as a credit: before a space or a colon, not inside a sentence.
    expect(readMetaLine('资源整合是关键，整合 之后效率提高了一倍多。', zh)).toBeNull();
  });

  it('reads English bylines', () => {
    expect(
      readMetaLine('By Jane Doe and Samuel Okafor', { zone: null, weakLabels: true })?.authors,
    ).toEqual(['Jane Doe', 'Samuel Okafor']);
  });

  it('is not fooled by story sentences that mention a source', () => {
    expect(readMetaLine('据新华社报道，来源于当地政府的消息显示，今年粮食增产。', zh)).toBeNull();
    expect(
      readMetaLine('2021年，长沙市在全国首提建设“女性友好型城市”，探索性别友好的城市方法论。', zh),
    ).toBeNull();
  });

  it('reports how much of the line it explained', () => {
    expect(parseMeta('来源：新华网 点击：1234', zh).coverage).toBeGreaterThan(0.85);
    expect(parseMeta('来源：新华网 今天天气很好', zh).coverage).toBeGreaterThan(0.5);
  });

  it('splits name lists and drops what is not a name', () => {
    expect(splitNames('王震、陈键')).toEqual(['王震', '陈键']);
    expect(splitNames(' 张三 摄')).toEqual(['张三']);
    expect(splitNames('Jane Doe, John Smith')).toEqual(['Jane Doe', 'John Smith']);
  });

  it("reads a reprint's dateline: a date and a publication's name, no labels", () => {
    expect(readMetaLine('2003-7-24 钱江晚报', zh)).toMatchObject({
      published: '2003-07-24',
      source: '钱江晚报',
    });
    expect(readMetaLine('人民日报 2024年3月5日', zh)).toMatchObject({
      published: '2024-03-05',
      source: '人民日报',
    });
    // A date beside words that name no publication is no dateline.
    expect(readMetaLine('2003-7-24 天气晴朗', zh)).toBeNull();
  });

  it('credits interns of the outlet as authors (本报实习生)', () => {
    expect(readMetaLine('本报实习生 刘国栋 周炜', zh)?.authors).toEqual(['刘国栋', '周炜']);
  });
});
