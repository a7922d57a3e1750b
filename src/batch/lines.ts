/**
 * Lines of a byte stream, pulled one at a time. Unlike readline's iterator, which buffers up to
 * a thousand lines ahead (a thousand pages of JSON Lines), the stream is read only as fast as
 * lines are taken, and a line over the limit is skipped without being held whole. Each line's
 * bytes own their buffer (no trailing CR), so they can be moved to a worker without a copy.
 */

export type Line = { n: number; bytes: Uint8Array } | { n: number; tooLong: true };

const NEWLINE = 0x0a;
const CR = 0x0d;

function join(parts: Uint8Array[], size: number): Uint8Array {
  const last = parts.at(-1);
  const length = last && last.length > 0 && last[last.length - 1] === CR ? size - 1 : size;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    const take = Math.min(part.length, length - at);
    out.set(part.subarray(0, take), at);
    at += take;
  }
  return out;
}

export async function* linesOf(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let n = 0;
  const line = (): Line => {
    n++;
    const out: Line = tooLong ? { n, tooLong: true } : { n, bytes: join(parts, size) };
    parts = [];
    size = 0;
    tooLong = false;
    return out;
  };
  const add = (part: Uint8Array): void => {
    if (tooLong) return;
    size += part.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
    } else {
      parts.push(part);
    }
  };
  for await (const piece of stream) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      add(chunk.subarray(start, nl));
      yield line();
      start = nl + 1;
    }
    if (start < chunk.length) add(chunk.subarray(start));
  }
  if (size > 0 || tooLong) yield line();
}

/** Whether a line holds nothing but spaces and tabs (JSON Lines skip such lines). */
export function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09) return false;
  return true;
}
