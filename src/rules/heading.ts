/**
 * Section headings in text dumps: short lines without closing punctuation standing alone
 * between paragraphs, whatever their indentation. A heading directly followed by a second such
 * line takes it as its subheading (`爱心护花开` / `做妇女人生的“娘家人”`).
 */
import type { Rule } from './rule.js';
import { endsWithPunctuation, hasHan, textUnits } from './shape.js';

export const sectionHeading: Rule = {
  id: 'section-heading',
  reason: 'a short line without closing punctuation standing alone between paragraphs',
};

const MAX_HAN_UNITS = 30;
const MAX_LATIN_WORDS = 14;
const MAX_LATIN_CHARS = 100;
// Items of a list or a photo credit are never headings.
const NOT_HEADING_START = /^(?:[-*•·▪■●◆]\s|\d+[.)]\s|[(（]?\d+[)）]|图为|—)/u;

/** Short, unpunctuated, made of words: could be a heading if paragraphs stand around it. */
export function isHeadingShaped(line: string): boolean {
  if (endsWithPunctuation(line) || NOT_HEADING_START.test(line)) return false;
  const units = textUnits(line);
  if (units < 2) return false;
  if (hasHan(line)) return units <= MAX_HAN_UNITS;
  return (
    units <= MAX_LATIN_WORDS && line.length <= MAX_LATIN_CHARS && /^[\p{Lu}\p{N}"“‘'(]/u.test(line)
  );
}

const NUMBERED_HEADING =
  /^(?:第[一二三四五六七八九十百零〇\d]{1,4}[章节篇部编]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|Part \d+|Chapter \d+)/u;

/** A heading that numbers itself (`第一章 总则`, `一、…`): never another heading's subheading. */
export function isNumberedHeading(line: string): boolean {
  return NUMBERED_HEADING.test(line) && isHeadingShaped(line);
}

/** A body paragraph: long enough, or closed by sentence punctuation. */
export function isParagraphShaped(line: string): boolean {
  return endsWithPunctuation(line) || textUnits(line) > MAX_HAN_UNITS;
}
