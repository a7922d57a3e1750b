/**
 * Batch inputs, streamed one page at a time: files, directories (walked iteratively), globs,
 * WARC archives (`response` records carrying HTML; the target URI is the page URL) and JSON Lines
 * (`{"id","url","html"}` or `{"id","text"}` a line), plain or gzipped. Nothing is read whole
 * except one page; a bad record becomes an error job, never a stopped run.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { glob, isDynamicPattern } from 'tinyglobby';
import { WARCParser } from 'warcio';
import { InputError } from '../errors.js';
import { readFileInput } from '../input/read.js';
import { isBlank, linesOf } from './lines.js';
import { failed, overLimit, recordJob, type PageJob } from './records.js';

const PAGE_EXTENSIONS = /\.(?:html?|xhtml|shtml|txt)$/iu;
const ARCHIVE = /\.(?:warc|jsonl|ndjson)(?:\.gz)?$/iu;

/**
 * A file's bytes, gunzipped when it ends in `.gz`. Streamed: however far a small .gz inflates,
 * only one record or line at a time is held, and each is bounded by `--max-bytes`.
 */
function open(path: string): Readable {
  const raw = createReadStream(path);
  if (!/\.gz$/iu.test(path)) return raw;
  // pipeline() carries an error of any stage (a truncated member: "unexpected end of file")
  // to the last one, where the reader's loop rejects with it instead of the process crashing.
  const out = new PassThrough();
  pipeline(raw, createGunzip(), out, () => undefined);
  return out;
}

/** Room for a response's HTTP headers inside a record's length, beyond the page itself. */
const HTTP_HEADER_ALLOWANCE = 64 * 1024;

async function* warcPages(path: string, maxBytes: number): AsyncGenerator<PageJob> {
  const stream = open(path);
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let index = 0;
  try {
    const head = await chunks.next();
    const first = head.done ? Buffer.alloc(0) : Buffer.from(head.value);
    if (!first.toString('latin1').startsWith('WARC/')) {
      yield failed(path, new InputError('not a WARC file (it does not start with WARC/)'));
      return;
    }
    for await (const record of WARCParser.iterRecords(replay(first, chunks))) {
      index++;
      if (record.warcType !== 'response' && record.warcType !== 'resource') {
        await record.skipFully();
        continue;
      }
      const contentType =
        record.httpHeaders?.headers.get('content-type') ?? record.warcContentType ?? '';
      if (contentType && !/html|text\/plain|xml/iu.test(contentType)) {
        await record.skipFully();
        continue;
      }
      const id = `${path}#${index}`;
      const url = record.warcTargetURI ?? null;
      const expected = record.warcContentLength;
      // Refused before it is read: the record says its length.
      if (expected > maxBytes + HTTP_HEADER_ALLOWANCE) {
        await record.skipFully();
        yield failed(
          id,
          new InputError(`record too large: ${expected} bytes, over the limit of ${maxBytes}`),
        );
        continue;
      }
      const payload = await record.readFully(true);
      const headerBytes = record.httpHeaders ? record.httpHeaders.toString().length : 0;
      if (payload.length > maxBytes) {
        yield failed(
          id,
          new InputError(
            `record too large: ${payload.length} bytes, over the limit of ${maxBytes}`,
          ),
        );
        continue;
      }
      // warcio hands a cut-off last record over as a short payload: compare with Content-Length.
      if (
        expected > 0 &&
        payload.length + headerBytes < expected * 0.9 &&
        payload.length < expected - headerBytes - 4
      ) {
        yield failed(
          id,
          new InputError(
            `truncated WARC record: ${payload.length + headerBytes} of ${expected} bytes`,
          ),
        );
        continue;
      }
      yield { id, nameHint: url ?? id, bytes: payload, text: null, url, error: null };
    }
  } catch (error) {
    yield failed(
      `${path}#${index + 1}`,
      new InputError(`unreadable archive: ${(error as Error).message}`),
    );
  } finally {
    stream.destroy();
  }
}

/** The chunk already read to sniff the file, then the rest of the same iterator. */
async function* replay(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Uint8Array> {
  if (first.length > 0) yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* jsonlPages(path: string, maxBytes: number): AsyncGenerator<PageJob> {
  const stream = open(path);
  let n = 0;
  try {
    for await (const line of linesOf(stream, maxBytes)) {
      n = line.n;
      if ('tooLong' in line) {
        yield failed(`${path}:${n}`, overLimit(n, maxBytes));
        continue;
      }
      if (isBlank(line.bytes)) continue;
      yield recordJob(line.bytes, n, path);
    }
  } catch (error) {
    yield failed(
      `${path}:${n + 1}`,
      new InputError(`unreadable file: ${(error as Error).message}`),
    );
  } finally {
    stream.destroy();
  }
}

async function filePage(path: string, root: string, maxBytes: number): Promise<PageJob> {
  const nameHint = relative(root, path).split(sep).join('/') || path;
  try {
    return {
      id: path,
      nameHint,
      bytes: await readFileInput(path, maxBytes),
      text: null,
      url: null,
      error: null,
    };
  } catch (error) {
    return { ...failed(path, error), nameHint };
  }
}

/** Files under a directory, sorted, walked with a stack (deep trees do not overflow). */
async function* walk(dir: string): AsyncGenerator<string> {
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const entries = (await readdir(current, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? 1 : -1,
    );
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) yield path;
    }
  }
}

async function* fromPath(path: string, root: string, maxBytes: number): AsyncGenerator<PageJob> {
  if (/\.warc(?:\.gz)?$/iu.test(path)) yield* warcPages(path, maxBytes);
  else if (/\.(?:jsonl|ndjson)(?:\.gz)?$/iu.test(path)) yield* jsonlPages(path, maxBytes);
  else yield await filePage(path, root, maxBytes);
}

/** Every page of every input, in order. */
export async function* pages(inputs: string[], maxBytes: number): AsyncGenerator<PageJob> {
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      if (isDynamicPattern(input)) {
        for (const path of (await glob(input, { onlyFiles: true })).sort())
          yield* fromPath(path, '.', maxBytes);
        continue;
      }
      yield failed(input, new InputError('no such file'));
      continue;
    }
    if (info.isDirectory()) {
      for await (const path of walk(input)) {
        if (PAGE_EXTENSIONS.test(path) || ARCHIVE.test(path))
          yield* fromPath(path, input, maxBytes);
      }
    } else if (info.isFile()) {
      yield* fromPath(input, dirname(input), maxBytes);
    } else {
      yield failed(input, new InputError('not a regular file'));
    }
  }
}
