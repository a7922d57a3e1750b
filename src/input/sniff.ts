/** What kind of input a buffer holds, told from its first bytes (before decoding) or chars (after). */

export type ContainerKind = 'page' | 'warc' | 'jsonl' | 'gzip' | 'binary' | 'empty';

export interface Sniffed {
  kind: ContainerKind;
  /** For binary input: what it looks like (`PNG image`, `PDF document`…). */
  detail: string | null;
}

const MAGIC: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive'],
  [[0x52, 0x49, 0x46, 0x46], 'RIFF media file'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF executable'],
  [[0x42, 0x5a, 0x68, 0x39], 'bzip2 archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], 'xz archive'],
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Share of bytes in the head that no text encoding uses (NUL and most C0 controls). */
function controlShare(head: Uint8Array): number {
  let bad = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) bad++;
  }
  return head.length === 0 ? 0 : bad / head.length;
}

/** Tells pages from archives and from things that are not text at all. */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty', detail: null };
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'gzip', detail: 'gzip data' };
  if (hasUtf16Bom(bytes)) return { kind: 'page', detail: null };
  for (const [magic, detail] of MAGIC) {
    if (startsWith(bytes, magic)) return { kind: 'binary', detail };
  }
  const head = bytes.subarray(0, 4096);
  if (controlShare(head) > 0.05) return { kind: 'binary', detail: 'binary data' };
  const ascii = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  const start = ascii.replace(/^\u00EF\u00BB\u00BF/, '').trimStart();
  if (start.startsWith('WARC/')) return { kind: 'warc', detail: null };
  if (/^\{\s*"/.test(start) && /\}[ \t]*\r?\n[ \t]*\{/.test(start))
    return { kind: 'jsonl', detail: null };
  return { kind: 'page', detail: null };
}

const HTML_START =
  /^(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<div|<p[\s>]|<article|<section|<table|<!--|<\?xml)/i;
const HTML_TAG = /<(?:html|body|div|p|article|head|title|meta|span|table|br|h[1-6])(?:\s[^<>]*)?>/i;

/** A decoded page is HTML when it starts like markup or holds common tags early on. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2048).trimStart();
  return HTML_START.test(start) || HTML_TAG.test(start);
}
