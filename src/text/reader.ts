/**
 * Plain-text dump of a scraped page → RawArticle. Each non-blank line is classified by the
 * named rules of `src/rules/`; a line the rules do not claim is a paragraph of the story, so
 * nothing is dropped without a rule and a reason.
 */
import { detectLang, defaultZone } from '../document/lang.js';
import { cleanInline, normalizeText } from '../document/normalize.js';
import type { FigureBlock, Item, RawArticle, Removal } from '../document/types.js';
import { datelineCredits, stripEndByline } from '../rules/byline.js';
import { fororderAlt, isCaptionFor, isStandaloneCaption, splitCredit } from '../rules/figure.js';
import { pageHeader } from '../rules/header.js';
import { isHeadingShaped, isNumberedHeading, isParagraphShaped } from '../rules/heading.js';
import {
  bylineLine,
  emptyFields,
  mergeFields,
  metaLine,
  readMetaLine,
  type MetaFields,
} from '../rules/meta.js';
import { NAVIGATION_RULES } from '../rules/navigation.js';
import { continuesNotice, copyrightNotice, FOOTER_RULES, isNoticeStart } from '../rules/notice.js';
import { isHeadlineItem, isRelatedHeading, relatedLinks } from '../rules/related.js';
import { firstMatch, removal, type Rule } from '../rules/rule.js';
import { textUnits } from '../rules/shape.js';
import { splitTitle, titleSuffix } from '../rules/title.js';

/** The meta line is looked for among the first lines only: it sits under the headline. */
const META_SCAN_LINES = 12;
const TITLE_MAX_UNITS = 80;
/** Wire datelines with credits (`新华社长沙3月18日电(记者 周勉)`) open the story. */
const DATELINE_PARAGRAPHS = 2;
const CLUTTER_RULES = [...NAVIGATION_RULES, ...FOOTER_RULES];

interface State {
  lines: string[];
  zone: string | null;
  items: Item[];
  removed: Removal[];
  fields: MetaFields;
}

export function splitLines(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .map(cleanInline)
    .filter((line) => line.length > 0);
}

export function readTextPage(text: string): RawArticle {
  const lines = splitLines(text);
  const lang = detectLang(lines.join('\n'));
  const state: State = {
    lines,
    zone: defaultZone(lang),
    items: [],
    removed: [],
    fields: emptyFields(),
  };
  const header = readHeader(state);
  readBody(state, header.bodyStart);
  return {
    meta: { ...state.fields, title: header.title, site: header.site, lang },
    items: state.items,
    removed: state.removed,
    warnings: [],
  };
}

interface Header {
  title: string | null;
  site: string | null;
  bodyStart: number;
}

function remove(state: State, rule: Rule, text: string): void {
  state.removed.push(removal(rule, text));
}

/** Everything above the story: clutter, the headline, the meta line(s). */
function readHeader(state: State): Header {
  const { lines } = state;
  const scan = Math.min(lines.length, META_SCAN_LINES);
  let metaAt = -1;
  for (let i = 0; i < scan && metaAt < 0; i++) {
    if (readMetaLine(lines[i]!, { zone: state.zone, weakLabels: true })) metaAt = i;
  }
  if (metaAt < 0) return headerWithoutMeta(state);

  const titleAt = pickTitle(lines.slice(0, metaAt));
  for (let i = 0; i < metaAt; i++) {
    if (i !== titleAt) remove(state, firstMatch(CLUTTER_RULES, lines[i]!) ?? pageHeader, lines[i]!);
  }
  let next = metaAt;
  for (;;) {
    const line = lines[next];
    const fields =
      line === undefined ? null : readMetaLine(line, { zone: state.zone, weakLabels: true });
    if (!line || !fields) break;
    mergeFields(state.fields, fields);
    remove(state, metaLine, line);
    next++;
  }
  return { ...titleParts(state, titleAt < 0 ? null : lines[titleAt]!), bodyStart: next };
}

/** Without a meta line: leading clutter goes, and a short unpunctuated first line is the headline. */
function headerWithoutMeta(state: State): Header {
  const { lines } = state;
  let i = 0;
  for (; i < lines.length; i++) {
    const rule = firstMatch(NAVIGATION_RULES, lines[i]!);
    if (!rule) break;
    remove(state, rule, lines[i]!);
  }
  const first = lines[i];
  if (first === undefined || !isHeadingShaped(first) || !hasBodyAfter(lines, i + 1)) {
    return { title: null, site: null, bodyStart: i };
  }
  return { ...titleParts(state, first), bodyStart: i + 1 };
}

function hasBodyAfter(lines: string[], from: number): boolean {
  return lines.slice(from, from + 6).some(isParagraphShaped);
}

/** The headline is the last line above the meta line that is not clutter or a dash-led subtitle. */
function pickTitle(header: string[]): number {
  for (let i = header.length - 1; i >= 0; i--) {
    const line = header[i]!;
    if (firstMatch(CLUTTER_RULES, line) || /^[—–-]{1,2}/u.test(line)) continue;
    if (textUnits(line) <= TITLE_MAX_UNITS) return i;
  }
  return -1;
}

function titleParts(
  state: State,
  line: string | null,
): { title: string | null; site: string | null } {
  if (line === null) return { title: null, site: null };
  const { title, site } = splitTitle(line);
  if (site) remove(state, titleSuffix, site);
  return { title, site };
}

/** The story: each line is claimed by the first rule that fits, else it is a paragraph. */
function readBody(state: State, start: number): void {
  const { lines } = state;
  let i = start;
  while (i < lines.length) {
    i = readBodyLine(state, i, lines[i]!);
  }
}

/** Classifies the line at `i`; returns the index of the next unread line. */
function readBodyLine(state: State, i: number, line: string): number {
  const { lines } = state;
  if (isNoticeStart(line)) return removeRun(state, i, copyrightNotice, continuesNotice);
  if (isRelatedHeading(line))
    return removeRun(state, i, relatedLinks, (l) => isHeadlineItem(l) && !isNoticeStart(l));
  const clutter = firstMatch(CLUTTER_RULES, line);
  if (clutter) {
    remove(state, clutter, line);
    return i + 1;
  }
  const alt = fororderAlt(line);
  if (alt !== null) return readFigure(state, i, alt);
  // Before credits: `新华社记者 薛宇舸 摄` credits a photo, not the story.
  if (isStandaloneCaption(line)) {
    state.items.push(figureOf(null, line));
    return i + 1;
  }
  if (readCredits(state, line)) return i + 1;
  if (isHeadingShaped(line)) {
    const heading = readHeading(lines, i);
    if (heading) {
      state.items.push(heading.item);
      return heading.next;
    }
  }
  readParagraph(state, line);
  return i + 1;
}

/** A line of credits in the body (`责任编辑:王五`, `记者 张三`): only when it carries a label. */
function readCredits(state: State, line: string): boolean {
  const fields = readMetaLine(line, { zone: state.zone, weakLabels: true });
  if (!fields || (fields.authors.length === 0 && fields.editors.length === 0 && !fields.source))
    return false;
  mergeFields(state.fields, { ...fields, published: null });
  remove(state, bylineLine, line);
  return true;
}

/** Removes the line at `start` and the lines after it that `continues` accepts. */
function removeRun(
  state: State,
  start: number,
  rule: Rule,
  continues: (line: string) => boolean,
): number {
  const { lines } = state;
  remove(state, rule, lines[start]!);
  let i = start + 1;
  while (i < lines.length && continues(lines[i]!)) {
    remove(state, rule, lines[i]!);
    i++;
  }
  return i;
}

function figureOf(alt: string | null, captionLine: string | null): FigureBlock {
  const { caption, credit } =
    captionLine === null ? { caption: null, credit: null } : splitCredit(captionLine);
  return { type: 'figure', src: null, alt, caption, credit };
}

/** A `_fororder_` image, with the caption line after it when there is one. */
function readFigure(state: State, i: number, alt: string): number {
  const next = state.lines[i + 1];
  const hasCaption = next !== undefined && isCaptionFor(next, alt);
  state.items.push(figureOf(alt || null, hasCaption ? next : null));
  return hasCaption ? i + 2 : i + 1;
}

/** A heading stands between paragraphs; a second heading-shaped line right under it is its subheading. */
function readHeading(lines: string[], i: number): { item: Item; next: number } | null {
  const text = lines[i]!;
  const after = lines[i + 1];
  if (after === undefined) return null;
  const alone = {
    item: { type: 'heading', text, subheading: null, level: 2 } as Item,
    next: i + 1,
  };
  // A numbered heading right below stands on its own; this one heads an (empty) section.
  if (startsContent(after) || isNumberedHeading(after)) return alone;
  const third = lines[i + 2];
  if (isHeadingShaped(after) && third !== undefined && startsContent(third)) {
    return { item: { type: 'heading', text, subheading: after, level: 2 }, next: i + 2 };
  }
  return null;
}

/** What may follow a heading: a paragraph or a figure. */
function startsContent(line: string): boolean {
  return isParagraphShaped(line) || fororderAlt(line) !== null || isStandaloneCaption(line);
}

/** A story paragraph; a credit or end mark at its end moves into meta. */
function readParagraph(state: State, line: string): void {
  if (state.items.length < DATELINE_PARAGRAPHS) {
    const credits = datelineCredits(line);
    if (credits) mergeFields(state.fields, credits);
  }
  const stripped = stripEndByline(line);
  if (!stripped) {
    state.items.push({ type: 'paragraph', text: line });
    return;
  }
  mergeFields(state.fields, stripped.fields);
  remove(state, stripped.rule, stripped.removed);
  const rest = stripped.text;
  if (rest.length === 0) return;
  // `【纠错】 【责任编辑:王莉】`: what remains of the line may be clutter too.
  const clutter = firstMatch(CLUTTER_RULES, rest);
  if (clutter) remove(state, clutter, rest);
  else state.items.push({ type: 'paragraph', text: rest });
}
