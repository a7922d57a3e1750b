/** Reading one input (a file path or `-` for stdin) into bytes, with the checks a batch needs. */
import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return (error as Error).message;
  }
}

function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError(
    `too large: ${size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`,
  );
}

/** Reads a regular file; refuses directories, FIFOs and devices before opening them (a FIFO would block). */
export async function readFileInput(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(describe(error));
  }
  if (info.isDirectory()) throw new InputError('is a directory');
  if (!info.isFile()) throw new InputError('not a regular file');
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  try {
    const handle = await open(path, 'r');
    try {
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new InputError(describe(error));
  }
}

/** Reads a stream to its end, refusing it as soon as it passes `maxBytes`. */
export async function readStreamInput(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.byteLength;
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
