import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffStories, inlineDiff, similarity, unitsOf } from '../../src/diff/story.js';
import { processPage } from '../../src/index.js';
import { SEED } from '../helpers/cli.js';

const seed = readFileSync(SEED, 'utf8');
const story = (text: string) => processPage(text, { kind: 'text' });

/** The seed story saved again later: a new headline and time, one number changed, one paragraph gone, one new. */
function laterSave(): string {
  return seed
    .replace('架起“连心桥” 点亮“巾帼红”', '架起“连心桥” 点亮“巾帼红”——五年回眸')
    .replace('2023-11-30 11:15:27', '2023-11-30 15:02:10')
    .replace('宣讲3万余场', '宣讲2万余场')
    .replace(/ {2}在长沙市开福区文昌阁社区[^\n]+\n\n/u, '')
    .replace('  面对这一个个的时代之问', '  12月1日，大会闭幕。\n\n  面对这一个个的时代之问');
}

describe('inline diffs', () => {
  it('diffs Chinese by character', () => {
    expect(inlineDiff('宣讲3万余场', '宣讲2万余场')).toEqual([
      { op: 'equal', text: '宣讲' },
      { op: 'delete', text: '3' },
      { op: 'insert', text: '2' },
      { op: 'equal', text: '万余场' },
    ]);
  });

  it('diffs other text by word', () => {
    expect(inlineDiff('the council voted today', 'the council voted yesterday')).toEqual([
      { op: 'equal', text: 'the council voted ' },
      { op: 'delete', text: 'today' },
      { op: 'insert', text: 'yesterday' },
    ]);
  });

  it('measures shared text', () => {
    expect(similarity('abcd', 'abcd')).toBe(1);
    expect(similarity('abcd', 'wxyz')).toBe(0);
    expect(similarity('宣讲3万余场', '宣讲2万余场')).toBeCloseTo(10 / 12);
  });
});

describe('diffStories', () => {
  it('finds nothing between a story and itself', () => {
    const d = diffStories(story(seed), story(seed));
    expect(d.same).toBe(true);
    expect(d.summary.unchanged).toBe(unitsOf(story(seed)).length);
  });

  it('reports headline, time, edited, removed and added paragraphs and entity changes', () => {
    const d = diffStories(story(seed), story(laterSave()));
    expect(d.same).toBe(false);
    expect(d.fields.map((f) => f.field)).toEqual(['title', 'published']);
    expect(d.fields[1]).toEqual({
      field: 'published',
      old: '2023-11-30T11:15:27+08:00',
      new: '2023-11-30T15:02:10+08:00',
    });
    expect(d.summary).toMatchObject({ edited: 1, added: 1, removed: 1 });
    const edited = d.paragraphs.find((p) => p.change === 'edited');
    expect(edited && 'ops' in edited ? edited.ops.filter((o) => o.op !== 'equal') : []).toEqual([
      { op: 'delete', text: '3' },
      { op: 'insert', text: '2' },
    ]);
    const removed = d.paragraphs.find((p) => p.change === 'removed');
    expect(removed && 'old' in removed ? removed.old.text : '').toMatch(
      /^在长沙市开福区文昌阁社区/u,
    );
    expect(d.entities).toContainEqual({
      kind: 'number',
      change: 'changed',
      old: { text: '3万余场', value: '30000' },
      new: { text: '2万余场', value: '20000' },
      where: { section: 0, block: 1 },
    });
    expect(d.entities).toContainEqual(
      expect.objectContaining({
        kind: 'date',
        change: 'appeared',
        new: { text: '12月1日', value: '2023-12-01' },
      }),
    );
  });

  it('sees a paragraph moved into another section as removed and added, not lost', () => {
    const a = story('标题\n\n第一段正文，写得足够长，是一句完整的话。\n\n第二段正文，同样完整。\n');
    const b = story('标题\n\n第二段正文，同样完整。\n\n第一段正文，写得足够长，是一句完整的话。\n');
    const d = diffStories(a, b);
    expect(d.same).toBe(false);
    expect(d.summary.added + d.summary.removed + d.summary.edited).toBeGreaterThan(0);
  });

  it('names organizations that vanished', () => {
    const a = story('标题\n\n长沙市妇联召开会议，部署全年工作，会议内容丰富。\n');
    const b = story('标题\n\n有关部门召开会议，部署全年工作，会议内容丰富。\n');
    expect(diffStories(a, b).entities).toContainEqual(
      expect.objectContaining({ kind: 'organization', change: 'vanished' }),
    );
  });
});
