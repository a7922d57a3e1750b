/**
 * The only importer of nodejieba. The dictionary loads lazily, once per process (or worker),
 * the first time entities are asked for. Only what tagging needs is loaded: the
 * keyword-extraction tables (IDF, stop words) are replaced by one-line stubs, and the install
 * (`scripts/lean-nodejieba.mjs`) rebuilds the addon so that its unused TextRank extractor shares
 * the tagger's dictionary instead of parsing a second copy — about 0.3 s and 115 MB, against
 * 0.6 s and 225 MB for the stock build. Our user dictionary adds organization heads and common
 * abbreviations.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Token {
  word: string;
  tag: string;
  /** UTF-16 offset of the word in the text. */
  start: number;
}

interface Jieba {
  load(options: Record<string, string>): void;
  tag(text: string): Array<{ word: string; tag: string }>;
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
}

const DICT_DIR = new URL('../../dict/', import.meta.url);
let jieba: Jieba | null = null;
let loadMs = 0;

function instance(): Jieba {
  if (jieba) return jieba;
  const started = performance.now();
  // nodejieba is CommonJS with a native binding: required, not imported, and only here.
  const loaded = createRequire(import.meta.url)('nodejieba') as Jieba;
  loaded.load({
    dict: loaded.DEFAULT_DICT,
    hmmDict: loaded.DEFAULT_HMM_DICT,
    userDict: fileURLToPath(new URL('user.dict.utf8', DICT_DIR)),
    idfDict: fileURLToPath(new URL('idf.stub.utf8', DICT_DIR)),
    stopWordDict: fileURLToPath(new URL('stop_words.stub.utf8', DICT_DIR)),
  });
  loadMs = performance.now() - started;
  jieba = loaded;
  return jieba;
}

/**
 * Full-width Latin letters and digits as their ASCII forms, one character for one: jieba splits
 * `ｉｂｍ` into letters but reads `ibm` as one word. Offsets do not change; full-width brackets
 * and signs stay as they are, which jieba reads well.
 */
function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a]/giu, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Words with their part-of-speech tags and offsets (full-width Latin read as ASCII). */
export function tag(original: string): Token[] {
  const text = halfWidth(original);
  const tokens: Token[] = [];
  let offset = 0;
  for (const { word, tag } of instance().tag(text)) {
    const start = text.indexOf(word, offset);
    const at = start < 0 ? offset : start;
    tokens.push({ word, tag, start: at });
    offset = at + word.length;
  }
  return tokens;
}

/** Loads the dictionary now (workers do it once at start); returns the load time in ms. */
export function warmUp(): number {
  instance();
  return loadMs;
}

export function isLoaded(): boolean {
  return jieba !== null;
}
