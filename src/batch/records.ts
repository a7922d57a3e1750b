/**
 * Pages as the batch runner hands them to workers, and JSON Lines records made into pages. Pure
 * (no I/O, no archive libraries): the worker imports it to parse records off the main thread.
 */
import { InputError } from '../errors.js';

export interface PageJob {
  /** Stable identity for the manifest and error records: path, path#record, or the record's id. */
  id: string;
  /** What the output name is built from: a relative path or a URL. */
  nameHint: string;
  bytes: Uint8Array | null;
  text: string | null;
  url: string | null;
  /** Set when the input could not be read: the job fails with it. */
  error: string | null;
  /** How to read the page when the record says (`{"text"}` records are text dumps). */
  kind?: 'text';
  /**
   * A JSON Lines record still to be parsed: the worker parses it (keeping the main thread free
   * to feed the pool), and `id` is only what the line's start shows until then.
   */
  record?: { bytes: Uint8Array; line: number; origin: string };
}

/** A job with nothing read yet; `fields` fill in what is known. */
function job(id: string, fields: Partial<PageJob>): PageJob {
  return { id, nameHint: id, bytes: null, text: null, url: null, error: null, ...fields };
}

/** A job that fails with `error` (an unreadable file, a bad record). */
export function failed(id: string, error: unknown): PageJob {
  return job(id, { error: error instanceof Error ? error.message : String(error) });
}

interface JsonlRecord {
  id?: unknown;
  url?: unknown;
  html?: unknown;
  text?: unknown;
}

export const overLimit = (n: number, maxBytes: number): InputError =>
  new InputError(`line ${n}: over the limit of ${maxBytes} bytes`);

/** One page a line; a line that is not a page record is an error job for that line. */
export function jsonlJob(line: string, lineNumber: number, origin: string): PageJob {
  const fallbackId = `${origin}:${lineNumber}`;
  let record: JsonlRecord;
  try {
    record = JSON.parse(line) as JsonlRecord;
  } catch {
    return failed(fallbackId, new InputError(`line ${lineNumber}: not JSON`));
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return failed(fallbackId, new InputError(`line ${lineNumber}: not a JSON object`));
  const id =
    typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallbackId;
  const url = typeof record.url === 'string' ? record.url : null;
  const html = typeof record.html === 'string' ? record.html : null;
  const text = typeof record.text === 'string' ? record.text : null;
  if (html === null && text === null)
    return failed(id, new InputError(`line ${lineNumber}: no "html" or "text" field`));
  return job(id, {
    nameHint: url ?? id,
    text: html ?? text,
    url,
    ...(html === null ? { kind: 'text' as const } : {}),
  });
}

const LEADING_ID = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)\s*[,}]/u;

/** The record's id when the line starts with it (`{"id": …`), read without parsing the line. */
export function leadingId(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512));
  const match = LEADING_ID.exec(head.toString('utf8'));
  if (!match) return null;
  try {
    return String(JSON.parse(match[1]!));
  } catch {
    return null;
  }
}

/** A JSON Lines line as a job whose parsing is left to the worker (see `PageJob.record`). */
export function recordJob(bytes: Uint8Array, line: number, origin: string): PageJob {
  return job(leadingId(bytes) ?? `${origin}:${line}`, { record: { bytes, line, origin } });
}
