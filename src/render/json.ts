/** Article → the `artext/1` JSON document; key order is the contract's, so output is byte-stable. */
import type { Article } from '../document/types.js';

export function renderJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/** One line per article, for JSON Lines streams. */
export function renderJsonLine(article: Article): string {
  return `${JSON.stringify(article)}\n`;
}

/** A batch record: `{"id","article"}` (failures are `{"id","error"}`). */
export function renderRecordLine(id: string, article: Article): string {
  return `${JSON.stringify({ id, article })}\n`;
}
