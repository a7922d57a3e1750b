/** Measures of a line's shape that many rules share. Thresholds live in `thresholds.ts`. */

const HAN = /\p{Script=Han}/u;

// Sentence-final punctuation, Chinese and Latin; closing quotes and brackets after it are looked through.
const CLOSING = /[。！？!?…；;.．]$/u;
const CLOSERS = '”’"\'」』）)】》]';

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Code points of the Han script (as `\p{Script=Han}`), tested by range: this runs on every text. */
function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x20000 && c <= 0x3134f) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x2e80 && c <= 0x2fdf) ||
    c === 0x3005 ||
    c === 0x3007 ||
    (c >= 0x3021 && c <= 0x3029) ||
    (c >= 0x3038 && c <= 0x303b)
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCode(c: number, ch: string): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_DIGIT.test(ch);
}

export function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (isHanCode(c)) n++;
  }
  return n;
}

/** True for text mostly in Han script (counts Han against Latin/other letters). */
export function isMostlyHan(text: string): boolean {
  const han = hanCount(text);
  if (han === 0) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return han / letters >= 0.5;
}

/** Length in Han chars plus Latin words: a rough reading length comparable across scripts. */
export function textUnits(text: string): number {
  let units = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    const ch = c > 0xffff ? text.slice(i, ++i + 1) : text[i]!;
    if (isHanCode(c)) {
      units++;
      inWord = false;
    } else if (isWordCode(c, ch)) {
      if (!inWord) units++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return units;
}

/** Ends with sentence or clause punctuation (`。`, `!`, `……`, `.`, `，`), looking through closing quotes and brackets. */
export function endsWithPunctuation(text: string): boolean {
  return CLOSING.test(trimEndSet(text, CLOSERS).trimEnd()) || /[,，:：、]$/u.test(text);
}

/** Removes any of `chars` from the end: a loop, where a `[…]+$` regex would be quadratic on hostile lines. */
export function trimEndSet(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Removes any of `chars` from the start. */
export function trimStartSet(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return text.slice(start);
}

const PUNCTUATION_G = /[，。！？；、,.!?;：:]/gu;

/** Commas, stops and the like: story text has many, menus and link lists have none. */
export function punctuationCount(text: string): number {
  return text.match(PUNCTUATION_G)?.length ?? 0;
}
