/**
 * Bytes → string. Order of trust: a forced `--encoding`, the BOM, the page's own declaration
 * (checked against the bytes), then statistical detection. cheerio's own sniffing defaults to
 * windows-1252 and turns undeclared GBK into mojibake, so decoding is ours (see PITFALLS.md).
 */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { guessChinese } from './chinese.js';

export interface Decoded {
  text: string;
  /** Canonical lower-case name of the charset used (`utf-8`, `gb18030`, `big5`…). */
  encoding: string;
  warnings: string[];
}

// Browsers decode every GB label as GB18030; iconv-lite's gbk misses GB18030's four-byte codes.
const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb_2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  csgb2312: 'gb18030',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  ks_c_5601: 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
};

const DECLARATION_SCAN_BYTES = 16 * 1024;

/** Maps a charset label to the name we decode with, or null when iconv-lite has no such charset. */
export function canonicalEncoding(label: string): string | null {
  const lower = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const name = ALIASES[lower] ?? lower;
  return iconv.encodingExists(name) ? name : null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset a page declares in `<meta charset>`, `http-equiv` or an XML declaration. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, DECLARATION_SCAN_BYTES),
  ).toString('latin1');
  const xml = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta\s[^>]{0,300}?charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007F]/u;

/** Charsets in which ASCII bytes mean ASCII (not UTF-16, UTF-7 or EBCDIC). */
const ASCII_COMPATIBLE = (encoding: string): boolean =>
  !/^(?:utf-?16|utf-?32|utf-?7|ucs-?2|cp037|cp500|cp875|cp1026)/iu.test(encoding);

/** The text when the bytes are valid UTF-8 (plain ASCII included); else null. Native passes only. */
function cleanUtf8(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isUtf8(buffer) ? buffer.toString('utf8').replace(/^\uFEFF/u, '') : null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  // Node's own UTF-8 decoder is several times faster than the generic path.
  if (encoding === 'utf-8')
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('utf8')
      .replace(/^\uFEFF/u, '');
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: true,
  });
}

interface Quality {
  /** U+FFFD produced by the decoder. */
  replacements: number;
  /** Chars outside ASCII. */
  nonAscii: number;
}

function quality(text: string): Quality {
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replacements++;
    if (c > 0x7f) nonAscii++;
  }
  return { replacements, nonAscii };
}

/** Too many replacement characters for the text to be in this charset. */
function isBroken(q: Quality): boolean {
  return q.replacements > 0 && q.replacements > Math.max(2, q.nonAscii * 0.02);
}

/** Candidates from chardet, best first, mapped to the charsets we decode with. */
function detectedCandidates(bytes: Uint8Array): string[] {
  const sample = bytes.length > 256 * 1024 ? bytes.subarray(0, 256 * 1024) : bytes;
  const names: string[] = [];
  for (const match of chardet.analyse(sample)) {
    const name = canonicalEncoding(match.name);
    if (name && !names.includes(name)) names.push(name);
  }
  for (const fallback of ['utf-8', 'gb18030', 'big5', 'windows-1252']) {
    if (!names.includes(fallback)) names.push(fallback);
  }
  return names;
}

function detect(bytes: Uint8Array): { text: string; encoding: string } {
  // Valid UTF-8, plain ASCII included (it reads the same in every candidate): no statistics.
  const utf8 = cleanUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const chinese = hasHighRun(bytes, 4) ? guessChinese(bytes) : null;
  if (chinese) return chinese;
  let best: { text: string; encoding: string; q: Quality } | null = null;
  for (const encoding of detectedCandidates(bytes).slice(0, 4)) {
    const text = decodeWith(bytes, encoding);
    const q = quality(text);
    if (q.replacements === 0) return { text, encoding };
    if (!best || q.replacements < best.q.replacements) best = { text, encoding, q };
  }
  return best ?? { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8' };
}

const SINGLE_BYTE_LATIN = new Set(['windows-1252', 'iso-8859-15', 'windows-1250', 'iso-8859-2']);

/** Decodes a page. `forced` is a charset label from the user (`--encoding`). */
export function decode(bytes: Uint8Array, forced?: string | null): Decoded {
  if (forced) {
    const encoding = canonicalEncoding(forced);
    if (!encoding) throw new InputError(`unknown encoding "${forced}"`);
    return { text: decodeWith(bytes, encoding), encoding, warnings: [] };
  }
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bytes, bom.encoding), encoding: bom.encoding, warnings: [] };

  const label = declaredEncoding(bytes);
  const declared = label === null ? null : canonicalEncoding(label);
  if (label === null || declared === null) {
    const found = detect(bytes);
    return { ...found, warnings: replacementWarnings(found.text, found.encoding) };
  }

  const utf8 = cleanUtf8(bytes);
  if (utf8 !== null) {
    if (declared === 'utf-8') return { text: utf8, encoding: 'utf-8', warnings: [] };
    // Plain ASCII fits the declared charset too; otherwise, text in a legacy charset is
    // practically never valid UTF-8 by accident.
    if (!NON_ASCII.test(utf8) && ASCII_COMPATIBLE(declared))
      return { text: utf8, encoding: declared, warnings: [] };
    return overridden(label, { text: utf8, encoding: 'utf-8' });
  }
  const text = decodeWith(bytes, declared);
  const q = quality(text);
  const latinOverCjk = SINGLE_BYTE_LATIN.has(declared) && looksLikeCjkBytes(bytes);
  if (isBroken(q) || latinOverCjk) {
    const other = detect(bytes);
    const otherQ = quality(other.text);
    if (other.encoding !== declared && (otherQ.replacements < q.replacements || latinOverCjk)) {
      return overridden(label, other);
    }
  }
  return { text, encoding: declared, warnings: replacementWarnings(text, declared, q) };
}

function replacementWarnings(text: string, encoding: string, q?: Quality): string[] {
  if (q === undefined && !text.includes('\uFFFD')) return [];
  q ??= quality(text);
  return q.replacements > 0
    ? [`${q.replacements} byte sequence(s) invalid in ${encoding} were replaced with U+FFFD`]
    : [];
}

function overridden(label: string, decoded: { text: string; encoding: string }): Decoded {
  return {
    ...decoded,
    warnings: [
      `declared charset ${label} does not match the bytes; decoded as ${decoded.encoding}`,
    ],
  };
}

/** Whether some run of `length` bytes in a row are all ≥ 0x80 (CJK text; Latin-1 accents come alone). */
function hasHighRun(bytes: Uint8Array, length: number): boolean {
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    run = bytes[i]! >= 0x80 ? run + 1 : 0;
    if (run >= length) return true;
  }
  return false;
}

/** chardet is confident the bytes are a double-byte CJK charset. */
function looksLikeCjkBytes(bytes: Uint8Array): boolean {
  // Two CJK characters in a row take four high bytes; without such a run chardet cannot say CJK.
  if (!hasHighRun(bytes, 4)) return false;
  if (guessChinese(bytes)) return true;
  const sample = bytes.length > 256 * 1024 ? bytes.subarray(0, 256 * 1024) : bytes;
  const top = chardet.analyse(sample)[0];
  return (
    !!top &&
    top.confidence >= 50 &&
    ['GB18030', 'Big5', 'EUC-KR', 'Shift_JIS', 'EUC-JP'].includes(top.name)
  );
}
