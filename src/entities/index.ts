/**
 * Entities of a text or an article: numbers, dates and organizations, each with its place.
 * Dates are found first; numbers never take digits a date holds.
 */
import { blockText } from '../document/build.js';
import type {
  Article,
  DateEntity,
  Entities,
  NumberEntity,
  OrganizationEntity,
  Position,
} from '../document/types.js';
import { findDates, type FoundDate } from './dates.js';
import { findNumbers, type FoundNumber } from './numbers.js';
import {
  type Aliases,
  canonicalNames,
  type EarlierHeads,
  findOrganizations,
  type FoundOrg,
  withAliasesOf,
  withHeadsOf,
} from './organizations.js';
import { simplified, traditional } from './traditional.js';

export interface EntityOptions {
  /** ISO date that relative and partial dates resolve against. */
  baseDate?: string | null;
  /** Annotate blocks in order while their text fits in this many characters; default: all. */
  maxChars?: number;
}

/** What the article said before a text: the heads and short forms its bodies were named by. */
interface Earlier {
  heads: EarlierHeads;
  aliases: Aliases;
}

/** A text's entities, and what the article has said up to its end (`earlier` for the next one). */
interface TextEntities extends Earlier {
  numbers: FoundNumber[];
  dates: FoundDate[];
  organizations: FoundOrg[];
}

/** UTF-16 index → code-point offset; the identity unless the text holds astral characters. */
function codePointMap(text: string): (index: number) => number {
  let astral = false;
  for (let i = 0; i < text.length && !astral; i++)
    astral = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
  if (!astral) return (index) => index;
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    prefix[i + 1] = prefix[i]! + (c >= 0xdc00 && c <= 0xdfff ? 0 : 1);
  }
  return (index) => prefix[index]!;
}

/** Whether [start, end) overlaps one of the sorted, disjoint spans (binary search). */
function overlaps(
  spans: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < end;
}

/** Entities of one text; `earlier`: how the article named its bodies before it. */
function inText(text: string, options: EntityOptions, earlier: Earlier): TextEntities {
  const dates = findDates(text, { baseDate: options.baseDate ?? null });
  const taken = (start: number, end: number): boolean => overlaps(dates, start, end);
  const numbers = findNumbers(text, { taken });
  // Traditional text is segmented in simplified characters (jieba's dictionary is simplified);
  // the offsets are the same, the words reported are the original's.
  if (!/\p{Script=Han}/u.test(text)) return { numbers, dates, organizations: [], ...earlier };
  const simple = simplified(text);
  const found = findOrganizations(simple, earlier.heads, earlier.aliases);
  const organizations = found.map((o) => ({ ...o, text: text.slice(o.start, o.end) }));
  return {
    numbers,
    dates,
    organizations,
    heads: withHeadsOf(earlier.heads, found),
    aliases: withAliasesOf(earlier.aliases, simple, found),
  };
}

/** The contract's entity, its keys in the contract's order (the JSON is compared byte for byte). */
function numberEntity(
  { text, value, valueTo, approx, unit, kind, currency }: FoundNumber,
  at: Position,
): NumberEntity {
  return { text, value, valueTo, approx, unit, kind, currency, at };
}

function dateEntity({ text, value, granularity, inferred }: FoundDate, at: Position): DateEntity {
  return { text, value, granularity, inferred, at };
}

function position(
  map: (index: number) => number,
  section: number,
  block: number,
  start: number,
  end: number,
): Position {
  return { section, block, start: map(start), end: map(end) };
}

/** The name in the mention's own script: a traditional mention's full name in traditional characters. */
function inScriptOf(mention: string, simple: string, resolved: string): string {
  if (resolved === simple) return mention;
  return simple === mention ? resolved : traditional(resolved);
}

/** Groups mentions under one name per organization; short forms go under the full name. */
function groupOrganizations(
  mentions: Array<{ text: string; at: Position }>,
  aliases: Aliases,
): OrganizationEntity[] {
  // Names resolve in simplified characters; a traditional mention's name is written back in them.
  const simple = mentions.map((m) => simplified(m.text));
  const canonical = canonicalNames(simple, aliases);
  const groups = new Map<string, OrganizationEntity>();
  for (const [k, mention] of mentions.entries()) {
    const name = inScriptOf(mention.text, simple[k]!, canonical.get(simple[k]!) ?? simple[k]!);
    const group = groups.get(name) ?? { name, mentions: [] };
    group.mentions.push(mention);
    groups.set(name, group);
  }
  return [...groups.values()];
}

/** Entities of a plain text (`at.section` and `at.block` are 0). */
export function extractEntities(text: string, options: EntityOptions = {}): Entities {
  return collect([{ text, section: 0, block: 0 }], options);
}

function collect(
  parts: Array<{ text: string; section: number; block: number }>,
  options: EntityOptions,
): Entities {
  const numbers: NumberEntity[] = [];
  const dates: DateEntity[] = [];
  const mentions: Array<{ text: string; at: Position }> = [];
  let earlier: Earlier = { heads: new Map(), aliases: new Map() };
  for (const { text, section, block } of parts) {
    if (text.length === 0) continue;
    const found = inText(text, options, earlier);
    earlier = { heads: found.heads, aliases: found.aliases };
    const map = codePointMap(text);
    for (const n of found.numbers)
      numbers.push(numberEntity(n, position(map, section, block, n.start, n.end)));
    for (const d of found.dates)
      dates.push(dateEntity(d, position(map, section, block, d.start, d.end)));
    for (const o of found.organizations)
      mentions.push({ text: o.text, at: position(map, section, block, o.start, o.end) });
  }
  return { numbers, dates, organizations: groupOrganizations(mentions, earlier.aliases) };
}

function blockParts(article: Article): Array<{ text: string; section: number; block: number }> {
  return article.sections.flatMap((section, s) =>
    section.blocks.map((block, b) => ({ text: blockText(block), section: s, block: b })),
  );
}

/**
 * The blocks entities are read from: in order, each that still fits in what is left of
 * `maxChars` — one giant block (a data dump) is passed over, the story around it is not.
 */
function fitting<T extends { text: string }>(parts: readonly T[], maxChars: number): T[] {
  let left = maxChars;
  return parts.filter((part) => {
    if (part.text.length > left) return false;
    left -= part.text.length;
    return true;
  });
}

/**
 * Entities of the blocks of an article, resolved against `baseDate` or the publish date, with
 * how many blocks were read (fewer than `total` when some did not fit in `maxChars`).
 */
export function annotateArticle(
  article: Article,
  options: EntityOptions = {},
): { entities: Entities; annotated: number; total: number } {
  const parts = blockParts(article);
  const read = fitting(parts, options.maxChars ?? Infinity);
  const entities = collect(read, { baseDate: options.baseDate ?? article.meta.published });
  return { entities, annotated: read.length, total: parts.length };
}
