/** The whole pipeline for one page: bytes → decoded text → reader → document → entities. */
import { createHash } from 'node:crypto';
import { buildArticle } from './document/build.js';
import { annotateArticle } from './entities/index.js';
import type { Article, PageKind, RawArticle, SourceInfo } from './document/types.js';
import { InputError } from './errors.js';
import { decode } from './input/decode.js';
import { looksLikeHtml, sniffBytes } from './input/sniff.js';
import { readHtmlPage } from './html/reader.js';
import { readTextPage } from './text/reader.js';

export interface ProcessOptions {
  /** `auto` tells HTML from a text dump by its first tags. */
  kind?: 'auto' | 'html' | 'text';
  /** Force a charset; default: detect. */
  encoding?: string;
  /** Page URL, for resolving links and images. */
  url?: string;
  /** ISO date that relative dates resolve against; default: the article's publish date. */
  baseDate?: string;
  /** Extract numbers, dates and organizations; default true. */
  entities?: boolean;
  /** Path the page was read from, recorded in `source.path`. */
  path?: string;
  /** Keep the page trace for `traceOf` (what `--explain` and `review` show); default false. */
  trace?: boolean;
  /** Refuse pages with more HTML elements or text lines than this; default 250,000. */
  maxBlocks?: number;
  /** Read entities from the blocks that fit in this many characters; default 300,000. */
  maxEntityChars?: number;
}

/** Entities are read from this much text at most: fifteen long features; a dump past it would take seconds. */
export const DEFAULT_MAX_ENTITY_CHARS = 300_000;

/** No article has this many blocks; past it a page is a data dump, and would take seconds and gigabytes. */
export const DEFAULT_MAX_BLOCKS = 250_000;

const CONTAINER_HINT: Record<string, string> = {
  warc: 'a WARC archive: use `artext batch` to process its records',
  jsonl: 'a JSON Lines file: use `artext batch` to process its records',
  gzip: 'gzip-compressed: decompress it, or use `artext batch` for .warc.gz and .jsonl.gz',
};

interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

function decodeInput(input: string | Uint8Array, options: ProcessOptions): Decoded {
  if (typeof input === 'string') return { text: input, encoding: 'utf-8', warnings: [] };
  const sniffed = sniffBytes(input);
  if (sniffed.kind === 'empty') throw new InputError('empty file');
  if (sniffed.kind === 'binary')
    throw new InputError(`binary file (${sniffed.detail}), not a page`);
  const hint = CONTAINER_HINT[sniffed.kind];
  if (hint) throw new InputError(`is ${hint}`);
  return decode(input, options.encoding ?? null);
}

function sourceInfo(
  input: string | Uint8Array,
  kind: PageKind,
  encoding: string,
  options: ProcessOptions,
): SourceInfo {
  return {
    path: options.path ?? null,
    url: options.url ?? null,
    kind,
    encoding,
    // A string is counted and hashed as its UTF-8 bytes, without a copy of them in the heap.
    bytes: typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength,
    sha256: createHash('sha256').update(input).digest('hex'),
  };
}

function readPage(text: string, kind: PageKind, options: ProcessOptions): RawArticle {
  const trace = options.trace ?? false;
  const maxBlocks = options.maxBlocks ?? DEFAULT_MAX_BLOCKS;
  return kind === 'html'
    ? readHtmlPage(text, { url: options.url ?? null, trace, maxBlocks })
    : readTextPage(text, { trace, maxBlocks });
}

/** Turns one page into an Article (the `artext/1` JSON document as an object). */
export function processPage(input: string | Uint8Array, options: ProcessOptions = {}): Article {
  const decoded = decodeInput(input, options);
  if (decoded.text.trim().length === 0)
    throw new InputError('no text: the page is empty or whitespace only');
  const kind: PageKind =
    options.kind === 'html' || options.kind === 'text'
      ? options.kind
      : looksLikeHtml(decoded.text)
        ? 'html'
        : 'text';
  const raw = readPage(decoded.text, kind, options);
  raw.warnings.unshift(...decoded.warnings);
  const article = buildArticle(raw, sourceInfo(input, kind, decoded.encoding, options));
  if (options.entities !== false) {
    const maxChars = options.maxEntityChars ?? DEFAULT_MAX_ENTITY_CHARS;
    const { entities, annotated, total } = annotateArticle(article, {
      baseDate: options.baseDate ?? null,
      maxChars,
    });
    article.entities = entities;
    if (annotated < total)
      article.warnings.push(
        `entities read from ${annotated} of ${total} blocks only: the text is over ${maxChars} characters and the blocks that did not fit were passed over (raise it with --max-entity-chars)`,
      );
  }
  return article;
}
