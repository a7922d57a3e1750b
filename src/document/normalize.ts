/**
 * Character-level normalization shared by both readers. A paragraph's text is otherwise kept
 * as written: no punctuation rewriting, no merging, no splitting.
 */

// Zero-width characters and bidi controls carry no text, and bidi overrides can make a
// terminal or browser show text in an order that differs from what it is.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD]/g;
// C0 and C1 controls other than tab and newline: NUL bytes, ESC sequences and the like.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F]/g;
// NBSP, ideographic (full-width) space and the typographic spaces become a plain space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const SPACE_RUN = / {2,}/g;

/** CRLF and lone CR become LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Removes invisible and control characters; keeps newlines. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROLS, '');
}

/**
 * Everything `cleanInline` could change: controls, invisible characters, any space but a single
 * one inside the text. Most runs have none, and go through untouched without five replacements.
 */
const UNCLEAN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]| {2}|^ | $/u;

/** One line or inline run of text: invisible characters gone, spaces unified and collapsed, trimmed. */
export function cleanInline(text: string): string {
  if (!UNCLEAN.test(text)) return text;
  return stripInvisible(text)
    .replace(SPACES, ' ')
    .replace(/\n/g, ' ')
    .replace(SPACE_RUN, ' ')
    .trim();
}

/** Whole-document normalization before a reader splits text into lines. */
export function normalizeText(text: string): string {
  return stripInvisible(normalizeNewlines(text.toWellFormed()));
}

/** Number of Unicode code points (what `at.start`/`at.end` count). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate is the second half of a code point already counted.
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
