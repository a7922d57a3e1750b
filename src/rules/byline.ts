/**
 * End bylines: `(文 李芳森)`, `(记者 张三 通讯员 李四)`, `【编辑:王五】`, `(责编:X、Y)` at the end of
 * the last paragraph or on a line of their own. They move into meta and out of the text.
 */
import type { Rule } from './rule.js';
import { emptyFields, parseMeta, type MetaFields } from './meta.js';

export const endByline: Rule = {
  id: 'end-byline',
  reason: 'a bracketed author or editor credit at the end of the story; the names are in meta',
};

export const endMarkSuffix: Rule = {
  id: 'end-mark',
  reason: 'an end-of-story mark such as (完) or (END)',
};

const TRAILING_BRACKET = /[(（【[]([^()（）【】[\]]{1,80})[)）】\]]$/u;
const END_MARK = /[(（【[]\s*(?:完|全文完|END)\s*[)）】\]]$/u;

export const datelineCredit: Rule = {
  id: 'dateline-credit',
  reason:
    'the reporters named in a wire dateline (…电(记者 X)); the text stays, the names go to meta',
};

const DATELINE = /^[^，。,(（]{2,30}?[电讯電訊]\s?[(（]([^()（）]{2,40})[)）]/u;

/** Credits in a wire dateline at the start of the lead: `中新网哈尔滨2月20日电 (记者 史轶夫)`. */
export function datelineCredits(paragraph: string): MetaFields | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const parsed = parseMeta(m[1]!.trim(), { zone: null, weakLabels: true });
  if (parsed.fields.authors.length === 0 || parsed.coverage < 0.9) return null;
  return { ...emptyFields(), authors: parsed.fields.authors };
}

export interface StrippedByline {
  /** The paragraph without its credit (empty when the line was only the credit). */
  text: string;
  /** The credit as written, brackets included. */
  removed: string;
  rule: Rule;
  fields: MetaFields;
}

/** Splits a trailing credit or end mark off a paragraph; null when there is none. */
export function stripEndByline(paragraph: string): StrippedByline | null {
  const mark = END_MARK.exec(paragraph);
  if (mark) {
    return {
      text: paragraph.slice(0, mark.index).trimEnd(),
      removed: mark[0],
      rule: endMarkSuffix,
      fields: emptyFields(),
    };
  }
  const bracket = TRAILING_BRACKET.exec(paragraph);
  if (!bracket) return null;
  const inner = bracket[1]!.trim();
  const parsed = parseMeta(inner, { zone: null, weakLabels: true });
  const credits = parsed.fields.authors.length + parsed.fields.editors.length;
  if (credits === 0 || parsed.coverage < 0.9) return null;
  return {
    text: paragraph.slice(0, bracket.index).trimEnd(),
    removed: bracket[0],
    rule: endByline,
    fields: { ...parsed.fields, published: null },
  };
}
