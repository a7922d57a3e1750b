/**
 * Output names for batch pages, built from the input path or URL: each segment sanitized (no
 * `..`, no absolute paths, no NUL or control characters, no bidi overrides, no names Windows
 * reserves), length-capped, and unique — a collision gets a short hash of the page's identity.
 * A name can never point outside the output folder.
 */
import { createHash } from 'node:crypto';
import { trimEndSet, trimStartSet } from '../rules/shape.js';

const MAX_SEGMENT = 80;
const MAX_DEPTH = 8;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/iu;

const UNSAFE = /[\p{Cc}<>:"|?*\\\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const PAGE_EXTENSION = /\.(?:html?|xhtml|shtml|txt|php|aspx?|jsp)$/iu;

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function segmentOf(raw: string): string {
  let s = raw.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/gu, ' ').trim();
  s = trimStartSet(trimEndSet(s, '. '), '. ');
  if (s === '' || s === '.' || s === '..') return '_';
  if (RESERVED.test(s.split('.')[0]!)) s = `_${s}`;
  // Cap by UTF-8 bytes, not chars: file systems limit bytes (255) and CJK takes three each.
  while (Buffer.byteLength(s) > MAX_SEGMENT) s = s.slice(0, -1);
  return s;
}

/** Path segments of a hint: a URL becomes host/path segments, a file path its segments. */
function segmentsOf(hint: string): string[] {
  let parts: string[];
  try {
    const url = new URL(hint);
    if (!/^(?:https?|ftp):$/u.test(url.protocol)) throw new Error('not a web URL');
    const path = decodeURIComponentSafe(url.pathname);
    parts = [url.hostname, ...path.split('/')];
    if (url.search)
      parts[parts.length - 1] =
        `${(parts.at(-1) ?? '').replace(PAGE_EXTENSION, '')}_${url.search.slice(1)}`;
  } catch {
    parts = hint.split(/[\\/]+/u);
  }
  const clean = parts.filter((p) => p !== '' && p !== '.' && p !== '..').map(segmentOf);
  if (clean.length === 0) return ['page'];
  // Too deep: keep the first and last segments.
  return clean.length > MAX_DEPTH ? [...clean.slice(0, MAX_DEPTH - 1), clean.at(-1)!] : clean;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Hands out unique, safe relative output paths (`/`-separated) for one run. */
export class Namer {
  private readonly used = new Set<string>();

  constructor(private readonly extension: string) {}

  name(hint: string, identity: string): string {
    const segments = segmentsOf(hint);
    const last = segments.pop()!.replace(PAGE_EXTENSION, '') || 'index';
    let candidate = [...segments, `${last}.${this.extension}`].join('/');
    // Case-insensitive file systems count A.json and a.json as one file.
    if (this.used.has(candidate.toLowerCase()))
      candidate = [...segments, `${last}-${shortHash(identity)}.${this.extension}`].join('/');
    let n = 1;
    while (this.used.has(candidate.toLowerCase()))
      candidate = [
        ...segments,
        `${last}-${shortHash(`${identity}#${n++}`)}.${this.extension}`,
      ].join('/');
    this.used.add(candidate.toLowerCase());
    return candidate;
  }

  /** Marks a name as taken (resumed runs reuse the names of pages already done). */
  reserve(name: string): void {
    this.used.add(name.toLowerCase());
  }
}
