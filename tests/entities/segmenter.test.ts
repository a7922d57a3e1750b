import { describe, expect, it } from 'vitest';
import { tag } from '../../src/entities/segmenter.js';

const tags = (text: string) => tag(text).map((t) => `${t.word}/${t.tag}`);

describe('segmenter', () => {
  it('gives each word its UTF-16 offset in the text', () => {
    const text = '𠀀长沙市妇联 召开会议';
    for (const t of tag(text)) expect(text.slice(t.start, t.start + t.word.length)).toBe(t.word);
  });

  it('reads full-width Latin letters and digits as ASCII words, at the same offsets', () => {
    const text = 'ａｂｂ、ｉｂｍ及（西屋）公司';
    expect(tags(text).slice(0, 3)).toEqual(['abb/eng', '、/x', 'ibm/eng']);
    expect(
      tag(text)
        .slice(0, 3)
        .map((t) => t.start),
    ).toEqual([0, 3, 4]);
    // Full-width brackets stay as they are.
    expect(tags(text)).toContain('（/x');
  });

  it('knows the heads and short forms of our user dictionary', () => {
    expect(tags('长沙市妇联')).toEqual(['长沙市/ns', '妇联/j']);
    expect(tags('市卫健委')).toContain('卫健委/j');
  });

  it('reads cities and countries the stock dictionary takes for other words as places', () => {
    // The stock dictionary has 大连 as an adverb, 包头 as a verb, 石家庄 as a person.
    expect(tags('大连万达队')[0]).toBe('大连/ns');
    expect(tags('包头医学院')[0]).toBe('包头/ns');
    expect(tags('石家庄')).toEqual(['石家庄/ns']);
    // Countries and capitals too: 约旦 and 也门 as adverbs, 乌克兰 as a person.
    expect(tags('约旦议会')[0]).toBe('约旦/ns');
    expect(tags('乌克兰')).toEqual(['乌克兰/ns']);
  });
});
