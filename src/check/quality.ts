/**
 * Quality warnings on an extraction result: signs that a page came out wrong even when it
 * matches its expected file — an empty body, no title or date, boilerplate left in the text,
 * mojibake, a paragraph cut mid-sentence.
 */
import type { Article } from '../document/types.js';
import { endsWithPunctuation, textUnits } from '../rules/shape.js';

const BOILERPLATE =
  /版权所有|未经授权不得转载|分享到|扫一扫|ICP备|ICP证|公网安备|责任编辑[:：]|【纠错】|All rights reserved|Share this article|_fororder_/iu;
// GBK or UTF-8 bytes read as Latin-1 come out as runs of accented Latin letters and symbols.
const LATIN1_MOJIBAKE = /[\u00C0-\u00FF][\u0080-\u00FF]{2,}/u;
const CUT_MIN_UNITS = 40;

export function qualityWarnings(article: Article): string[] {
  const warnings: string[] = [];
  const paragraphs = article.sections
    .flatMap((s) => s.blocks)
    .filter((b) => b.type === 'paragraph');
  if (article.text.trim().length === 0) warnings.push('empty body: no paragraph was kept');
  if (!article.meta.title) warnings.push('missing title');
  if (!article.meta.published) warnings.push('missing publish date');
  if (article.text.includes('\uFFFD'))
    warnings.push('mojibake: U+FFFD replacement characters in the text');
  if (LATIN1_MOJIBAKE.test(article.text) || LATIN1_MOJIBAKE.test(article.meta.title ?? '')) {
    warnings.push('mojibake: text looks like GBK or UTF-8 bytes decoded as Latin-1');
  }
  paragraphs.forEach((p, i) => {
    const hit = BOILERPLATE.exec(p.text);
    if (hit) warnings.push(`leftover boilerplate in paragraph ${i + 1}: “${hit[0]}”`);
    if (
      textUnits(p.text) >= CUT_MIN_UNITS &&
      !endsWithPunctuation(p.text) &&
      /[\p{L}\p{N}]$/u.test(p.text)
    ) {
      warnings.push(
        `paragraph ${i + 1} looks cut mid-sentence: “…${[...p.text].slice(-12).join('')}”`,
      );
    }
  });
  return warnings;
}
