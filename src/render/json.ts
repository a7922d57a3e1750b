/** Article → the `artext/1` JSON document; key order is the contract's, so output is byte-stable. */
import type { Article } from '../document/types.js';

export function renderJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/** One line per article, for JSON Lines streams. */
export function renderJsonLine(article: Article): string {
  return `${JSON.stringify(article)}\n`;
}
