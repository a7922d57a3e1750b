/**
 * What changed between two saves of one story: headline, date and byline changes; paragraphs
 * added, removed or edited (with a diff inside each edited one — by character for Chinese, by
 * word otherwise); numbers and dates that changed, appeared or vanished in the paragraphs, and
 * organizations the story stopped or started naming. Pure: two articles in, one diff out.
 */
import { diffArrays, diffChars, diffWordsWithSpace } from 'diff';
import { blockText } from '../document/build.js';
import type { Article } from '../document/types.js';

export const DIFF_SCHEMA = 'artext-diff/1';

/** A paragraph-like unit of a story: a heading or a block's text. */
export interface Unit {
  kind: 'heading' | 'block';
  /** 0-based section and block (block is null for a heading). */
  section: number;
  block: number | null;
  text: string;
}

export interface Op {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export type ParagraphChange =
  | { change: 'added'; new: Unit }
  | { change: 'removed'; old: Unit }
  | { change: 'edited'; old: Unit; new: Unit; ops: Op[] };

export interface FieldChange {
  field: 'title' | 'published' | 'source' | 'authors' | 'editors';
  old: string | null;
  new: string | null;
}

export interface EntityRef {
  text: string;
  value: string;
}

export interface EntityChange {
  kind: 'number' | 'date' | 'organization';
  change: 'changed' | 'appeared' | 'vanished';
  old: EntityRef | null;
  new: EntityRef | null;
  /** Where in the new story (or the old one, for what vanished); null for organizations. */
  where: { section: number; block: number } | null;
}

export interface StoryDiff {
  schema: typeof DIFF_SCHEMA;
  same: boolean;
  fields: FieldChange[];
  paragraphs: ParagraphChange[];
  entities: EntityChange[];
  summary: { added: number; removed: number; edited: number; unchanged: number };
}

/** Edited rather than removed-and-added when this much of the text is shared. */
const EDIT_SIMILARITY = 0.5;

export function unitsOf(article: Article): Unit[] {
  const units: Unit[] = [];
  article.sections.forEach((section, s) => {
    if (section.heading !== null)
      units.push({ kind: 'heading', section: s, block: null, text: section.heading });
    section.blocks.forEach((block, b) => {
      const text = blockText(block);
      if (text.trim() !== '') units.push({ kind: 'block', section: s, block: b, text });
    });
  });
  return units;
}

const HAN = /\p{Script=Han}/u;

/** The edit inside a paragraph: characters for Chinese, words (with spaces) otherwise. */
export function inlineDiff(before: string, after: string): Op[] {
  const parts =
    HAN.test(before) || HAN.test(after)
      ? diffChars(before, after)
      : diffWordsWithSpace(before, after);
  return parts.map((p) => ({
    op: p.added ? 'insert' : p.removed ? 'delete' : 'equal',
    text: p.value,
  }));
}

/** Shared text over total text, from a character diff (1 when equal, 0 when nothing in common). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length + b.length === 0) return 1;
  const shared = diffChars(a, b)
    .filter((p) => !p.added && !p.removed)
    .reduce((sum, p) => sum + p.value.length, 0);
  return (2 * shared) / (a.length + b.length);
}

interface Pairing {
  pairs: Array<[Unit, Unit]>;
  changes: ParagraphChange[];
}

/** Within one replaced stretch, pairs old and new units that are edits of each other, in order. */
function pairStretch(removed: Unit[], added: Unit[]): Pairing {
  const pairs: Array<[Unit, Unit]> = [];
  const changes: ParagraphChange[] = [];
  let next = 0;
  for (const old of removed) {
    let best = -1;
    let bestScore = EDIT_SIMILARITY;
    for (let j = next; j < added.length; j++) {
      if (added[j]!.kind !== old.kind) continue;
      const score = similarity(old.text, added[j]!.text);
      if (score >= bestScore) {
        best = j;
        bestScore = score;
      }
    }
    if (best === -1) {
      changes.push({ change: 'removed', old });
      continue;
    }
    for (let j = next; j < best; j++) changes.push({ change: 'added', new: added[j]! });
    changes.push({
      change: 'edited',
      old,
      new: added[best]!,
      ops: inlineDiff(old.text, added[best]!.text),
    });
    pairs.push([old, added[best]!]);
    next = best + 1;
  }
  for (let j = next; j < added.length; j++) changes.push({ change: 'added', new: added[j]! });
  return { pairs, changes };
}

/** Aligns the units of two stories: equal ones by identity, the rest paired as edits where they can be. */
function align(
  before: Unit[],
  after: Unit[],
): { pairs: Array<[Unit, Unit]>; changes: ParagraphChange[]; unchanged: number } {
  const hunks = diffArrays(before, after, { comparator: (a, b) => a.text === b.text });
  const pairs: Array<[Unit, Unit]> = [];
  const changes: ParagraphChange[] = [];
  let unchanged = 0;
  let oldAt = 0;
  let newAt = 0;
  let removed: Unit[] = [];
  let added: Unit[] = [];
  const settle = (): void => {
    const stretch = pairStretch(removed, added);
    pairs.push(...stretch.pairs);
    changes.push(...stretch.changes);
    removed = [];
    added = [];
  };
  for (const hunk of hunks) {
    const count = hunk.count;
    if (hunk.removed) {
      removed.push(...before.slice(oldAt, oldAt + count));
      oldAt += count;
    } else if (hunk.added) {
      added.push(...after.slice(newAt, newAt + count));
      newAt += count;
    } else {
      settle();
      for (let i = 0; i < count; i++) pairs.push([before[oldAt + i]!, after[newAt + i]!]);
      unchanged += count;
      oldAt += count;
      newAt += count;
    }
  }
  settle();
  return { pairs, changes, unchanged };
}

const joinNames = (names: string[]): string | null => (names.length ? names.join(', ') : null);

function fieldChanges(a: Article, b: Article): FieldChange[] {
  const fields: Array<[FieldChange['field'], string | null, string | null]> = [
    ['title', a.meta.title, b.meta.title],
    ['published', a.meta.published, b.meta.published],
    ['source', a.meta.source, b.meta.source],
    ['authors', joinNames(a.meta.authors), joinNames(b.meta.authors)],
    [
      'editors',
      joinNames(a.meta.editors.map((e) => `${e.name} (${e.role})`)),
      joinNames(b.meta.editors.map((e) => `${e.name} (${e.role})`)),
    ],
  ];
  return fields.filter(([, x, y]) => x !== y).map(([field, x, y]) => ({ field, old: x, new: y }));
}

interface Located extends EntityRef {
  kind: 'number' | 'date';
  /** Numbers pair with numbers of the same unit and kind when they change. */
  family: string;
  section: number;
  block: number;
}

const blockKey = (section: number, block: number): string => `${section}:${block}`;

function locatedEntities(article: Article): Map<string, Located[]> {
  const byBlock = new Map<string, Located[]>();
  const add = (e: Located): void => {
    const key = blockKey(e.section, e.block);
    byBlock.set(key, [...(byBlock.get(key) ?? []), e]);
  };
  for (const n of article.entities.numbers)
    add({
      kind: 'number',
      text: n.text,
      value:
        n.value === null
          ? n.text
          : n.valueTo === null
            ? String(n.value)
            : `${n.value}–${n.valueTo}`,
      family: `${n.kind}|${n.unit ?? ''}|${n.currency ?? ''}`,
      section: n.at.section,
      block: n.at.block,
    });
  for (const d of article.entities.dates)
    add({
      kind: 'date',
      text: d.text,
      value: d.value,
      family: d.granularity,
      section: d.at.section,
      block: d.at.block,
    });
  return byBlock;
}

/** The entities of `a` not matched (by kind and text) in `b`, in order. */
function unmatched(a: Located[], b: Located[]): Located[] {
  const left = [...b];
  return a.filter((e) => {
    const i = left.findIndex((x) => x.kind === e.kind && x.text === e.text);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

const ref = (e: Located): EntityRef => ({ text: e.text, value: e.value });
const at = (e: Located) => ({ section: e.section, block: e.block });

/** Number and date changes between two versions of one paragraph (either may be absent). */
function paragraphEntities(before: Located[], after: Located[]): EntityChange[] {
  const gone = unmatched(before, after);
  const came = unmatched(after, before);
  const changes: EntityChange[] = [];
  for (const old of gone) {
    const i = came.findIndex((x) => x.kind === old.kind && x.family === old.family);
    if (i === -1) {
      changes.push({
        kind: old.kind,
        change: 'vanished',
        old: ref(old),
        new: null,
        where: at(old),
      });
      continue;
    }
    const [now] = came.splice(i, 1) as [Located];
    changes.push({
      kind: old.kind,
      change: 'changed',
      old: ref(old),
      new: ref(now),
      where: at(now),
    });
  }
  for (const now of came)
    changes.push({ kind: now.kind, change: 'appeared', old: null, new: ref(now), where: at(now) });
  return changes;
}

function organizationChanges(a: Article, b: Article): EntityChange[] {
  const names = (x: Article) => new Set(x.entities.organizations.map((o) => o.name));
  const before = names(a);
  const after = names(b);
  const org = (name: string): EntityRef => ({ text: name, value: name });
  return [
    ...[...before]
      .filter((n) => !after.has(n))
      .map((n): EntityChange => ({
        kind: 'organization',
        change: 'vanished',
        old: org(n),
        new: null,
        where: null,
      })),
    ...[...after]
      .filter((n) => !before.has(n))
      .map((n): EntityChange => ({
        kind: 'organization',
        change: 'appeared',
        old: null,
        new: org(n),
        where: null,
      })),
  ];
}

function entityChanges(
  a: Article,
  b: Article,
  alignment: ReturnType<typeof align>,
): EntityChange[] {
  const before = locatedEntities(a);
  const after = locatedEntities(b);
  const of = (map: Map<string, Located[]>, u: Unit): Located[] =>
    u.block === null ? [] : (map.get(blockKey(u.section, u.block)) ?? []);
  const changes: EntityChange[] = [];
  for (const [x, y] of alignment.pairs)
    changes.push(...paragraphEntities(of(before, x), of(after, y)));
  for (const c of alignment.changes) {
    if (c.change === 'removed') changes.push(...paragraphEntities(of(before, c.old), []));
    if (c.change === 'added') changes.push(...paragraphEntities([], of(after, c.new)));
  }
  const order = (c: EntityChange): number =>
    c.where === null ? Infinity : c.where.section * 1e6 + c.where.block;
  return [...changes.sort((x, y) => order(x) - order(y)), ...organizationChanges(a, b)];
}

export function diffStories(before: Article, after: Article): StoryDiff {
  const alignment = align(unitsOf(before), unitsOf(after));
  const fields = fieldChanges(before, after);
  const entities = entityChanges(before, after, alignment);
  const count = (kind: ParagraphChange['change']): number =>
    alignment.changes.filter((c) => c.change === kind).length;
  return {
    schema: DIFF_SCHEMA,
    same: fields.length === 0 && alignment.changes.length === 0 && entities.length === 0,
    fields,
    paragraphs: alignment.changes,
    entities,
    summary: {
      added: count('added'),
      removed: count('removed'),
      edited: count('edited'),
      unchanged: alignment.unchanged,
    },
  };
}
