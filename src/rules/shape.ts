/** Measures of a line's shape that many rules share. Thresholds live in `thresholds.ts`. */

const HAN = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;
const WORD_G = /[\p{L}\p{N}]+/gu;

// Sentence-final punctuation, Chinese and Latin; closing quotes and brackets after it are looked through.
const CLOSING = /[。！？!?…；;.．]$/u;
const CLOSERS = '”’"\'」』）)】》]';

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function hanCount(text: string): number {
  return text.match(HAN_G)?.length ?? 0;
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
  const han = hanCount(text);
  const words = text.replace(HAN_G, ' ').match(WORD_G)?.length ?? 0;
  return han + words;
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
