/**
 * Finding the story in the page. Each segment gets a value — sentence text counts for, link text
 * and text in furniture (nav, share, comment, related… by class/id) counts against — and the
 * element whose segments sum highest is the main container; siblings that carry story text of
 * their own join it. Sums over an element are prefix-sum lookups: one pass, no re-walking.
 */
import { punctuationCount, textUnits } from '../rules/shape.js';
import type { ElementSpan, Flattened, Segment } from './segments.js';

/** Weights calibrated as a set on the aeb and zh-wce pages (see tests/bench/accuracy.ts). */
const WEIGHTS = {
  /** Each unit of link text. */
  link: 1.5,
  /** Share of value that text without sentence punctuation keeps. */
  fragment: 0.3,
  /** Bonus per punctuation mark (capped). */
  punctuation: 0.6,
  punctuationCap: 12,
  /** Text in an element whose class/id names furniture. */
  furniture: -0.6,
  image: 3,
  heading: 2,
  /** Score multiplier of a container whose class/id names the story. */
  positiveContainer: 1.25,
  negativeContainer: 0.4,
  /** A sibling joins the main container when it scores at least this share of it, and this much. */
  siblingShare: 0.12,
  siblingMin: 8,
  /** Containers that hold the headline or start just below it: where stories are. */
  nearHeadline: 1.5,
  nearHeadlineSegments: 12,
};

const SENTENCE_UNITS = 25;
/** Unlinked words an item needs to be a sentence of its own beside its linked lead. */
const ITEM_SENTENCE_UNITS = 10;
const TRUNCATED = /(?:\.{3}|…)\s*$/u;
const CONTAINER_TAGS = new Set([
  'body',
  'div',
  'section',
  'article',
  'main',
  'td',
  'th',
  'center',
  'form',
  'span',
  'font',
  'li',
  'dd',
  'tbody',
  'table',
  'tr',
  'blockquote',
  'header',
  'aside',
  'footer',
  'nav',
  'figure',
  'p',
  'ul',
  'ol',
  'dl',
  'html',
]);

/**
 * Value of a run of text: sentences count in full, fragments in part, both scaled down by their
 * share of link text, and link text counts against.
 */
export function textValue(text: string, units: number, linkUnits: number): number {
  if (units === 0) return 0;
  const density = linkUnits / units;
  const punct = punctuationCount(text);
  const sentence = punct > 0 || units >= SENTENCE_UNITS;
  const base = sentence
    ? units + Math.min(punct, WEIGHTS.punctuationCap) * WEIGHTS.punctuation
    : units * WEIGHTS.fragment;
  return base * (1 - density) * (1 - density) - linkUnits * WEIGHTS.link;
}

/**
 * A list item: like text, except that an item whose own (unlinked) words make a sentence or more
 * is story text with a linked lead (a digest's `<li><a>Headline</a>. What happened…</li>`), not
 * a link with a teaser; its link text then neither counts for it nor against it. A linked item
 * whose text is cut off (`…`, `...`) is a teaser for another page, and counts as link text.
 */
function itemValue(item: string, linkUnits: number): number {
  const units = textUnits(item);
  if (linkUnits > 0 && TRUNCATED.test(item)) return textValue(item, units, units);
  const own = units - linkUnits;
  if (linkUnits > 0 && own >= ITEM_SENTENCE_UNITS && own * 2 >= linkUnits)
    return textValue(item, own, 0);
  return textValue(item, units, linkUnits);
}

export function segmentValue(segment: Segment): number {
  if (segment.hint < 0) return segment.kind === 'image' ? 0 : WEIGHTS.furniture * segment.units;
  switch (segment.kind) {
    case 'image':
      return WEIGHTS.image;
    case 'list':
      return segment.items.reduce(
        (sum, item, i) => sum + itemValue(item, segment.itemLinks[i]!),
        0,
      );
    case 'table':
      return (
        (segment.units - segment.linkUnits) * WEIGHTS.fragment - segment.linkUnits * WEIGHTS.link
      );
    case 'text':
      if (segment.heading > 0) return WEIGHTS.heading - segment.linkUnits * WEIGHTS.link;
      return textValue(segment.text, segment.units, segment.linkUnits);
  }
}

/** Segments with `lo <= pos <= hi` (walk positions). */
export interface Range {
  lo: number;
  hi: number;
}

export interface ContentChoice {
  main: ElementSpan | null;
  ranges: Range[];
  score: number;
}

interface Index {
  positions: number[];
  prefix: number[];
  /** Prefix sums of the positive values only: no run inside a range can score above them. */
  positive: number[];
}

function buildIndex(segments: Segment[]): Index {
  const positions = segments.map((s) => s.pos);
  const prefix = [0];
  const positive = [0];
  for (const s of segments) {
    const value = segmentValue(s);
    prefix.push(prefix.at(-1)! + value);
    positive.push(positive.at(-1)! + Math.max(0, value));
  }
  return { positions, prefix, positive };
}

/** The most any range or run inside the span can score, multipliers included. */
function scoreBound(index: Index, span: ElementSpan): number {
  const from = upperBound(index.positions, span.enter);
  const to = upperBound(index.positions, span.exit - 1);
  return (
    (index.positive[to]! - index.positive[from]!) * WEIGHTS.positiveContainer * WEIGHTS.nearHeadline
  );
}

/** First index whose position is greater than `pos`. */
function upperBound(positions: number[], pos: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rangeScore(index: Index, range: Range): number {
  return (
    index.prefix[upperBound(index.positions, range.hi)]! -
    index.prefix[upperBound(index.positions, range.lo - 1)]!
  );
}

const spanRange = (span: ElementSpan): Range => ({ lo: span.enter + 1, hi: span.exit - 1 });

function elementScore(index: Index, span: ElementSpan): number {
  const raw = rangeScore(index, spanRange(span));
  if (raw <= 0) return raw;
  if (span.polarity > 0 || span.el.name === 'article' || span.el.name === 'main')
    return raw * WEIGHTS.positiveContainer;
  if (span.polarity < 0) return raw * WEIGHTS.negativeContainer;
  return raw;
}

interface Item extends Range {
  value: number;
}

/** An element's content as a sequence: child elements, and the loose segments between them. */
function items(flat: Flattened, index: Index, span: ElementSpan): Item[] {
  const out: Item[] = [];
  let cursor = span.enter + 1;
  const loose = (until: number): void => {
    const from = upperBound(index.positions, cursor - 1);
    const to = upperBound(index.positions, until - 1);
    for (let i = from; i < to; i++) {
      const pos = index.positions[i]!;
      out.push({ lo: pos, hi: pos, value: index.prefix[i + 1]! - index.prefix[i]! });
    }
  };
  for (const child of span.el.children) {
    const childSpan = flat.spanOf.get(child as never);
    if (!childSpan) continue;
    loose(childSpan.enter);
    const range = spanRange(childSpan);
    out.push({ ...range, value: rangeScore(index, range) });
    cursor = childSpan.exit;
  }
  loose(span.exit);
  return out;
}

/** The best run of consecutive children (Kadane): a story whose paragraphs share a parent with junk. */
function bestRun(list: Item[]): { range: Range; score: number } | null {
  let best: { range: Range; score: number } | null = null;
  let sum = 0;
  let start = 0;
  list.forEach((item, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += item.value;
    if (sum > 0 && (!best || sum > best.score))
      best = { range: { lo: list[start]!.lo, hi: item.hi }, score: sum };
  });
  return best;
}

/** Siblings of the main container that carry story text of their own, in document order. */
function withSiblings(
  flat: Flattened,
  index: Index,
  main: ElementSpan,
  mainRange: Range,
  best: number,
): Range[] {
  const parent = main.el.parent;
  if (!parent || !('children' in parent)) return [mainRange];
  const threshold = Math.max(WEIGHTS.siblingMin, best * WEIGHTS.siblingShare);
  const ranges: Range[] = [];
  for (const child of parent.children) {
    const span = flat.spanOf.get(child as never);
    if (!span) continue;
    if (span === main) ranges.push(mainRange);
    else if (span.polarity >= 0 && rangeScore(index, spanRange(span)) >= threshold)
      ranges.push(spanRange(span));
  }
  return ranges;
}

const width = (r: Range): number => r.hi - r.lo;

/** Multiplier for a range by its distance from the headline (a walk position, or null). */
function nearness(index: Index, range: Range, headline: number | null): number {
  if (headline === null || range.hi < headline) return 1;
  // Segments between the headline and the start of the range, whichever comes first.
  const between = Math.abs(
    upperBound(index.positions, range.lo - 1) - upperBound(index.positions, headline),
  );
  return between <= WEIGHTS.nearHeadlineSegments ? WEIGHTS.nearHeadline : 1;
}

/** `headline` is the walk position of the page's headline segment, when known. */
export function chooseContent(flat: Flattened, headline: number | null = null): ContentChoice {
  const index = buildIndex(flat.segments);
  let main: ElementSpan | null = null;
  let mainRange: Range | null = null;
  let best = 0;
  const consider = (span: ElementSpan, range: Range, raw: number): void => {
    const score = raw > 0 ? raw * nearness(index, range, headline) : raw;
    // Ties go to the tighter range: a parent that adds nothing is not the container.
    if (score > best || (mainRange !== null && score === best && width(range) < width(mainRange))) {
      best = score;
      main = span;
      mainRange = range;
    }
  };
  for (const span of flat.spans) {
    if (!CONTAINER_TAGS.has(span.el.name)) continue;
    // A span that cannot reach the best score so far is not scored (the choice is the same).
    if (scoreBound(index, span) < best) continue;
    consider(span, spanRange(span), elementScore(index, span));
    const run = bestRun(items(flat, index, span));
    if (run) consider(span, run.range, run.score);
  }
  if (!main || !mainRange) return { main: null, ranges: [], score: 0 };
  const chosen: ElementSpan = main;
  const range: Range = mainRange;
  const whole = range.lo === chosen.enter + 1 && range.hi === chosen.exit - 1;
  return {
    main: chosen,
    ranges: whole ? withSiblings(flat, index, chosen, range, best) : [range],
    score: best,
  };
}

export function inRanges(pos: number, ranges: readonly Range[]): boolean {
  return ranges.some((r) => r.lo <= pos && pos <= r.hi);
}
