/**
 * Titles carry the site or channel after a separator (`标题_国际在线湖南`, `Title - Site`). The
 * suffix goes to `meta.site`; the headline stays.
 */
import type { Rule } from './rule.js';
import { textUnits } from './shape.js';

export const titleSuffix: Rule = {
  id: 'title-suffix',
  reason: 'the site or channel name appended to the title after _, |, - or —',
};

// `_` and `|` never occur inside a Chinese headline; a dash does, so it needs a site-like suffix.
const HARD_SEPARATOR = /\s*[_|｜]\s*/u;
const DASH_SEPARATOR = /\s+[-–—]\s+|(?<=\p{Script=Han})\s*[-–—]{1,2}\s*(?=\p{Script=Han})/u;
const SITE_WORDS =
  /网|在线|新闻|频道|日报|晚报|早报|时报|商报|报社|报|电视台|广播|政府|门户|客户端|头条|资讯|中心|News|Online|Times|Post|Journal|Daily|Herald|Tribune|BBC|CNN|Reuters|\.com|\.cn|\.org|\.net/iu;
const MAX_SUFFIX_UNITS = 16;

export interface TitleParts {
  title: string;
  /** The last (outermost) suffix, usually the site name. */
  site: string | null;
}

function lastSplit(title: string, separator: RegExp): [string, string] | null {
  const global = new RegExp(separator.source, 'gu');
  let last: RegExpExecArray | null = null;
  for (const m of title.matchAll(global)) last = m as RegExpExecArray;
  if (!last) return null;
  return [title.slice(0, last.index), title.slice(last.index + last[0].length)];
}

/** Strips site and channel suffixes: `A_频道_网站` → `A` with site `网站`. */
export function splitTitle(raw: string): TitleParts {
  let title = raw.trim();
  let site: string | null = null;
  for (;;) {
    const hard = lastSplit(title, HARD_SEPARATOR);
    const dash = hard ? null : lastSplit(title, DASH_SEPARATOR);
    const split = hard ?? dash;
    if (!split) break;
    const [head, suffix] = split;
    const siteLike = hard !== null || SITE_WORDS.test(suffix);
    if (
      textUnits(suffix) > MAX_SUFFIX_UNITS ||
      textUnits(head) < textUnits(suffix) ||
      textUnits(head) < 3 ||
      !siteLike
    )
      break;
    site ??= suffix.trim();
    title = head.trim();
  }
  return { title, site };
}

export const headlineRepeat: Rule = {
  id: 'headline',
  reason: 'the headline repeated in the body; it is meta.title',
};

const squash = (text: string): string => text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();

/** The same headline, give or take spaces, punctuation and a site suffix. */
export function sameHeadline(text: string, title: string): boolean {
  const a = squash(text);
  const b = squash(title);
  // The headline without its suffix starts the line: a line that does not start so is no repeat.
  if (a.length === 0 || !a.startsWith(b)) return false;
  return a === b || squash(splitTitle(text).title) === b;
}
