/**
 * The document model: what readers produce, entities annotate and renderers consume.
 * These types are the JSON contract `artext/1` (see DESIGN.md); the JSON Schema in
 * `schema/artext-1.schema.json` is tested against them.
 */

import type { TraceEntry } from './trace.js';

export const SCHEMA_ID = 'artext/1';

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

export interface FigureBlock {
  type: 'figure';
  src: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: string[];
}

export interface TableBlock {
  type: 'table';
  rows: string[][];
}

export interface QuoteBlock {
  type: 'quote';
  text: string;
}

export type Block = ParagraphBlock | FigureBlock | ListBlock | TableBlock | QuoteBlock;

export interface Section {
  heading: string | null;
  subheading: string | null;
  level: number;
  blocks: Block[];
}

export interface Editor {
  role: string;
  name: string;
}

export interface Meta {
  title: string | null;
  published: string | null;
  site: string | null;
  source: string | null;
  authors: string[];
  editors: Editor[];
  lang: string | null;
  url: string | null;
}

export type PageKind = 'html' | 'text';

export interface SourceInfo {
  path: string | null;
  url: string | null;
  kind: PageKind;
  encoding: string;
  bytes: number;
  sha256: string;
}

/** Where an entity sits: `start`/`end` count code points in the block's text (caption for figures). */
export interface Position {
  section: number;
  block: number;
  start: number;
  end: number;
}

export type Approx = 'over' | 'under' | 'about';
export type NumberKind = 'count' | 'amount' | 'percent' | 'ordinal' | 'year' | 'code' | 'decimal';

export interface NumberEntity {
  text: string;
  value: number | null;
  /** Upper end of a range (`3至5年`, `10-20万`: `value` is the lower end); null for a single value. */
  valueTo: number | null;
  approx: Approx | null;
  unit: string | null;
  kind: NumberKind;
  /** ISO 4217 code for amounts of money (`CNY`, `USD`…); null otherwise. */
  currency: string | null;
  at: Position;
}

export type Granularity =
  'year' | 'half' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
export type DatePart = 'year' | 'month' | 'day';

export interface DateEntity {
  text: string;
  value: string;
  granularity: Granularity;
  inferred: DatePart[];
  at: Position;
}

export interface Mention {
  text: string;
  at: Position;
}

export interface OrganizationEntity {
  name: string;
  mentions: Mention[];
}

export interface Entities {
  numbers: NumberEntity[];
  dates: DateEntity[];
  organizations: OrganizationEntity[];
}

export interface Removal {
  text: string;
  rule: string;
  reason: string;
}

export interface Article {
  schema: typeof SCHEMA_ID;
  source: SourceInfo;
  meta: Meta;
  sections: Section[];
  text: string;
  entities: Entities;
  removed: Removal[];
  warnings: string[];
}

/** A heading as a reader finds it, before the document is split into sections. */
export interface HeadingItem {
  type: 'heading';
  text: string;
  subheading: string | null;
  level: number;
}

export type Item = Block | HeadingItem;

/** What a reader (html/ or text/) hands to the document stage. */
export interface RawArticle {
  meta: Partial<Meta>;
  items: Item[];
  removed: Removal[];
  warnings: string[];
  /** The page in order, each line or block with what became of it (see document/trace.ts). */
  trace?: TraceEntry[];
}

export function emptyEntities(): Entities {
  return { numbers: [], dates: [], organizations: [] };
}
