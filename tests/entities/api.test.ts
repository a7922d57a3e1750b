import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities, processPage } from '../../src/index.js';
import { SEED } from '../helpers/cli.js';

describe('extractEntities', () => {
  it('counts offsets in code points', () => {
    const e = extractEntities('𠀀𠀀投资3万元', { baseDate: '2023-11-30' });
    expect(e.numbers[0]).toMatchObject({
      text: '3万元',
      at: { section: 0, block: 0, start: 4, end: 7 },
    });
  });

  it('groups a defined short form under its full name, in later paragraphs too', () => {
    const page = new TextEncoder().encode(
      '<html><body><article><h1>公告</h1>' +
        '<p>华闻传媒投资集团股份有限公司拟购买杭州遥望网络股份有限公司（以下简称“遥望网络”）全部或部分股权，本次交易构成重大资产重组。</p>' +
        '<p>遥望网络成立于2010年，主要从事互联网营销业务，公司股票自2018年2月1日开市起停牌。</p>' +
        '</article></body></html>',
    );
    const e = processPage(page, { kind: 'html', entities: true }).entities;
    expect(e.organizations.map((o) => o.name)).toEqual([
      '华闻传媒投资集团股份有限公司',
      '杭州遥望网络股份有限公司',
    ]);
    expect(e.organizations[1]!.mentions.map((m) => [m.text, m.at.block])).toEqual([
      ['杭州遥望网络股份有限公司', 0],
      ['遥望网络', 0],
      ['遥望网络', 1],
    ]);
  });

  it('resolves relative dates against the base date', () => {
    expect(extractEntities('昨日召开', { baseDate: '2024-01-01' }).dates[0]).toMatchObject({
      value: '2023-12-31',
      inferred: ['year', 'month', 'day'],
    });
  });
});

describe('the seed page entities', () => {
  const article = processPage(new Uint8Array(readFileSync(SEED)));
  const { numbers, dates, organizations } = article.entities;
  const number = (text: string) => numbers.find((n) => n.text === text);

  it('reads every quantity of the opening paragraph', () => {
    expect(number('3万余场')).toMatchObject({
      value: 30000,
      approx: 'over',
      unit: '场',
      kind: 'count',
      at: { section: 0, block: 1, start: 2, end: 6 },
    });
    expect(number('24万人次')).toMatchObject({ value: 240000, unit: '人次' });
    expect(number('近16万人')).toMatchObject({ value: 160000, approx: 'under' });
    expect(number('1.8亿')).toMatchObject({ value: 180000000 });
  });

  it('never counts codes', () => {
    expect(
      numbers
        .filter((n) => n.text.includes('12338') || n.text === '0731')
        .every((n) => n.kind === 'code'),
    ).toBe(true);
  });

  it('reads dates against the publish date', () => {
    expect(dates.find((d) => d.text === '11月29日上午')).toMatchObject({
      value: '2023-11-29',
      inferred: ['year'],
    });
    expect(dates.find((d) => d.text === '2021年初')).toMatchObject({ value: '2021' });
  });

  it('names the organizations, and not the events or generic nouns', () => {
    const names = organizations.map((o) => o.name);
    for (const name of [
      '长沙市妇联',
      '长沙市妇联维权服务中心',
      '株洲市妇联',
      '市检察院',
      '中华全国妇女联合会',
      '长沙市公安局刑事侦查支队',
      '联合国妇女署',
      '人民网',
    ]) {
      expect(names).toContain(name);
    }
    expect(names).not.toContain('第十七次妇女代表大会');
    expect(names).not.toContain('妇联组织');
    expect(
      organizations.find((o) => o.name === '中华全国妇女联合会')!.mentions.map((m) => m.text),
    ).toEqual(['全国妇联', '中华全国妇女联合会']);
  });
});

describe('mentions across paragraphs', () => {
  const orgs = (page: string) =>
    processPage(page, { kind: 'text' }).entities.organizations.map((o) => [
      o.name,
      o.mentions.map((m) => m.at.block),
    ]);

  it('reads a bare head in a later paragraph as the body named before', () => {
    const page = '标题\n\n台中市政府社会局上周五宣布新增据点。\n\n社会局表示，目前已有据点。\n';
    expect(orgs(page)).toEqual([['台中市政府社会局', [0, 1]]]);
  });

  it('reads none when two bodies share the head', () => {
    const page =
      '标题\n\n台中市政府社会局与台北市政府社会局上周五宣布。\n\n社会局表示，目前已有据点。\n';
    expect(orgs(page)).toEqual([
      ['台中市政府社会局', [0]],
      ['台北市政府社会局', [0]],
    ]);
  });
});

describe('the entity budget (--max-entity-chars)', () => {
  const page = `标题\n\n${'数据'.repeat(400)}\n\n宣讲3万余场，覆盖全市。\n`;

  it('passes over a block that does not fit, reads the rest, and warns', () => {
    const article = processPage(page, { kind: 'text', maxEntityChars: 100 });
    expect(article.entities.numbers.map((n) => n.text)).toEqual(['3万余场']);
    expect(article.warnings).toEqual([expect.stringMatching(/^entities read from 1 of 2 blocks/u)]);
  });

  it('reads every block, without a warning, when the text fits', () => {
    const article = processPage(page, { kind: 'text' });
    expect(article.warnings).toEqual([]);
  });
});
