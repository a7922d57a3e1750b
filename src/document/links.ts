/**
 * Inline links of paragraphs, kept beside the document rather than in it: the `artext/1` JSON
 * has no place for them, and only Markdown with `--links` shows them.
 */
import type { ParagraphBlock } from './types.js';

export interface InlineLink {
  /** UTF-16 offsets of the link text in the paragraph text. */
  start: number;
  end: number;
  href: string;
}

const table = new WeakMap<ParagraphBlock, InlineLink[]>();

/** Attaches the links that still fit the paragraph's text (a stripped byline may have cut it). */
export function attachLinks(
  block: ParagraphBlock,
  links: readonly InlineLink[] | undefined,
): ParagraphBlock {
  const fitting = (links ?? []).filter((l) => l.end <= block.text.length && l.start < l.end);
  if (fitting.length > 0) table.set(block, fitting);
  return block;
}

export function linksOf(block: ParagraphBlock): readonly InlineLink[] {
  return table.get(block) ?? [];
}

/** Finds each link's text in the cleaned paragraph, in order, and records where it sits. */
export function locateLinks(
  text: string,
  anchors: ReadonlyArray<{ text: string; href: string }>,
): InlineLink[] {
  const links: InlineLink[] = [];
  let from = 0;
  for (const anchor of anchors) {
    if (anchor.text.length === 0) continue;
    const start = text.indexOf(anchor.text, from);
    if (start < 0) continue;
    links.push({ start, end: start + anchor.text.length, href: anchor.href });
    from = start + anchor.text.length;
  }
  return links;
}
