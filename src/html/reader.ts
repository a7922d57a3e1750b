import type { Element } from 'domhandler';
/**
 * HTML page → RawArticle: metadata from the head, the main content chosen by scoring, its
 * segments turned into units, and the units classified by the same body rules as text dumps —
 * so a story saved as HTML and as a text dump comes out with the same sections and paragraphs.
 */
import { chooseLang, defaultZone } from '../document/lang.js';
import type { TraceEntry } from '../document/trace.js';
import type { RawArticle, Removal } from '../document/types.js';
import { classifyBody, type BodyContext, type Unit } from '../rules/body.js';
import { edgeFragment, isSentenceLike } from '../rules/edges.js';
import { hintedBoilerplate } from '../rules/hints.js';
import { mergeFields, readMetaLine, emptyFields } from '../rules/meta.js';
import { removal, type Rule } from '../rules/rule.js';
import { similarity } from '../rules/figure.js';
import { sameHeadline, splitTitle } from '../rules/title.js';
import { chooseContent, inRanges, type Range } from './content.js';
import { visibleDate } from './dates.js';
import { tooManyBlocks } from '../errors.js';
import { elements, parseHtml, releaseTree, textOf } from './dom.js';
import { chooseTitle, publishedFrom, readHeadMeta, type HeadMeta } from './meta.js';
import { flatten, type Segment, type TextSegment } from './segments.js';

export interface HtmlOptions {
  url: string | null;
  /** Keep the page trace (`--explain`, `review`). */
  trace?: boolean;
  /** Refuse pages with more elements than this. */
  maxBlocks?: number;
}

export const outsideContent: Rule = {
  id: 'outside-content',
  reason: 'outside the main content area of the page (menus, sidebars, footers)',
};

export const linkBlock: Rule = {
  id: 'link-block',
  reason: 'a block made mostly of links to other pages',
};

/** A text block with this share of link text is a block of links. */
const LINK_BLOCK_DENSITY = 0.6;
/** How many segments above the content to search for the headline and the info line. */
const HEADER_WINDOW = 30;
/** How many segments below the content to search for credit lines. */
const FOOTER_WINDOW = 8;

function similarTitle(a: string, b: string): boolean {
  return (
    sameHeadline(a, b) ||
    (a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a))) ||
    similarity(a, b) >= 0.6
  );
}

const HEADLINE_MAX_UNITS = 80;

/**
 * The headline as the page shows it: the heading (an `<h1>` first) that agrees with the title
 * tag, og:title or JSON-LD headline; without those, the first `<h1>`.
 */
function findHeadline(segments: Segment[], head: HeadMeta): TextSegment | null {
  const references = [head.titleTag, head.ogTitle, head.ldHeadline]
    .filter((t): t is string => !!t)
    .map((t) => splitTitle(t).title);
  const candidates = segments.filter(
    (s): s is TextSegment =>
      s.kind === 'text' &&
      (s.heading > 0 || s.emphasized) &&
      s.units >= 2 &&
      s.units <= HEADLINE_MAX_UNITS,
  );
  const rank = (s: TextSegment): number => (s.heading === 1 ? 0 : s.heading > 0 ? 1 : 2);
  const ordered = [...candidates].sort((a, b) => rank(a) - rank(b) || a.pos - b.pos);
  if (references.length === 0) {
    // A heading that is one link (to the home page) names the site: a blog's `<h1><a>博客名</a>`.
    const own = ordered.filter((s) => s.heading > 0 && s.linkUnits < s.units);
    return (
      own.find((s) => s.heading === 1) ?? own[0] ?? ordered.find((s) => s.heading === 1) ?? null
    );
  }
  return ordered.find((s) => references.some((r) => similarTitle(s.text, r))) ?? null;
}

function toUnit(segment: Segment): Unit | null {
  switch (segment.kind) {
    case 'text':
      if (segment.heading > 0)
        return { kind: 'heading', text: segment.text, level: Math.max(2, segment.heading) };
      return segment.quote
        ? { kind: 'quote', text: segment.text }
        : { kind: 'line', text: segment.text, links: segment.links };
    case 'image':
      return { kind: 'figure', src: segment.src, alt: segment.alt, caption: segment.caption };
    case 'list':
      return {
        kind: 'list',
        ordered: segment.ordered,
        items: segment.items,
        linkDensity: segment.units === 0 ? 0 : segment.linkUnits / segment.units,
      };
    case 'table':
      return { kind: 'table', rows: segment.rows };
  }
}

function describe(segment: Segment): string {
  switch (segment.kind) {
    case 'text':
      return segment.text;
    case 'image':
      return segment.caption ?? segment.alt ?? segment.src ?? '';
    case 'list':
      return segment.items.join(' | ');
    case 'table':
      return segment.rows.map((r) => r.join(' | ')).join('\n');
  }
}

/** Removals outside the content, consecutive ones of one kind merged so a menu is one entry. */
const MERGE_MAX_CHARS = 40;

/** Length of the last ` | `-joined part of a merged removal, found without splitting it. */
function lastPartLength(text: string): number {
  const at = text.lastIndexOf(' | ');
  return at < 0 ? text.length : text.length - at - 3;
}

function pushRemoval(removed: Removal[], rule: Rule, text: string): void {
  if (!text) return;
  const last = removed.at(-1);
  const short = text.length <= MERGE_MAX_CHARS && last !== undefined && !last.text.includes('\n');
  if (
    last &&
    short &&
    last.rule === rule.id &&
    last.text.length < 600 &&
    lastPartLength(last.text) <= MERGE_MAX_CHARS
  ) {
    last.text += ` | ${text}`;
  } else {
    removed.push(removal(rule, text));
  }
}

function hintReason(segment: Segment): Rule {
  return {
    id: hintedBoilerplate.id,
    reason: `${hintedBoilerplate.reason}: "${segment.hintName ?? ''}"`,
  };
}

interface Split {
  units: Unit[];
  removed: Removal[];
  /** The page in order: a removal (its index in `removed`) or a unit (its index in `units`). */
  order: Array<{ removal: number } | { unit: number }>;
}

/** Where the story's sentences start and end among the content segments. */
function sentenceBounds(content: Segment[]): [number, number] {
  const sentence = (s: Segment): boolean =>
    s.kind === 'text' && s.heading === 0 && s.hint >= 0 && isSentenceLike(s.text);
  return [content.findIndex(sentence), content.findLastIndex(sentence)];
}

/** The element whose children hold the story's last sentence: lines there continue the story. */
function storyParent(content: Segment[], last: number): Element | null {
  const segment = content[last];
  if (!segment || segment.kind !== 'text' || !segment.block) return null;
  return segment.block.name === 'p' || segment.block.name === 'div'
    ? (segment.block.parent as Element | null)
    : segment.block;
}

/** A text line or heading beyond the story's first and last sentences, outside the story's own block. */
function atEdge(
  segment: Segment,
  i: number,
  [first, last]: [number, number],
  parent: Element | null,
): boolean {
  if (segment.kind !== 'text' || first < 0) return false;
  if (i > last)
    return parent === null || (segment.block !== parent && segment.block?.parent !== parent);
  return i < first && segment.heading === 0;
}

/** Edge lines the body rules read better: the info line and the repeated headline. */
function claimedByMeta(segment: Segment, context: BodyContext): boolean {
  if (segment.kind !== 'text') return false;
  if (context.title !== null && sameHeadline(segment.text, context.title)) return true;
  return readMetaLine(segment.text, { zone: context.zone, weakLabels: true }) !== null;
}

/** Segments in the content become units; the rest are recorded as removed, each with its rule. */
function splitSegments(segments: Segment[], ranges: readonly Range[], context: BodyContext): Split {
  const units: Unit[] = [];
  const removed: Removal[] = [];
  const order: Split['order'] = [];
  const note = (count: number): void => {
    // A removal merged into the previous entry (a menu) adds no new place in the order.
    if (removed.length > count) order.push({ removal: removed.length - 1 });
  };
  const content = segments.filter((s) => inRanges(s.pos, ranges));
  const bounds = sentenceBounds(content);
  const parent = storyParent(content, bounds[1]);
  let c = 0;
  for (const segment of segments) {
    if (!inRanges(segment.pos, ranges)) {
      const before = removed.length;
      pushRemoval(removed, outsideContent, describe(segment));
      note(before);
      continue;
    }
    const i = c++;
    if (segment.hint < 0) {
      const before = removed.length;
      pushRemoval(removed, hintReason(segment), describe(segment));
      note(before);
      continue;
    }
    if (
      segment.kind === 'text' &&
      segment.heading === 0 &&
      segment.linkUnits > 0 &&
      segment.linkUnits >= segment.units * LINK_BLOCK_DENSITY
    ) {
      const before = removed.length;
      pushRemoval(removed, linkBlock, segment.text);
      note(before);
      continue;
    }
    if (atEdge(segment, i, bounds, parent) && !claimedByMeta(segment, context)) {
      const before = removed.length;
      pushRemoval(removed, edgeFragment, describe(segment));
      note(before);
      continue;
    }
    const unit = toUnit(segment);
    if (unit) {
      order.push({ unit: units.length });
      units.push(unit);
    }
  }
  return { units, removed, order };
}

/**
 * Info lines just outside the content feed meta: above it the headline's info line
 * (`2023-11-30 来源:… 编辑:…`), below it credit lines (`责任编辑:李倩`).
 */
function nearbyFields(segments: Segment[], ranges: readonly Range[], zone: string | null) {
  const fields = emptyFields();
  const start = ranges[0]?.lo ?? 0;
  const end = ranges.at(-1)?.hi ?? Infinity;
  const above = segments.filter((s) => s.pos < start).slice(-HEADER_WINDOW);
  const below = segments.filter((s) => s.pos > end).slice(0, FOOTER_WINDOW);
  for (const s of [...above, ...below]) {
    if (s.kind !== 'text' || s.heading > 0) continue;
    const found = readMetaLine(s.text, { zone, weakLabels: true });
    if (!found) continue;
    mergeFields(fields, s.pos > end ? { ...found, published: null } : found);
  }
  return fields;
}

function bodyElement(root: ReturnType<typeof parseHtml>['root']): Element | null {
  for (const el of elements(root)) if (el.name === 'body') return el;
  return null;
}

/** The whole page in order: removals outside the story where they stood, the story's decisions per unit. */
function traceInOrder(split: Split, body: Array<TraceEntry & { unit: number }>): TraceEntry[] {
  const byUnit = new Map<number, TraceEntry[]>();
  for (const { unit, ...entry } of body) byUnit.set(unit, [...(byUnit.get(unit) ?? []), entry]);
  const trace: TraceEntry[] = [];
  for (const step of split.order) {
    if ('removal' in step) {
      const r = split.removed[step.removal]!;
      trace.push({ text: r.text, status: 'removed', rule: r.rule, reason: r.reason });
    } else {
      trace.push(...(byUnit.get(step.unit) ?? []));
    }
  }
  return trace;
}

/** The segments' texts one per line, cut at `limit`, without joining the whole page first. */
function textSample(segments: Segment[], limit: number): string {
  const parts: string[] = [];
  let joined = -1;
  for (const s of segments) {
    if (joined >= limit) break;
    const text = s.kind === 'text' ? s.text : '';
    parts.push(text);
    joined += text.length + 1;
  }
  return parts.join('\n').slice(0, limit);
}

/** The head's date, unless the page shows the same day with a time. */
function choosePublished(head: string | null, visible: string | null): string | null {
  if (head === null) return visible;
  if (visible !== null && head.length === 10 && visible.startsWith(head)) return visible;
  return head;
}

export function readHtmlPage(html: string, options: HtmlOptions): RawArticle {
  const { root } = parseHtml(html);
  const head = readHeadMeta(root, options.url);
  const maxBlocks = options.maxBlocks ?? Infinity;
  if (head.elements > maxBlocks) throw tooManyBlocks('HTML elements', maxBlocks);
  const body = bodyElement(root);
  const flat = flatten(body ?? root, head.base);
  const headline = findHeadline(flat.segments, head);
  const choice = chooseContent(flat, headline?.pos ?? null);
  const { lang, warning } = chooseLang(
    head.lang,
    (limit) => textSample(flat.segments, limit) || textOf(root).slice(0, limit),
  );
  const zone = defaultZone(lang);
  const { title, site } = chooseTitle(head, headline?.text ?? null, similarTitle);
  const context = { zone, title };
  const split = splitSegments(flat.segments, choice.ranges, context);
  const classified = classifyBody(split.units, context, options.trace);
  const fields = nearbyFields(flat.segments, choice.ranges, zone);
  mergeFields(fields, classified.fields);
  const url = head.canonical ?? options.url;
  const shown =
    fields.published ?? visibleDate(flat.segments, choice.ranges, headline?.pos ?? null, zone);
  const published =
    choosePublished(publishedFrom(head, zone, null), shown) ??
    (url ? publishedFrom({ ...head, published: null }, zone, url) : null);
  const authors = [...head.authors, ...fields.authors.filter((a) => !head.authors.includes(a))];
  const page: RawArticle = {
    meta: {
      title,
      published,
      site: head.site ?? site,
      source: fields.source ?? head.source,
      authors,
      editors: fields.editors,
      lang,
      url,
    },
    items: classified.items,
    removed: [...split.removed, ...classified.removed],
    warnings: warning ? [warning] : [],
    ...(classified.trace ? { trace: traceInOrder(split, classified.trace) } : {}),
  };
  // What the page became is strings: the tree is done with, and goes as one piece.
  releaseTree(root);
  return page;
}
