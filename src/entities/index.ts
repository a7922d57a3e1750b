/**
 * Entities of a text or an article: numbers, dates and organizations, each with its place.
 * Dates are found first; numbers never take digits a date holds.
 */
import { blockText } from '../document/build.js';
import { codePointLength } from '../document/normalize.js';
import type { Article, DateEntity, Entities, NumberEntity, OrganizationEntity, Position } from '../document/types.js';
import { findDates } from './dates.js';
import { findNumbers } from './numbers.js';
import { canonicalNames, findOrganizations } from './organizations.js';

export interface EntityOptions {
  /** ISO date that relative and partial dates resolve against. */
  baseDate?: string | null;
}

interface TextEntities {
  numbers: Array<Omit<NumberEntity, 'at'> & { start: number; end: number }>;
  dates: Array<Omit<DateEntity, 'at'> & { start: number; end: number }>;
  organizations: Array<{ text: string; start: number; end: number }>;
}

/** Code-point offset of a UTF-16 index (they differ only past astral characters). */
function codePoints(text: string, index: number): number {
  return codePointLength(text.slice(0, index));
}

function inText(text: string, options: EntityOptions): TextEntities {
  const dates = findDates(text, { baseDate: options.baseDate ?? null });
  const taken = (start: number, end: number): boolean => dates.some((d) => start < d.end && end > d.start);
  const numbers = findNumbers(text, { taken });
  const organizations = /\p{Script=Han}/u.test(text) ? findOrganizations(text) : [];
  return {
    numbers: numbers.map(({ start, end, text: t, value, valueTo, approx, unit, kind, currency }) => ({
      text: t, value, valueTo, approx, unit, kind, currency, start, end,
    })),
    dates: dates.map(({ start, end, text: t, value, granularity, inferred }) => ({ text: t, value, granularity, inferred, start, end })),
    organizations,
  };
}

function position(text: string, section: number, block: number, start: number, end: number): Position {
  return { section, block, start: codePoints(text, start), end: codePoints(text, end) };
}

/** Groups mentions under one name per organization; short forms go under the full name. */
function groupOrganizations(mentions: Array<{ text: string; at: Position }>): OrganizationEntity[] {
  const canonical = canonicalNames(mentions.map((m) => m.text));
  const groups = new Map<string, OrganizationEntity>();
  for (const mention of mentions) {
    const name = canonical.get(mention.text) ?? mention.text;
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

function collect(parts: Array<{ text: string; section: number; block: number }>, options: EntityOptions): Entities {
  const numbers: NumberEntity[] = [];
  const dates: DateEntity[] = [];
  const mentions: Array<{ text: string; at: Position }> = [];
  for (const { text, section, block } of parts) {
    if (text.length === 0) continue;
    const found = inText(text, options);
    for (const { start, end, ...rest } of found.numbers) numbers.push({ ...rest, at: position(text, section, block, start, end) });
    for (const { start, end, ...rest } of found.dates) dates.push({ ...rest, at: position(text, section, block, start, end) });
    for (const o of found.organizations) mentions.push({ text: o.text, at: position(text, section, block, o.start, o.end) });
  }
  return { numbers, dates, organizations: groupOrganizations(mentions) };
}

/** Entities of every block of an article, resolved against `baseDate` or the publish date. */
export function articleEntities(article: Article, options: EntityOptions = {}): Entities {
  const parts = article.sections.flatMap((section, s) => section.blocks.map((block, b) => ({ text: blockText(block), section: s, block: b })));
  return collect(parts, { baseDate: options.baseDate ?? article.meta.published });
}
