/**
 * The publish date a page shows: the first date on a short line between the headline and the
 * first lines of the story; failing that, one on the story's last lines or just below it
 * (blogs and forums sign off with `发表于 2005-9-15 11:46:00`).
 */
import { findDate, findMonth } from '../rules/datetime.js';
import { inRanges, type Range } from './content.js';
import type { Segment } from './segments.js';

/** Lines longer than this are prose: a date inside them is an event, not the publish time. */
const MAX_LINE = 120;
const ABOVE = 30;
const STORY_HEAD = 5;
const STORY_TAIL = 5;
const BELOW = 8;

function firstDate(segments: Segment[], zone: string | null): string | null {
  for (const s of segments) {
    if (s.kind !== 'text' || s.text.length > MAX_LINE) continue;
    const found = findDate(s.text, zone);
    if (found) return found.iso;
  }
  return null;
}

function firstMonth(segments: Segment[]): string | null {
  for (const s of segments) {
    if (s.kind !== 'text' || s.text.length > MAX_LINE) continue;
    const found = findMonth(s.text);
    if (found) return found;
  }
  return null;
}

export function visibleDate(
  segments: Segment[],
  ranges: readonly Range[],
  headline: number | null,
  zone: string | null,
): string | null {
  const start = ranges[0]?.lo ?? 0;
  const end = ranges.at(-1)?.hi ?? Infinity;
  const content = segments.filter((s) => inRanges(s.pos, ranges));
  const before = segments
    .filter((s) => s.pos < start && (headline === null || s.pos >= headline))
    .slice(-ABOVE);
  const after = segments.filter((s) => s.pos > end).slice(0, BELOW);
  const head = [...before, ...content.slice(0, STORY_HEAD)];
  const tail = [...content.slice(-STORY_TAIL), ...after];
  return firstDate(head, zone) ?? firstDate(tail, zone) ?? firstMonth(head) ?? firstMonth(tail);
}
