/**
 * HTML page → RawArticle: metadata from the head, the main content chosen by scoring, its
 * segments turned into units, and the units classified by the same body rules as text dumps —
 * so a story saved as HTML and as a text dump comes out with the same sections and paragraphs.
 */
import type { Element } from 'domhandler';
import { defaultZone, detectLang } from '../document/lang.js';
import type { RawArticle, Removal } from '../document/types.js';
import { classifyBody, type Unit } from '../rules/body.js';
import { edgeFragment, isSentenceLike } from '../rules/edges.js';
import { hintedBoilerplate } from '../rules/hints.js';
import { mergeFields, readMetaLine, emptyFields } from '../rules/meta.js';
import { removal, type Rule } from '../rules/rule.js';
import { similarity } from '../rules/figure.js';
import { sameHeadline, splitTitle } from '../rules/title.js';
import { chooseContent, inRanges, type Range } from './content.js';
import { elements, parseHtml, textOf } from './dom.js';
import { chooseTitle, publishedFrom, readHeadMeta, type HeadMeta } from './meta.js';
import { flatten, type Segment, type TextSegment } from './segments.js';

export interface HtmlOptions {
  url: string | null;
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

function similarTitle(a: string, b: string): boolean {
  return sameHeadline(a, b) || (a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a))) || similarity(a, b) >= 0.6;
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
    (s): s is TextSegment => s.kind === 'text' && (s.heading > 0 || s.emphasized) && s.units >= 2 && s.units <= HEADLINE_MAX_UNITS,
  );
  const rank = (s: TextSegment): number => (s.heading === 1 ? 0 : s.heading > 0 ? 1 : 2);
  const ordered = [...candidates].sort((a, b) => rank(a) - rank(b) || a.pos - b.pos);
  if (references.length === 0) return ordered.find((s) => s.heading === 1) ?? null;
  return ordered.find((s) => references.some((r) => similarTitle(s.text, r))) ?? null;
}

function toUnit(segment: Segment): Unit | null {
  switch (segment.kind) {
    case 'text':
      if (segment.heading > 0) return { kind: 'heading', text: segment.text, level: Math.max(2, segment.heading) };
      return segment.quote ? { kind: 'quote', text: segment.text } : { kind: 'line', text: segment.text };
    case 'image':
      return { kind: 'figure', src: segment.src, alt: segment.alt, caption: segment.caption };
    case 'list':
      return { kind: 'list', ordered: segment.ordered, items: segment.items, linkDensity: segment.units === 0 ? 0 : segment.linkUnits / segment.units };
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
function pushRemoval(removed: Removal[], rule: Rule, text: string): void {
  if (!text) return;
  const last = removed.at(-1);
  if (last && last.rule === rule.id && last.text.length < 2000 && text.length < 200) last.text += ` | ${text}`;
  else removed.push(removal(rule, text));
}

function hintReason(segment: Segment): Rule {
  return { id: hintedBoilerplate.id, reason: `${hintedBoilerplate.reason}: "${segment.hintName ?? ''}"` };
}

interface Split {
  units: Unit[];
  removed: Removal[];
}

/** Where the story's sentences start and end among the content segments. */
function sentenceBounds(content: Segment[]): [number, number] {
  const sentence = (s: Segment): boolean => s.kind === 'text' && s.heading === 0 && s.hint >= 0 && isSentenceLike(s.text);
  return [content.findIndex(sentence), content.findLastIndex(sentence)];
}

/** A text line or heading beyond the story's first and last sentences. */
function atEdge(segment: Segment, i: number, [first, last]: [number, number]): boolean {
  if (segment.kind !== 'text' || first < 0) return false;
  if (i > last) return true;
  return i < first && segment.heading === 0;
}

/** Segments in the content become units; the rest are recorded as removed, each with its rule. */
function splitSegments(segments: Segment[], ranges: readonly Range[]): Split {
  const units: Unit[] = [];
  const removed: Removal[] = [];
  const content = segments.filter((s) => inRanges(s.pos, ranges));
  const bounds = sentenceBounds(content);
  let c = 0;
  for (const segment of segments) {
    if (!inRanges(segment.pos, ranges)) {
      pushRemoval(removed, outsideContent, describe(segment));
      continue;
    }
    const i = c++;
    if (segment.hint < 0) {
      pushRemoval(removed, hintReason(segment), describe(segment));
      continue;
    }
    if (segment.kind === 'text' && segment.heading === 0 && segment.linkUnits > 0 && segment.linkUnits >= segment.units * LINK_BLOCK_DENSITY) {
      pushRemoval(removed, linkBlock, segment.text);
      continue;
    }
    if (atEdge(segment, i, bounds)) {
      pushRemoval(removed, edgeFragment, describe(segment));
      continue;
    }
    const unit = toUnit(segment);
    if (unit) units.push(unit);
  }
  return { units, removed };
}

/** Info lines between the headline and the content (`2023-11-30 来源:… 编辑:…`) feed meta. */
function headerFields(segments: Segment[], ranges: readonly Range[], zone: string | null) {
  const fields = emptyFields();
  const start = ranges[0]?.lo ?? 0;
  const above = segments.filter((s) => s.pos < start).slice(-HEADER_WINDOW);
  for (const s of above) {
    if (s.kind !== 'text' || s.heading > 0) continue;
    const found = readMetaLine(s.text, { zone, weakLabels: true });
    if (found) mergeFields(fields, found);
  }
  return fields;
}

function bodyElement(root: ReturnType<typeof parseHtml>['root']): Element | null {
  for (const el of elements(root)) if (el.name === 'body') return el;
  return null;
}

export function readHtmlPage(html: string, options: HtmlOptions): RawArticle {
  const { $, root } = parseHtml(html);
  const head = readHeadMeta($, options.url);
  const body = bodyElement(root);
  const flat = flatten(body ?? root, head.base);
  const headline = findHeadline(flat.segments, head);
  const choice = chooseContent(flat, headline?.pos ?? null);
  const lang = head.lang ?? detectLang(flat.segments.map((s) => (s.kind === 'text' ? s.text : '')).join('\n').slice(0, 20_000) || textOf(root).slice(0, 20_000));
  const zone = defaultZone(lang);
  const { title, site } = chooseTitle(head, headline?.text ?? null, similarTitle);
  const split = splitSegments(flat.segments, choice.ranges);
  const classified = classifyBody(split.units, { zone, title });
  const fields = headerFields(flat.segments, choice.ranges, zone);
  mergeFields(fields, classified.fields);
  const url = head.canonical ?? options.url;
  const published = publishedFrom(head, zone, null) ?? fields.published ?? (url ? publishedFrom({ ...head, published: null }, zone, url) : null);
  const authors = [...head.authors, ...fields.authors.filter((a) => !head.authors.includes(a))];
  return {
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
    warnings: [],
  };
}
