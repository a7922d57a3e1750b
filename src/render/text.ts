/** Article → plain text: the headline, then each section's heading and blocks, blank lines between. */
import { blockText } from '../document/build.js';
import type { Article, Block } from '../document/types.js';

function blockLines(block: Block): string {
  if (block.type === 'figure') {
    const caption = block.caption ?? block.alt ?? '';
    return block.credit ? `${caption}${caption ? ' — ' : ''}${block.credit}` : caption;
  }
  if (block.type === 'list')
    return block.items
      .map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`))
      .join('\n');
  return blockText(block);
}

export function renderText(article: Article): string {
  const parts: string[] = [];
  if (article.meta.title) parts.push(article.meta.title);
  for (const section of article.sections) {
    if (section.heading !== null)
      parts.push([section.heading, section.subheading].filter((s) => s !== null).join('\n'));
    for (const block of section.blocks) parts.push(blockLines(block));
  }
  return `${parts.filter((p) => p.length > 0).join('\n\n')}\n`;
}
