/**
 * The DOM flattened into segments in document order: runs of text owned by a block element,
 * images, simple lists, data tables and headings. Each segment and each element carries its
 * position in the walk, so "which segments lie inside this element" is a range lookup and the
 * content scoring never walks the tree again. The walk is iterative (deep pages).
 */
import type { AnyNode, Element } from 'domhandler';
import { cleanInline } from '../document/normalize.js';
import { hintPolarity, isEmbedHint, type Polarity } from '../rules/hints.js';
import { isRelatedHeading } from '../rules/related.js';
import { punctuationCount, textUnits } from '../rules/shape.js';
import { attr, forEachElement, isElement, textOf } from './dom.js';
import { imageOf, resolveUrl, type ImageInfo } from './images.js';
import { locateLinks, type InlineLink } from '../document/links.js';

export interface SegmentBase {
  /** Position in the walk: inside element E when `E.enter < pos < E.exit`. */
  pos: number;
  /** Resolved class/id hint: 1 story, -1 furniture, 0 neither; and the name that gave it. */
  hint: 1 | 0 | -1;
  hintName: string | null;
}

export interface TextSegment extends SegmentBase {
  kind: 'text';
  text: string;
  units: number;
  linkUnits: number;
  /** 1–6 inside `<h1>`–`<h6>`, else 0. */
  heading: number;
  quote: boolean;
  /** Bold or centred as a whole: how CMSs mark headings inside the body. */
  emphasized: boolean;
  /** The block element the text belongs to. */
  block: Element | null;
  /** Inline links, located in `text`. */
  links: InlineLink[];
}

export interface ImageSegment extends SegmentBase, ImageInfo {
  kind: 'image';
  caption: string | null;
}

export interface ListSegment extends SegmentBase {
  kind: 'list';
  ordered: boolean;
  items: string[];
  /** Link units of each item. */
  itemLinks: number[];
  units: number;
  linkUnits: number;
}

export interface TableSegment extends SegmentBase {
  kind: 'table';
  rows: string[][];
  units: number;
  linkUnits: number;
}

export type Segment = TextSegment | ImageSegment | ListSegment | TableSegment;

export interface ElementSpan {
  el: Element;
  enter: number;
  exit: number;
  /** Own class/id hint (not inherited). */
  polarity: Polarity;
}

export interface Flattened {
  segments: Segment[];
  /** Every element with its span, in document order. */
  spans: ElementSpan[];
  spanOf: Map<Element, ElementSpan>;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'link',
  'meta',
  'head',
  'title',
  'base',
  'param',
  'dialog',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'legend',
  'noframes',
]);

// A line after a single <br> that opens with an indent starts a new paragraph (Chinese CMSs).
const INDENTED_BREAK = /\n(?=[\u3000\u00A0]|[ \t]{2})/u;
const BLANK_BREAK = /\n[ \t\u00A0\u3000]*\n/u;
const BOLD = new Set(['b', 'strong']);

interface Piece {
  text: string;
  link: boolean;
  bold: boolean;
  /** Index of the anchor the text is in, or -1. */
  anchor: number;
}

interface Walk {
  counter: number;
  segments: Segment[];
  spans: ElementSpan[];
  spanOf: Map<Element, ElementSpan>;
  pieces: Piece[];
  anchors: number;
  /** The hrefs of the anchors met so far, and the one the walk is inside (-1: none). */
  hrefs: string[];
  anchor: number;
  bold: number;
  heading: number;
  quote: number;
  caption: number;
  /** The hinted ancestors of the current node, nearest last; each links to its parent hint. */
  hint: HintNode | null;
  /** Each segment's nearest hinted ancestor, resolved after the walk. */
  segmentHints: Array<HintNode | null>;
  centered: Element[];
  /** Block elements open around the current node, innermost last. */
  blocks: Element[];
  base: string | null;
}

function classAndId(el: Element): string {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.trim();
}

interface HintNode {
  polarity: Polarity;
  name: string;
  span: ElementSpan;
  parent: HintNode | null;
}

/** Placeholder until `resolveHints` runs after the walk. */
function nearestHint(walk: Walk): { hint: 0; hintName: null } {
  walk.segmentHints.push(walk.hint);
  return { hint: 0, hintName: null };
}

/**
 * Shares of the page's sentence text above which a furniture name is taken to be wrong: the
 * element is the page's frame or the story itself (`and-w-sidebar`, `article-header`).
 */
const FRAME_SHARE = { weak: 0.5, strong: 0.9 };

/** Units of sentence text (punctuated or long, few links): what a story is made of. */
function sentenceUnits(segment: Segment): number {
  if (segment.kind !== 'text' || segment.units === 0 || segment.linkUnits > segment.units * 0.3)
    return 0;
  return punctuationCount(segment.text) > 0 || segment.units >= 25
    ? segment.units - segment.linkUnits
    : 0;
}

/**
 * A segment inside an element named as furniture is furniture, even when an element nearer to it
 * claims story (`comment` → `content`), unless that element holds most of the page's sentence
 * text; else the nearest story name counts.
 */
function resolveHints(walk: Walk, positions: number[]): void {
  const units = walk.segments.map(sentenceUnits);
  // Prefix sums: the share of any element is two lookups, however deep the page.
  const prefixOf = (counted: number[]): number[] => {
    const prefix = [0];
    for (const c of counted) prefix.push(prefix.at(-1)! + c);
    return prefix;
  };
  const shareIn = (span: ElementSpan, prefix: number[]): number => {
    const total = prefix.at(-1)!;
    if (total === 0) return 0;
    return (
      (prefix[lowerBound(positions, span.exit)]! - prefix[lowerBound(positions, span.enter)]!) /
      total
    );
  };
  const allPrefix = prefixOf(units);
  // Strong furniture names hold unless the element holds nearly all of the page's sentence text.
  const underStrong = memoizeChain(
    (node) => node.polarity === -2 && shareIn(node.span, allPrefix) < FRAME_SHARE.strong,
  );
  // The page's own text: what is not under a strong furniture name that holds.
  const ownPrefix = prefixOf(
    units.map((u, i) => (underStrong(walk.segmentHints[i] ?? null) ? 0 : u)),
  );
  const furniture = memoizeChain((node) =>
    node.polarity === -2
      ? underStrong(node) !== null
      : node.polarity === -1 && shareIn(node.span, ownPrefix) < FRAME_SHARE.weak,
  );
  const story = memoizeChain((node) => node.polarity > 0);
  walk.segments.forEach((segment, i) => {
    const node = walk.segmentHints[i] ?? null;
    const negative = furniture(node);
    const positive = negative ? null : story(node);
    const found = negative ?? positive;
    if (!found) return;
    segment.hint = negative ? -1 : 1;
    segment.hintName = found.name;
  });
}

/** Teaser cards: at least this many siblings of one kind, most with a headline link. */
const TEASER = { minCards: 3, cardShare: 0.7, linkShare: 0.2, minLinkUnits: 3, maxBlurbUnits: 80 };
/** Paragraphs and layout-table parts repeat in every page; they are not cards. */
const NOT_CARDS = new Set([
  'p',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'br',
  'span',
  'a',
  'b',
  'strong',
  'em',
  'i',
  'font',
]);

/**
 * Runs of sibling elements of one tag and class that each carry a headline link and a blurb are
 * a feed of teasers for other stories ("More from…"), however sentence-like their blurbs.
 */
function markTeaserLists(walk: Walk, positions: number[]): void {
  const prefix = (f: (s: Segment) => number): number[] => {
    const out = [0];
    for (const s of walk.segments) out.push(out.at(-1)! + f(s));
    return out;
  };
  const units = prefix((s) => ('units' in s ? s.units : 0));
  const links = prefix((s) => ('linkUnits' in s ? s.linkUnits : 0));
  const sum = (p: number[], span: ElementSpan): number =>
    p[lowerBound(positions, span.exit)]! - p[lowerBound(positions, span.enter)]!;
  const longestSegment = (span: ElementSpan): number => {
    let longest = 0;
    for (
      let i = lowerBound(positions, span.enter);
      i < positions.length && positions[i]! < span.exit;
      i++
    ) {
      const s = walk.segments[i]!;
      if ('units' in s) longest = Math.max(longest, s.units);
    }
    return longest;
  };
  for (const span of walk.spans) {
    // Most elements hold one or two children: no feed there, and no grouping to pay for.
    if (span.el.children.length < TEASER.minCards) continue;
    const groups = new Map<string, ElementSpan[]>();
    for (const child of span.el.children) {
      const childSpan = walk.spanOf.get(child as Element);
      if (!childSpan || NOT_CARDS.has(childSpan.el.name)) continue;
      const key = `${childSpan.el.name}.${attr(childSpan.el, 'class') ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(childSpan);
      else groups.set(key, [childSpan]);
    }
    for (const cards of groups.values()) {
      if (cards.length < TEASER.minCards) continue;
      // Quoted posts repeat like cards, but they are the story's material.
      if (isEmbedHint(attr(cards[0]!.el, 'class') ?? '')) continue;
      const linked = cards.filter((c) => {
        const u = sum(units, c);
        const l = sum(links, c);
        return (
          l >= TEASER.minLinkUnits &&
          u > 0 &&
          l / u >= TEASER.linkShare &&
          longestSegment(c) <= TEASER.maxBlurbUnits
        );
      });
      if (linked.length < cards.length * TEASER.cardShare) continue;
      for (const card of linked) {
        for (
          let i = lowerBound(positions, card.enter);
          i < positions.length && positions[i]! < card.exit;
          i++
        ) {
          const segment = walk.segments[i]!;
          segment.hint = -1;
          segment.hintName = `teaser list (${card.el.name}${attr(card.el, 'class') ? `.${attr(card.el, 'class')}` : ''})`;
        }
      }
    }
  }
}

/**
 * For a hint chain, the nearest node (itself or an ancestor) that passes `test`, memoized per
 * node so that resolving every segment stays linear however deep the hinted nesting.
 */
function memoizeChain(
  test: (node: HintNode) => boolean,
): (node: HintNode | null) => HintNode | null {
  const memo = new Map<HintNode, HintNode | null>();
  return (start) => {
    const pending: HintNode[] = [];
    let node = start;
    let found: HintNode | null = null;
    while (node) {
      const known = memo.get(node);
      if (known !== undefined) {
        found = known;
        break;
      }
      pending.push(node);
      node = node.parent;
    }
    for (let i = pending.length - 1; i >= 0; i--) {
      const n = pending[i]!;
      if (test(n)) found = n;
      memo.set(n, found);
    }
    return start ? (memo.get(start) ?? null) : null;
  };
}

function lowerBound(positions: number[], pos: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Part {
  text: string;
  link: string;
  bold: string;
  anchors: Array<{ text: string; href: string; index: number }>;
}

/** Splits the pending inline text into paragraphs at blank `<br><br>` lines and indented line starts. */
function paragraphs(pieces: Piece[], hrefs: string[]): Part[] {
  const joined = pieces.map((p) => p.text).join('');
  const breaker = new RegExp(`${BLANK_BREAK.source}|${INDENTED_BREAK.source}`, 'gu');
  const boundaries = [...joined.matchAll(breaker)].map((m) => m.index);
  const parts: Part[] = [];
  let current: Part = { text: '', link: '', bold: '', anchors: [] };
  let next = 0;
  let cursor = 0;
  // One pass over the pieces, cutting each at the boundaries that fall inside it.
  for (const piece of pieces) {
    let start = 0;
    while (next < boundaries.length && boundaries[next]! < cursor + piece.text.length) {
      const cut = boundaries[next]! - cursor;
      append(current, piece, piece.text.slice(start, cut), hrefs);
      parts.push(current);
      current = { text: '', link: '', bold: '', anchors: [] };
      start = Math.max(start, cut);
      next++;
    }
    append(current, piece, piece.text.slice(start), hrefs);
    cursor += piece.text.length;
  }
  parts.push(current);
  return parts;
}

function append(part: Part, piece: Piece, text: string, hrefs: string[]): void {
  part.text += text;
  if (piece.link) part.link += text;
  if (piece.bold) part.bold += text;
  if (piece.anchor < 0) return;
  const href = hrefs[piece.anchor]!;
  const last = part.anchors.at(-1);
  if (last && last.href === href && last.index === piece.anchor) last.text += text;
  else part.anchors.push({ text, href, index: piece.anchor });
}

function flush(walk: Walk): void {
  if (walk.pieces.length === 0) return;
  const pieces = walk.pieces;
  walk.pieces = [];
  if (pieces.every((p) => p.text.trim().length === 0)) return;
  const emphasizedBlock = walk.centered.length > 0;
  for (const part of paragraphs(pieces, walk.hrefs)) {
    const text = cleanInline(part.text);
    if (text.length === 0) continue;
    const units = textUnits(text);
    const bold = cleanInline(part.bold);
    walk.segments.push({
      kind: 'text',
      pos: walk.counter++,
      text,
      units,
      linkUnits: Math.min(units, textUnits(part.link)),
      heading: walk.heading,
      quote: walk.quote > 0,
      emphasized: emphasizedBlock || (bold.length > 0 && bold === text),
      block: walk.blocks.at(-1) ?? null,
      links: locateLinks(
        text,
        part.anchors.map((a) => ({ text: cleanInline(a.text), href: a.href })),
      ),
      ...nearestHint(walk),
    });
  }
}

function isCentered(el: Element): boolean {
  if (el.name === 'center') return true;
  const align = attr(el, 'align');
  const style = attr(el, 'style') ?? '';
  return (
    (align !== null && align.toLowerCase() === 'center') || /text-align\s*:\s*center/iu.test(style)
  );
}

function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}

function linkUnitsIn(el: Element): number {
  let units = 0;
  forEachElement(el, (child) => {
    if (child.name === 'a') units += textUnits(textOf(child));
  });
  return units;
}

const BLOCKY_IN_ITEM = new Set([
  'p',
  'div',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'img',
]);

/** Whether an element has block elements (paragraphs, tables, headings, images…) inside it. */
function holdsBlocks(el: Element): boolean {
  let found = false;
  forEachElement(el, (inner) => {
    found = inner !== el && BLOCKY_IN_ITEM.has(inner.name);
    return !found;
  });
  return found;
}

/** A list whose items are lines of text (links or sentences), not containers of blocks. */
function simpleList(el: Element): ListSegment | null {
  const items: string[] = [];
  const itemLinks: number[] = [];
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name !== 'li') return null;
    if (holdsBlocks(child)) return null;
    const text = cleanInline(textOf(child));
    if (!text) continue;
    items.push(text);
    itemLinks.push(Math.min(textUnits(text), linkUnitsIn(child)));
  }
  if (items.length === 0) return null;
  const units = items.reduce((sum, item) => sum + textUnits(item), 0);
  const linkUnits = itemLinks.reduce((a, b) => a + b, 0);
  return {
    kind: 'list',
    pos: 0,
    ordered: el.name === 'ol',
    items,
    itemLinks,
    units,
    linkUnits,
    hint: 0,
    hintName: null,
  };
}

const DATA_CELL_MAX_UNITS = 40;

/** A table of data (rows of short cells), not a layout table holding the page. */
function dataTable(el: Element): TableSegment | null {
  if (attr(el, 'role') === 'presentation') return null;
  const rows: string[][] = [];
  let layout = false;
  forEachElement(el, (inner) => {
    if (inner === el) return true;
    layout = inner.name === 'table' || (BLOCKY_IN_ITEM.has(inner.name) && inner.name !== 'p');
    if (layout) return false;
    if (inner.name === 'tr') {
      const cells = inner.children.filter(
        (c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'),
      );
      rows.push(cells.map((c) => cleanInline(textOf(c))));
    }
    return true;
  });
  if (layout) return null;
  const filled = rows.filter((row) => row.some((cell) => cell.length > 0));
  if (filled.length < 2 || filled.filter((row) => row.length >= 2).length < filled.length * 0.8)
    return null;
  const cells = filled.flat();
  if (cells.some((cell) => textUnits(cell) > DATA_CELL_MAX_UNITS * 2)) return null;
  const average = cells.reduce((s, c) => s + textUnits(c), 0) / cells.length;
  if (average > DATA_CELL_MAX_UNITS) return null;
  const units = cells.reduce((s, c) => s + textUnits(c), 0);
  return {
    kind: 'table',
    pos: 0,
    rows: filled,
    units,
    linkUnits: Math.min(units, linkUnitsIn(el)),
    hint: 0,
    hintName: null,
  };
}

/** Page-level elements carry feature flags and layout state in their classes, not hints. */
const NO_HINTS = new Set(['html', 'body']);
const MAX_HINT_CLASSES = 10;

/** Whitespace-separated names in a class/id value, counted without splitting it. */
function nameCount(value: string): number {
  let count = 0;
  let inName = false;
  for (let i = 0; i < value.length; i++) {
    const space = value.charCodeAt(i) <= 0x20;
    if (!space && !inName) count++;
    inName = !space;
  }
  return count;
}

function ownPolarity(el: Element): Polarity {
  if (NO_HINTS.has(el.name)) return 0;
  // Most elements carry neither: no string to build, no lookup.
  if (el.attribs.class === undefined && el.attribs.id === undefined) return 0;
  const value = classAndId(el);
  return nameCount(value) > MAX_HINT_CLASSES ? 0 : hintPolarity(value);
}

function enterSpan(walk: Walk, el: Element): ElementSpan {
  const span: ElementSpan = { el, enter: walk.counter++, exit: -1, polarity: ownPolarity(el) };
  walk.spans.push(span);
  walk.spanOf.set(el, span);
  return span;
}

/** Emits an atomic segment (list, table) for an element whose children are not walked. */
function atomic(walk: Walk, el: Element, segment: ListSegment | TableSegment): void {
  flush(walk);
  const span = enterSpan(walk, el);
  const outer = walk.hint;
  if (span.polarity !== 0)
    walk.hint = { polarity: span.polarity, name: classAndId(el), span, parent: outer };
  walk.segments.push({ ...segment, pos: walk.counter++, ...nearestHint(walk) });
  walk.hint = outer;
  span.exit = walk.counter++;
}

function image(walk: Walk, el: Element): void {
  const info = imageOf(el, walk.base);
  if (!info) return;
  flush(walk);
  walk.segments.push({
    kind: 'image',
    pos: walk.counter++,
    caption: null,
    ...info,
    ...nearestHint(walk),
  });
}

/** The figcaption's text becomes the caption of the image just before it in the same figure. */
function attachCaption(walk: Walk, captionStart: number): void {
  const texts = walk.segments
    .slice(captionStart)
    .filter((s): s is TextSegment => s.kind === 'text');
  const img = walk.segments[captionStart - 1];
  if (!img || img.kind !== 'image' || img.caption !== null || texts.length === 0) return;
  img.caption = texts.map((t) => t.text).join(' ');
  walk.segments.length = captionStart;
  walk.segmentHints.length = captionStart;
}

/** Where the walk leaves an element (pushed under its children); other stack entries are nodes. */
class Exit {
  constructor(
    readonly node: Element,
    readonly captionStart: number,
  ) {}
}

export function flatten(root: AnyNode, base: string | null): Flattened {
  const walk: Walk = {
    counter: 0,
    segments: [],
    spans: [],
    spanOf: new Map(),
    pieces: [],
    anchors: 0,
    hrefs: [],
    anchor: -1,
    bold: 0,
    heading: 0,
    quote: 0,
    caption: 0,
    hint: null,
    segmentHints: [],
    centered: [],
    blocks: [],
    base,
  };
  const stack: Array<AnyNode | Exit> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node instanceof Exit) {
      leave(walk, node.node, node.captionStart);
      continue;
    }
    if (node.type === 'text') {
      walk.pieces.push({
        text: node.data,
        link: walk.anchors > 0,
        bold: walk.bold > 0,
        anchor: walk.anchor,
      });
      continue;
    }
    if (!isElement(node)) {
      if ('children' in node)
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      continue;
    }
    const name = node.name;
    if (SKIP.has(name) || isHidden(node)) continue;
    if (name === 'br') {
      walk.pieces.push({ text: '\n', link: false, bold: walk.bold > 0, anchor: -1 });
      continue;
    }
    if (name === 'img') {
      image(walk, node);
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      const list = simpleList(node);
      if (list) {
        atomic(walk, node, list);
        continue;
      }
    }
    if (name === 'table') {
      const table = dataTable(node);
      if (table) {
        atomic(walk, node, table);
        continue;
      }
    }
    enter(walk, node);
    stack.push(new Exit(node, walk.segments.length));
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush(walk);
  // Segment positions in walk order: "which segments lie inside this element" is a binary search.
  const positions = walk.segments.map((s) => s.pos);
  resolveHints(walk, positions);
  markTeaserLists(walk, positions);
  markRelatedBoxes(walk, positions);
  return { segments: walk.segments, spans: walk.spans, spanOf: walk.spanOf };
}

/** Pages rarely have more related boxes than this; a page full of such lines is not searched on. */
const MAX_RELATED_BOXES = 20;

/**
 * A box that opens with a heading announcing related or recommended stories (`相关新闻`,
 * `You may also like`, `Você pode gostar...`) is furniture as a whole, whatever its class says:
 * the smallest element around the heading that holds more than the heading, when the heading is
 * the first thing in it.
 */
function markRelatedBoxes(walk: Walk, positions: number[]): void {
  let boxes = 0;
  walk.segments.forEach((segment, i) => {
    if (boxes >= MAX_RELATED_BOXES || segment.kind !== 'text' || segment.hint < 0) return;
    if (!isRelatedHeading(segment.text)) return;
    const box = boxAround(walk, positions, segment);
    if (!box || lowerBound(positions, box.enter) !== i) return;
    boxes++;
    const name = `related box (${box.el.name}: ${segment.text})`;
    for (let j = i; j < positions.length && positions[j]! < box.exit; j++) {
      walk.segments[j]!.hint = -1;
      walk.segments[j]!.hintName = name;
    }
  });
}

/** The nearest element around a segment's block that holds more segments than the segment. */
function boxAround(walk: Walk, positions: number[], segment: TextSegment): ElementSpan | null {
  let node: AnyNode | null = segment.block;
  while (node && isElement(node)) {
    const span = walk.spanOf.get(node);
    if (span && lowerBound(positions, span.exit) - lowerBound(positions, span.enter) > 1)
      return span.el.name === 'body' || span.el.name === 'html' ? null : span;
    node = node.parent;
  }
  return null;
}

/** 1–6 for `h1`…`h6`, else 0 (no regular expression: this runs for every element). */
function headingLevel(name: string): number {
  if (name.length !== 2 || name.charCodeAt(0) !== 0x68) return 0;
  const level = name.charCodeAt(1) - 0x30;
  return level >= 1 && level <= 6 ? level : 0;
}

function enter(walk: Walk, el: Element): void {
  const name = el.name;
  const block = BLOCK.has(name);
  if (block) flush(walk);
  const span = enterSpan(walk, el);
  if (span.polarity !== 0)
    walk.hint = { polarity: span.polarity, name: classAndId(el), span, parent: walk.hint };
  const heading = headingLevel(name);
  if (heading > 0) walk.heading = heading;
  if (name === 'a') {
    walk.anchors++;
    const href = attr(el, 'href');
    walk.anchor = href === null ? -1 : walk.hrefs.push(resolveUrl(href.trim(), walk.base)) - 1;
  }
  if (BOLD.has(name)) walk.bold++;
  if (name === 'blockquote') walk.quote++;
  if (name === 'figcaption') walk.caption++;
  if (block && isCentered(el)) walk.centered.push(el);
  if (block) walk.blocks.push(el);
}

function leave(walk: Walk, el: Element, captionStart: number): void {
  const name = el.name;
  if (BLOCK.has(name)) flush(walk);
  const span = walk.spanOf.get(el)!;
  span.exit = walk.counter++;
  if (span.polarity !== 0) walk.hint = walk.hint?.parent ?? null;
  if (headingLevel(name) > 0) walk.heading = 0;
  if (name === 'a') {
    walk.anchors--;
    walk.anchor = -1;
  }
  if (BOLD.has(name)) walk.bold--;
  if (name === 'blockquote') walk.quote--;
  if (name === 'figcaption') {
    walk.caption--;
    attachCaption(walk, captionStart);
  }
  if (walk.centered.at(-1) === el) walk.centered.pop();
  if (walk.blocks.at(-1) === el) walk.blocks.pop();
}
