import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processPage, type FigureBlock } from '../../src/index.js';
import { SEED } from '../helpers/cli.js';

const bytes = new Uint8Array(readFileSync(SEED));
const article = processPage(bytes, { entities: false });
// The page writes some spaces as NBSP; normalization makes them plain spaces.
const sourceLines = readFileSync(SEED, 'utf8')
  .split('\n')
  .map((l) => l.replace(/\u00A0/gu, ' ').trim());
const blocks = article.sections.flatMap((s) => s.blocks);
const paragraphs = blocks
  .filter((b) => b.type === 'paragraph')
  .map((b) => (b as { text: string }).text);
const figures = blocks.filter((b): b is FigureBlock => b.type === 'figure');

describe('the seed page (cri-2023-changsha-women.txt)', () => {
  it('reads the metadata from the run-together meta line and the end byline', () => {
    expect(article.meta).toEqual({
      title: '架起“连心桥” 点亮“巾帼红”',
      published: '2023-11-30T11:15:27+08:00',
      site: null,
      source: '中央广电总台国际在线',
      authors: ['李芳森'],
      editors: [
        { role: '编辑', name: '佘颖慧' },
        { role: '责编', name: '李胜兰' },
      ],
      lang: 'zh',
      url: null,
    });
  });

  it('splits four sections: an untitled lead, then three headings with subheadings', () => {
    expect(article.sections.map((s) => [s.heading, s.subheading, s.level])).toEqual([
      [null, null, 1],
      ['爱心护花开', '做妇女人生的“娘家人”', 2],
      ['呵护新希望', '给发展培养的“生力军”', 2],
      ['星城“她”力量', '向世界递出的“新名片”', 2],
    ]);
  });

  it('keeps all 32 story paragraphs, each exactly one whole line of the page', () => {
    expect(paragraphs).toHaveLength(32);
    expect(paragraphs).toContain('……');
    for (const p of paragraphs.slice(0, -1)) expect(sourceLines).toContain(p);
    expect(paragraphs[0]).toBe('秋去冬来,硕果累累。');
  });

  it('moves the (文 李芳森) byline out of the last paragraph', () => {
    const last = paragraphs.at(-1)!;
    expect(last).toBe('“她”力量,也逐渐成为长沙向世界递出的一张“新名片”,持续“点亮”星城。');
    expect(article.removed).toContainEqual(
      expect.objectContaining({ text: '(文 李芳森)', rule: 'end-byline' }),
    );
  });

  it('turns the three _fororder_ images and their captions into figures with the credit split off', () => {
    expect(figures.map((f) => [f.caption, f.credit])).toEqual([
      [
        '长沙市妇联发起“12338帮她帮到家”长株潭12338妇女维权公益服务热线宣传周活动',
        '供图 长沙市妇联',
      ],
      ['长沙市女童保护关爱中心正式揭牌成立', '供图 长沙市妇联'],
      ['国际观察团考察马栏山视频文创园', '摄影 李芳森'],
    ]);
    expect(figures[2]!.alt).toBe('2023年11月1日,国际观察团考察马栏山视频文创园');
    expect(JSON.stringify(article)).not.toContain('_fororder_');
  });

  it('keeps the navigation bar and the copyright notice out of the body, each removal with its rule', () => {
    expect(article.text).not.toContain('要闻');
    expect(article.text).not.toContain('版权与信息产品内容销售的声明');
    expect(article.text).not.toContain('国广国际在线网络');
    const rules = new Set(article.removed.map((r) => r.rule));
    expect(rules).toEqual(
      new Set(['navigation-bar', 'meta-line', 'end-byline', 'copyright-notice']),
    );
    expect(article.removed.filter((r) => r.rule === 'copyright-notice')).toHaveLength(8);
    for (const r of article.removed) expect(r.reason.length).toBeGreaterThan(10);
  });

  it('joins the blocks into text with blank lines', () => {
    expect(article.text.startsWith('秋去冬来,硕果累累。\n\n宣讲3万余场')).toBe(true);
    expect(article.text.split('\n\n')).toHaveLength(35);
  });

  it('records where the page came from', () => {
    expect(article.source).toMatchObject({ kind: 'text', encoding: 'utf-8', bytes: 9842 });
    expect(article.source.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('counts and hashes a page given as a string as its UTF-8 bytes', () => {
    const fromString = processPage(new TextDecoder().decode(bytes), { entities: false });
    expect(fromString.source.bytes).toBe(9842);
    expect(fromString.source.sha256).toBe(article.source.sha256);
    // A lone surrogate is counted and hashed as U+FFFD, the way it would be written out.
    const odd = processPage('孤\uD800字', { kind: 'text', entities: false });
    expect(odd.source.bytes).toBe(9);
    expect(odd.source.sha256).toBe(
      processPage('孤\uFFFD字', { kind: 'text', entities: false }).source.sha256,
    );
  });

  it('gives the same output for the same input, byte for byte', () => {
    expect(JSON.stringify(processPage(bytes, { entities: false }))).toBe(JSON.stringify(article));
  });
});
