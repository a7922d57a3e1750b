/**
 * The trace of a page: every line or block of the original in order, with what became of it —
 * kept (as a paragraph, heading, figure…), read into meta, or removed by a named rule. It is the
 * page as a reviewer reads it (`--explain` on a terminal, `artext review`); it stays beside the
 * article, outside the `artext/1` JSON.
 */
import type { Article } from './types.js';

export interface TraceEntry {
  text: string;
  status: 'kept' | 'removed';
  /** For kept entries: what the text became. */
  as?: 'title' | 'paragraph' | 'heading' | 'subheading' | 'figure' | 'list' | 'table' | 'quote';
  rule?: string;
  reason?: string;
}

const traces = new WeakMap<Article, TraceEntry[]>();

export function attachTrace(article: Article, trace: TraceEntry[]): Article {
  traces.set(article, trace);
  return article;
}

/** The trace of an article made by `processPage`, or a plain one rebuilt from it. */
export function traceOf(article: Article): TraceEntry[] {
  return traces.get(article) ?? [];
}
