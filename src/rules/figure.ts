/**
 * Figures in text dumps: the scraper artifact `TITLE_fororder_IMAGE-NAME` stands for an image,
 * and the caption line beside it carries a photo credit (`供图 X`, `摄影 X`, `图/X`, `X 摄`,
 * `资料图`) that is split off the caption.
 */
import type { Rule } from './rule.js';
import { textUnits, trimEndSet } from './shape.js';

export const fororderImage: Rule = {
  id: 'fororder-image',
  reason:
    'a scraper artifact TITLE_fororder_IMAGE standing for an image; the image name becomes its alt text',
};

export const figureCaption: Rule = {
  id: 'figure-caption',
  reason: 'a photo caption with its credit, kept as one figure block',
};

const FORORDER = /_fororder_(.*)$/u;
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|bmp)$/iu;

/** The alt text of a `_fororder_` marker line, or null when the line is no such marker. */
export function fororderAlt(line: string): string | null {
  const m = FORORDER.exec(line);
  if (!m) return null;
  return m[1]!.replace(IMAGE_EXTENSION, '').trim();
}

/** Removes a `_fororder_` artifact wherever it sits (alt attributes, titles). */
export function stripFororder(text: string): string {
  const alt = fororderAlt(text);
  return alt === null ? text : alt;
}

export interface CaptionParts {
  caption: string | null;
  credit: string | null;
}

const CREDIT_LABEL =
  '(?:供图|摄影|摄|图片来源|图源|图片|图|来源|Photo(?:graph)?(?: by)?|Image(?: by)?|Credit|Picture)';
const BRACKETED = /[(（]([^()（）]{1,40})[)）]$/u;
const LABEL_FIRST = new RegExp(
  `(?<=^|[\\s。.!！?？])(${CREDIT_LABEL}\\s?[:：/／]\\s?\\S.{0,40}|(?:供图|摄影)\\s\\S.{0,30})$`,
  'iu',
);
const GIVER_FIRST = /(?:^|[\s。.])((?:[\p{L}·]{1,16}\s)?[\p{L}·]{1,12}\s?(?:供图|摄|提供))$/u;
const FILE_PHOTO = /[(（]?(资料图片?|资料照片|File photo)[)）]?$/iu;
const CREDIT_ALONE = new RegExp(`^${CREDIT_LABEL}`, 'iu');

function looksLikeCredit(text: string): boolean {
  return (
    CREDIT_ALONE.test(text) ||
    /(?:供图|摄|提供)$/u.test(text) ||
    FILE_PHOTO.test(text) ||
    /新华社|中新社|视觉中国|IC photo|Getty Images|AFP|Reuters|AP Photo|EPA/iu.test(text)
  );
}

/** Splits `CAPTION CREDIT` into its parts; the credit is kept as written. */
export function splitCredit(line: string): CaptionParts {
  const text = line.trim();
  if (text.length > MAX_CAPTION_CHARS) return parts(text, null);
  const bracketed = BRACKETED.exec(text);
  if (bracketed && looksLikeCredit(bracketed[1]!.trim())) {
    return parts(text.slice(0, bracketed.index), bracketed[1]!.trim());
  }
  for (const re of [FILE_PHOTO, LABEL_FIRST, GIVER_FIRST]) {
    const m = re.exec(text);
    if (m && textUnits(m[1]!) <= 24)
      return parts(text.slice(0, m.index + m[0].indexOf(m[1]!)), m[1]!.trim());
  }
  return parts(text, null);
}

function parts(caption: string, credit: string | null): CaptionParts {
  const c = trimEndSet(caption, ' ,，').trim();
  return { caption: c.length > 0 ? c : null, credit };
}

const MAX_CAPTION_CHARS = 400;
const CAPTION_START = /^(?:图为|上图|下图|左图|右图|图[:：]|[▲△↑]|Photo:|Pictured:)/iu;
const CAPTION_MAX_UNITS = 120;
const CREDIT_WORD = /摄|供图|资料图|图\s?[/／:：]|Photo|Image|Credit/iu;

/** A line that can only be a photo caption: it carries a credit or opens like one. */
export function isStandaloneCaption(line: string): boolean {
  const opens = CAPTION_START.test(line);
  // The credit is part of the line: a line without a credit word has no credit (most lines).
  if (!opens && !CREDIT_WORD.test(line)) return false;
  if (textUnits(line) > CAPTION_MAX_UNITS) return false;
  if (opens) return true;
  const { credit } = splitCredit(line);
  return credit !== null && CREDIT_WORD.test(credit);
}

/** Bigram overlap of two strings (Dice coefficient): is this caption about that image? */
export function similarity(a: string, b: string): number {
  const grams = (s: string): Map<string, number> => {
    const chars = [...s.replace(/\s+/gu, '')];
    const map = new Map<string, number>();
    for (let i = 0; i + 1 < chars.length; i++) {
      const g = chars[i]! + chars[i + 1]!;
      map.set(g, (map.get(g) ?? 0) + 1);
    }
    return map;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The line right after an image is its caption when it carries a credit, opens like one, or echoes the alt. */
export function isCaptionFor(line: string, alt: string | null): boolean {
  if (textUnits(line) > CAPTION_MAX_UNITS) return false;
  if (isStandaloneCaption(line)) return true;
  if (!alt) return false;
  const { caption } = splitCredit(line);
  return caption !== null && (similarity(caption, alt) >= 0.5 || alt.includes(caption));
}
