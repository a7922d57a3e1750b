import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isBlank, linesOf, type Line } from '../../src/batch/lines.js';
import { jsonlJob, leadingId, recordJob } from '../../src/batch/records.js';

async function collect(chunks: string[], maxBytes = 1000): Promise<Array<string | 'too long'>> {
  const out: Array<string | 'too long'> = [];
  for await (const line of linesOf(Readable.from(chunks.map((c) => Buffer.from(c))), maxBytes))
    out.push('tooLong' in line ? 'too long' : Buffer.from(line.bytes).toString());
  return out;
}

describe('linesOf', () => {
  it('splits on LF across chunk boundaries and drops the CR of CRLF', async () => {
    expect(await collect(['ab', 'c\r\nd', 'ef\n', 'g'])).toEqual(['abc', 'def', 'g']);
  });

  it('keeps empty lines, so a mapper can answer each', async () => {
    expect(await collect(['a\n\nb\n'])).toEqual(['a', '', 'b']);
  });

  it('reports a line over the limit without holding it, and goes on', async () => {
    expect(await collect(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'], 40)).toEqual([
      'short',
      'too long',
      'next',
    ]);
  });

  it('reports a last line over the limit with no newline', async () => {
    expect(await collect(['ok\n', 'z'.repeat(50)], 40)).toEqual(['ok', 'too long']);
  });

  it('keeps UTF-8 characters split between chunks whole', async () => {
    const bytes = Buffer.from('标题\n');
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2)];
    const lines: Line[] = [];
    for await (const l of linesOf(Readable.from(chunks), 100)) lines.push(l);
    expect(lines.map((l) => ('bytes' in l ? Buffer.from(l.bytes).toString() : null))).toEqual([
      '标题',
    ]);
  });

  it('gives each line a buffer of its own (movable to a worker)', async () => {
    for await (const l of linesOf(Readable.from([Buffer.from('abc\ndef\n')]), 100)) {
      if (!('bytes' in l)) throw new Error('unexpected');
      expect(l.bytes.byteOffset).toBe(0);
      expect(l.bytes.buffer.byteLength).toBe(l.bytes.byteLength);
    }
  });

  it('isBlank is true for spaces and tabs only', () => {
    expect(isBlank(Buffer.from(' \t '))).toBe(true);
    expect(isBlank(Buffer.from(' {}'))).toBe(false);
  });
});

describe('JSON Lines records', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s));

  it('reads the id at the start of a line without parsing the rest', () => {
    expect(leadingId(bytes('{"id": "a\\"b", "html": "…'))).toBe('a"b');
    expect(leadingId(bytes('{"id":42,"html":""}'))).toBe('42');
    expect(leadingId(bytes('{"url":"x","id":"late"}'))).toBeNull();
  });

  it('names a record by its line until the worker reads its id', () => {
    expect(recordJob(bytes('{"url":"x","id":"late"}'), 7, 'in.jsonl').id).toBe('in.jsonl:7');
  });

  it('turns a record into a page or an error', () => {
    expect(
      jsonlJob('{"id":"a","url":"https://x.example/a","html":"<p>x</p>"}', 1, 'f'),
    ).toMatchObject({ id: 'a', url: 'https://x.example/a', text: '<p>x</p>', error: null });
    expect(jsonlJob('{"id":"b","text":"正文"}', 2, 'f')).toMatchObject({ kind: 'text' });
    expect(jsonlJob('[1]', 3, 'f').error).toBe('line 3: not a JSON object');
    expect(jsonlJob('{"id":"c"}', 4, 'f').error).toBe('line 4: no "html" or "text" field');
    expect(jsonlJob('{', 5, 'f')).toMatchObject({ id: 'f:5', error: 'line 5: not JSON' });
  });
});
