import { describe, expect, it } from 'vitest';
import { isHeadingShaped, isNumberedHeading, isParagraphShaped } from '../../src/rules/heading.js';

describe('section-heading shape', () => {
  it.each([
    '爱心护花开',
    '做妇女人生的“娘家人”',
    '星城“她”力量',
    '一、从“不敢用”到“离不开”',
    'Costs and contracts',
    '第一章 总则',
  ])('%s can be a heading', (line) => expect(isHeadingShaped(line)).toBe(true));
  it.each([
    '秋去冬来,硕果累累。',
    '……',
    '“您好,12338,帮她帮到家。”',
    '- 列表项',
    'the lower-case start of a sentence',
  ])('%s cannot', (line) => expect(isHeadingShaped(line)).toBe(false));
  it('tells numbered headings, which never serve as subheadings', () => {
    expect(isNumberedHeading('第二章 设施建设')).toBe(true);
    expect(isNumberedHeading('（三）加强组织领导')).toBe(true);
    expect(isNumberedHeading('做妇女人生的“娘家人”')).toBe(false);
  });
  it('knows a paragraph', () => {
    expect(isParagraphShaped('秋去冬来,硕果累累。')).toBe(true);
    expect(isParagraphShaped('爱心护花开')).toBe(false);
  });
});
