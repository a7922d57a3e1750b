import type { Article } from '../../src/index.js';

/** What the metric scores: the body with its section headings, without the headline. */
export function bodyText(article: Article): string {
  const parts: string[] = [];
  for (const s of article.sections) {
    if (s.heading) parts.push(s.heading);
    if (s.subheading) parts.push(s.subheading);
    for (const b of s.blocks) {
      if (b.type === 'paragraph' || b.type === 'quote') parts.push(b.text);
      else if (b.type === 'figure') {
        if (b.caption) parts.push(b.caption);
      } else if (b.type === 'list') parts.push(b.items.join('\n'));
      else parts.push(b.rows.map((r) => r.join(' ')).join('\n'));
    }
  }
  return parts.join('\n\n');
}
