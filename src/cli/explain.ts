/** `--explain`: what was removed from a page, each with its rule id and reason, on stderr. */
import type { Article } from '../document/types.js';
import type { Terminal } from './terminal.js';

const PREVIEW = 80;

function preview(text: string): string {
  const chars = [...text];
  return chars.length > PREVIEW ? `${chars.slice(0, PREVIEW).join('')}…` : text;
}

export function explain(term: Terminal, name: string, article: Article): void {
  const { color } = term;
  term.err.write(color.bold(`${name}: ${article.removed.length} removed\n`));
  for (const item of article.removed) {
    term.err.write(
      `  ${color.dim(preview(item.text))}\n    ${color.cyan(`[${item.rule}]`)} ${item.reason}\n`,
    );
  }
}
