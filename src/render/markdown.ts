/**
 * Article → Markdown. The document becomes an mdast tree serialized by mdast-util-to-markdown,
 * so escaping is the serializer's job: no character of the article turns into Markdown syntax
 * or raw HTML.
 */
import type { BlockContent, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { linksOf } from '../document/links.js';
import type { Article, Block, FigureBlock, ParagraphBlock, Section } from '../document/types.js';
import { frontMatter } from './frontmatter.js';
import { safeUrl } from '../document/url.js';

export interface MarkdownOptions {
  /** Extra Markdown appended after the story (the entity tables). */
  appendix?: RootContent[];
  /** Keep inline links (http, https and relative URLs only). */
  links?: boolean;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

function paragraph(children: PhrasingContent[]): BlockContent {
  return { type: 'paragraph', children };
}

function figure(block: FigureBlock): BlockContent[] {
  const src = block.src === null ? null : safeUrl(block.src);
  const caption = block.caption ?? (src === null ? block.alt : null);
  const line: PhrasingContent[] = [];
  if (caption) line.push({ type: 'emphasis', children: [text(caption)] });
  if (block.credit) line.push(text(caption ? ` — ${block.credit}` : block.credit));
  if (src === null) return line.length > 0 ? [paragraph(line)] : [];
  const image: PhrasingContent = { type: 'image', url: src, alt: block.alt ?? '' };
  return [paragraph(line.length > 0 ? [image, text('\n'), ...line] : [image])];
}

function table(rows: string[][]): BlockContent[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return [];
  const mdRows: TableRow[] = rows.map((row) => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({
      type: 'tableCell',
      children: [text(row[i] ?? '')],
    })),
  }));
  return [{ type: 'table', align: Array.from({ length: width }, () => null), children: mdRows }];
}

/** Paragraph text with its links as link nodes; unsafe URLs stay plain text. */
function linkedText(block: ParagraphBlock): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let cursor = 0;
  for (const link of linksOf(block)) {
    const url = safeUrl(link.href);
    if (url === null || link.start < cursor) continue;
    if (link.start > cursor) out.push(text(block.text.slice(cursor, link.start)));
    out.push({ type: 'link', url, children: [text(block.text.slice(link.start, link.end))] });
    cursor = link.end;
  }
  if (cursor < block.text.length) out.push(text(block.text.slice(cursor)));
  return out;
}

export function blockToMdast(block: Block, options: MarkdownOptions = {}): BlockContent[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraph(options.links ? linkedText(block) : [text(block.text)])];
    case 'quote':
      return [{ type: 'blockquote', children: [paragraph([text(block.text)])] }];
    case 'figure':
      return figure(block);
    case 'list':
      return [
        {
          type: 'list',
          ordered: block.ordered,
          spread: false,
          children: block.items.map((item) => ({
            type: 'listItem',
            spread: false,
            children: [paragraph([text(item)])],
          })),
        },
      ];
    case 'table':
      return table(block.rows);
  }
}

function sectionToMdast(section: Section, options: MarkdownOptions): RootContent[] {
  const nodes: RootContent[] = [];
  if (section.heading !== null) {
    const depth = Math.min(6, Math.max(2, section.level)) as 2 | 3 | 4 | 5 | 6;
    nodes.push({ type: 'heading', depth, children: [text(section.heading)] });
    if (section.subheading !== null)
      nodes.push(paragraph([{ type: 'emphasis', children: [text(section.subheading)] }]));
  }
  for (const block of section.blocks) nodes.push(...blockToMdast(block, options));
  return nodes;
}

export function articleToMdast(article: Article, options: MarkdownOptions = {}): Root {
  const children: RootContent[] = [];
  if (article.meta.title)
    children.push({ type: 'heading', depth: 1, children: [text(article.meta.title)] });
  for (const section of article.sections) children.push(...sectionToMdast(section, options));
  children.push(...(options.appendix ?? []));
  return { type: 'root', children };
}

export function serializeMdast(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [gfmTableToMarkdown()],
    bullet: '-',
    emphasis: '*',
    fences: true,
  });
}

export function renderMarkdown(article: Article, options: MarkdownOptions = {}): string {
  return `${frontMatter(article.meta)}\n${serializeMdast(articleToMdast(article, options))}`;
}
