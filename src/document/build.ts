/** RawArticle → Article: sections split at headings, the plain text, metadata with every field present. */
import { detectLang } from './lang.js';
import { attachTrace } from './trace.js';
import {
  emptyEntities,
  SCHEMA_ID,
  type Article,
  type Block,
  type Meta,
  type RawArticle,
  type Section,
  type SourceInfo,
} from './types.js';

/** The text a block contributes to `text` and that entity offsets count in (caption for figures). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return block.text;
    case 'figure':
      return block.caption ?? '';
    case 'list':
      return block.items.join('\n');
    case 'table':
      return block.rows.map((row) => row.join('\t')).join('\n');
  }
}

/** Splits the reader's items into sections; an untitled lead section holds what precedes the first heading. */
export function splitSections(raw: RawArticle): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, subheading: null, level: 1, blocks: [] };
  for (const item of raw.items) {
    if (item.type === 'heading') {
      if (current.heading !== null || current.blocks.length > 0) sections.push(current);
      current = { heading: item.text, subheading: item.subheading, level: item.level, blocks: [] };
    } else {
      current.blocks.push(item);
    }
  }
  if (current.heading !== null || current.blocks.length > 0) sections.push(current);
  return sections;
}

export function plainText(sections: Section[]): string {
  return sections
    .flatMap((section) => section.blocks.map(blockText))
    .filter((text) => text.length > 0)
    .join('\n\n');
}

function completeMeta(raw: RawArticle, text: string, url: string | null): Meta {
  const m = raw.meta;
  return {
    title: m.title ?? null,
    published: m.published ?? null,
    site: m.site ?? null,
    source: m.source ?? null,
    authors: m.authors ?? [],
    editors: m.editors ?? [],
    lang: m.lang ?? detectLang(text),
    url: m.url ?? url,
  };
}

export function buildArticle(raw: RawArticle, source: SourceInfo): Article {
  const sections = splitSections(raw);
  const text = plainText(sections);
  const warnings = [...raw.warnings];
  if (text.length === 0) warnings.push('no article body found');
  const article: Article = {
    schema: SCHEMA_ID,
    source,
    meta: completeMeta(raw, text, source.url),
    sections,
    text,
    entities: emptyEntities(),
    removed: raw.removed,
    warnings,
  };
  return attachTrace(article, raw.trace ?? []);
}
