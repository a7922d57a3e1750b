/**
 * The body classifier both readers share. A reader turns its page into units — lines of text
 * (a text-dump line, an HTML paragraph), and, from HTML, headings, images, lists, tables and
 * quotes it already recognized — and this classifier claims each unit with the first rule that
 * fits. A line no rule claims is a paragraph of the story: nothing is dropped without a rule.
 */
import { attachLinks, type InlineLink } from '../document/links.js';
import type { TraceEntry } from '../document/trace.js';
import type { FigureBlock, Item, Removal } from '../document/types.js';
import { datelineCredits, stripEndByline } from './byline.js';
import {
  fororderAlt,
  isCaptionFor,
  isStandaloneCaption,
  splitCredit,
  stripFororder,
} from './figure.js';
import { isHeadingShaped, isNumberedHeading, isParagraphShaped } from './heading.js';
import {
  bylineLine,
  emptyFields,
  mergeFields,
  metaLine,
  readMetaLine,
  type MetaFields,
} from './meta.js';
import { NAVIGATION_RULES } from './navigation.js';
import { continuesNotice, copyrightNotice, FOOTER_RULES, isNoticeStart } from './notice.js';
import { isHeadlineItem, isRelatedHeading, relatedLinks } from './related.js';
import { firstMatch, removal, type LineRule, type Rule } from './rule.js';
import { headlineRepeat, sameHeadline } from './title.js';

export type Unit =
  | { kind: 'line'; text: string; links?: InlineLink[] }
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'figure'; src: string | null; alt: string | null; caption: string | null }
  | { kind: 'list'; ordered: boolean; items: string[]; linkDensity: number }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'quote'; text: string };

export interface BodyContext {
  /** Zone for meta-line times without one (`+08:00` for Chinese pages). */
  zone: string | null;
  /** The headline, when known: a unit repeating it is not part of the body. */
  title: string | null;
}

export interface Body {
  items: Item[];
  removed: Removal[];
  fields: MetaFields;
  /** Each decision in order, with the index of the unit it was about. */
  /** Null unless the caller asked for the page trace (`--explain`, `review`). */
  trace: Array<TraceEntry & { unit: number }> | null;
}

/** Wire datelines with credits (`新华社长沙3月18日电(记者 周勉)`) open the story. */
const DATELINE_PARAGRAPHS = 2;
/** A list this link-heavy is a list of links to other pages. */
const LINK_LIST_DENSITY = 0.5;

export const CLUTTER_RULES: readonly LineRule[] = [...NAVIGATION_RULES, ...FOOTER_RULES];

export const linkList: Rule = {
  id: 'link-list',
  reason: 'a list whose items are mostly links to other pages',
};

interface State extends Body {
  units: Unit[];
  context: BodyContext;
  /** The unit being classified. */
  unit: number;
}

const textOf = (unit: Unit | undefined): string | null =>
  unit && (unit.kind === 'line' || unit.kind === 'heading') ? unit.text : null;

function remove(state: State, rule: Rule, text: string): void {
  state.removed.push(removal(rule, text));
  state.trace?.push({
    text,
    status: 'removed',
    rule: rule.id,
    reason: rule.reason,
    unit: state.unit,
  });
}

/** Keeps an item and notes it in the trace. */
function keep(state: State, item: Item): void {
  state.items.push(item);
  const unit = state.unit;
  switch (item.type) {
    case 'heading':
      state.trace?.push({ text: item.text, status: 'kept', as: 'heading', unit });
      if (item.subheading !== null)
        state.trace?.push({
          text: item.subheading,
          status: 'kept',
          as: 'subheading',
          unit: unit + 1,
        });
      return;
    case 'figure':
      state.trace?.push({
        text: [item.caption ?? item.alt ?? item.src ?? '', item.credit ?? '']
          .filter(Boolean)
          .join(' — '),
        status: 'kept',
        as: 'figure',
        unit,
      });
      return;
    case 'list':
      state.trace?.push({ text: item.items.join('\n'), status: 'kept', as: 'list', unit });
      return;
    case 'table':
      state.trace?.push({
        text: item.rows.map((r) => r.join(' | ')).join('\n'),
        status: 'kept',
        as: 'table',
        unit,
      });
      return;
    default:
      state.trace?.push({ text: item.text, status: 'kept', as: item.type, unit });
  }
}

/** True until the first paragraph, figure or other block of the story has been kept. */
function beforeStory(state: State): boolean {
  return !state.items.some((item) => item.type !== 'heading');
}

export function classifyBody(units: Unit[], context: BodyContext, trace = false): Body {
  const state: State = {
    units,
    context,
    items: [],
    removed: [],
    fields: emptyFields(),
    trace: trace ? [] : null,
    unit: 0,
  };
  let i = 0;
  while (i < units.length) {
    state.unit = i;
    i = classifyUnit(state, i);
  }
  return { items: state.items, removed: state.removed, fields: state.fields, trace: state.trace };
}

/** Classifies the unit at `i`; returns the index of the next unit to read. */
function classifyUnit(state: State, i: number): number {
  const unit = state.units[i]!;
  switch (unit.kind) {
    case 'line':
      return classifyLine(state, i, unit.text, unit.links);
    case 'heading':
      return classifyHeading(state, i, unit.text, unit.level);
    case 'figure':
      return readFigure(
        state,
        i,
        unit.src,
        unit.alt === null ? null : stripFororder(unit.alt),
        unit.caption,
      );
    case 'list':
      if (unit.linkDensity >= LINK_LIST_DENSITY) remove(state, linkList, unit.items.join(' | '));
      else keep(state, { type: 'list', ordered: unit.ordered, items: unit.items });
      return i + 1;
    case 'table':
      keep(state, { type: 'table', rows: unit.rows });
      return i + 1;
    case 'quote':
      keep(state, { type: 'quote', text: unit.text });
      return i + 1;
  }
}

/** Rules every text unit answers to first: notices, related lists, clutter, the repeated headline. */
function claimedAsBoilerplate(state: State, i: number, text: string): number | null {
  if (isNoticeStart(text)) return removeRun(state, i, copyrightNotice, continuesNotice);
  if (isRelatedHeading(text))
    return removeRun(state, i, relatedLinks, (l) => isHeadlineItem(l) && !isNoticeStart(l));
  const clutter = firstMatch(CLUTTER_RULES, text);
  if (clutter) {
    remove(state, clutter, text);
    return i + 1;
  }
  if (
    beforeStory(state) &&
    state.context.title !== null &&
    sameHeadline(text, state.context.title)
  ) {
    remove(state, headlineRepeat, text);
    return i + 1;
  }
  return null;
}

function classifyLine(state: State, i: number, line: string, links?: InlineLink[]): number {
  const claimed = claimedAsBoilerplate(state, i, line);
  if (claimed !== null) return claimed;
  const alt = fororderAlt(line);
  if (alt !== null) return readFigure(state, i, null, alt, null);
  // Before credits: `新华社记者 薛宇舸 摄` credits a photo, not the story.
  if (isStandaloneCaption(line)) {
    keep(state, figureOf(null, null, line));
    return i + 1;
  }
  if (readCredits(state, line)) return i + 1;
  if (isHeadingShaped(line)) {
    const heading = readHeading(state.units, i, line, 2);
    if (heading) {
      keep(state, heading.item);
      return heading.next;
    }
  }
  readParagraph(state, line, links);
  return i + 1;
}

function classifyHeading(state: State, i: number, text: string, level: number): number {
  const claimed = claimedAsBoilerplate(state, i, text);
  if (claimed !== null) return claimed;
  const heading = readHeading(state.units, i, text, level) ?? {
    item: { type: 'heading', text, subheading: null, level } as Item,
    next: i + 1,
  };
  keep(state, heading.item);
  return heading.next;
}

/**
 * A line of credits (`责任编辑:王五`, `记者 张三`) anywhere; before the story also a bare
 * date-and-source meta line such as an HTML page's info line under its headline.
 */
function readCredits(state: State, line: string): boolean {
  const fields = readMetaLine(line, { zone: state.context.zone, weakLabels: true });
  if (!fields) return false;
  const credits = fields.authors.length > 0 || fields.editors.length > 0 || fields.source !== null;
  const leading = beforeStory(state);
  if (!credits && !leading) return false;
  mergeFields(state.fields, leading ? fields : { ...fields, published: null });
  remove(state, leading && fields.published !== null ? metaLine : bylineLine, line);
  return true;
}

/** Removes the unit at `start` and the text units after it that `continues` accepts. */
function removeRun(
  state: State,
  start: number,
  rule: Rule,
  continues: (line: string) => boolean,
): number {
  const { units } = state;
  remove(state, rule, describe(units[start]!));
  let i = start + 1;
  for (;;) {
    const unit = units[i];
    const text = textOf(unit);
    const linkList = unit?.kind === 'list' && rule === relatedLinks;
    if (!unit || (!linkList && (text === null || !continues(text)))) break;
    state.unit = i;
    remove(state, rule, describe(unit));
    i++;
  }
  return i;
}

function describe(unit: Unit): string {
  switch (unit.kind) {
    case 'line':
    case 'heading':
    case 'quote':
      return unit.text;
    case 'list':
      return unit.items.join(' | ');
    case 'table':
      return unit.rows.map((row) => row.join(' | ')).join('\n');
    case 'figure':
      return unit.caption ?? unit.alt ?? unit.src ?? '';
  }
}

function figureOf(src: string | null, alt: string | null, captionLine: string | null): FigureBlock {
  const { caption, credit } =
    captionLine === null ? { caption: null, credit: null } : splitCredit(captionLine);
  return { type: 'figure', src, alt, caption, credit };
}

/** An image, with its caption: given (`<figcaption>`) or the caption line right after it. */
function readFigure(
  state: State,
  i: number,
  src: string | null,
  alt: string | null,
  caption: string | null,
): number {
  if (caption !== null) {
    keep(state, figureOf(src, alt || null, caption));
    return i + 1;
  }
  const next = textOf(state.units[i + 1]);
  const hasCaption =
    next !== null && state.units[i + 1]!.kind === 'line' && isCaptionFor(next, alt);
  keep(state, figureOf(src, alt || null, hasCaption ? next : null));
  return hasCaption ? i + 2 : i + 1;
}

/** A heading stands before content; a second heading-shaped line right under it is its subheading. */
function readHeading(
  units: Unit[],
  i: number,
  text: string,
  level: number,
): { item: Item; next: number } | null {
  const after = units[i + 1];
  if (after === undefined) return null;
  const alone = { item: { type: 'heading', text, subheading: null, level } as Item, next: i + 1 };
  const afterText = textOf(after);
  // A numbered heading right below stands on its own; this one heads an (empty) section.
  if (startsContent(after) || (afterText !== null && isNumberedHeading(afterText))) return alone;
  if (
    after.kind === 'line' &&
    isHeadingShaped(after.text) &&
    units[i + 2] !== undefined &&
    startsContent(units[i + 2]!)
  ) {
    return { item: { type: 'heading', text, subheading: after.text, level }, next: i + 2 };
  }
  return units[i]!.kind === 'heading' ? alone : null;
}

/** What may follow a heading: a paragraph, a figure, a list, a table or a quote. */
function startsContent(unit: Unit): boolean {
  if (unit.kind !== 'line') return unit.kind !== 'heading';
  return (
    isParagraphShaped(unit.text) ||
    fororderAlt(unit.text) !== null ||
    isStandaloneCaption(unit.text)
  );
}

/** A story paragraph; a credit or end mark at its end moves into meta. */
function readParagraph(state: State, line: string, links?: InlineLink[]): void {
  if (state.items.length < DATELINE_PARAGRAPHS) {
    const credits = datelineCredits(line);
    if (credits) mergeFields(state.fields, credits);
  }
  const stripped = stripEndByline(line);
  if (!stripped) {
    keep(state, attachLinks({ type: 'paragraph', text: line }, links));
    return;
  }
  mergeFields(state.fields, stripped.fields);
  remove(state, stripped.rule, stripped.removed);
  const rest = stripped.text;
  if (rest.length === 0) return;
  // `【纠错】 【责任编辑:王莉】`: what remains of the line may be clutter too.
  const clutter = firstMatch(CLUTTER_RULES, rest);
  if (clutter) remove(state, clutter, rest);
  else keep(state, attachLinks({ type: 'paragraph', text: rest }, links));
}
