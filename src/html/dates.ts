/**
 * The publish date a page shows: the first date on a short line between the headline and the
 * first lines of the story; failing that, one on the story's last lines or just below it
 * (blogs and forums sign off with `发表于 2005-9-15 11:46:00`); failing both, a line anywhere in
 * the story that states a date and nothing else, or a date under a publish label — forum posts
 * put `2005-09-11 18:04:42` on a line of its own between quoted replies. In a thread, where
 * several posts sign off with `发布时间 …`, the first post's time is the page's. Dates labelled
 * as something else (`建立于`, `注册时间`, `更新时间`) are never taken.
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

/** A label that says the date after it is the publish time (not an update time). */
const PUBLISH_LABEL =
  /(?:发表于|发布于|发表时间|发布时间|发布日期|发表日期|时间|日期|posted(?: on)?|published(?: on)?)\s*[:：]?$/iu;
/**
 * A posting line that names the time and then the verb: `本贴由大卫于2005年8月12日16:12:21在〖论坛〗发表`.
 * The text before the date ends in 于/在, the text after it is the place (optional) and the verb.
 */
const POSTED_BEFORE = /[于在]$/u;
const POSTED_AFTER = /^(?:在[^，。,.]{0,40})?(?:发表|发布|发帖|贴出)/u;
/** What may follow a stated date on its line: nothing, a clock suffix, separators. */
const DATE_TAIL = /^(?:[ap]\.?m\.?)?[\s,;|·]*$/iu;

interface Stated {
  iso: string;
  labelled: boolean;
}

/** The date of a line that states one: a publish label then the date, or the date alone on its line. */
function statedDate(segment: Segment, zone: string | null): Stated | null {
  if (segment.kind !== 'text' || segment.text.length > MAX_LINE) return null;
  const found = findDate(segment.text, zone);
  if (!found) return null;
  const before = segment.text.slice(0, found.index).trim();
  const after = segment.text.slice(found.index + found.length).trim();
  if (PUBLISH_LABEL.test(before) || (POSTED_BEFORE.test(before) && POSTED_AFTER.test(after)))
    return { iso: found.iso, labelled: true };
  return before === '' && DATE_TAIL.test(after) ? { iso: found.iso, labelled: false } : null;
}

function statedDates(segments: Segment[], zone: string | null): Stated[] {
  return segments.flatMap((s) => statedDate(s, zone) ?? []);
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
  const shown = firstDate(head, zone);
  if (shown) return shown;
  // Only pages without a date at the top pay for reading every line of the story.
  const stated = statedDates(content, zone);
  // A thread: every post signs off with its time; the first post's is the page's.
  const labelled = stated.filter((s) => s.labelled);
  const thread = labelled.length >= 2 ? stated[0]!.iso : null;
  return (
    thread ??
    labelled[0]?.iso ??
    firstDate(tail, zone) ??
    stated[0]?.iso ??
    firstMonth(head) ??
    firstMonth(tail)
  );
}
