/**
 * Atomic file writes: data goes to a temp file beside the target, is flushed, then renamed over
 * it — a killed run never leaves a partial file, and readers see the old or the new file only.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const TEMP_PREFIX = '.artext-tmp-';

const WRITE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'its folder does not exist',
  EISDIR: 'it is a folder',
};

/** One readable line for a failed write, naming the target rather than the temp file. */
export class WriteError extends Error {
  constructor(path: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | null)?.code;
    const what = (code && WRITE_ERRORS[code]) ?? (cause as Error).message;
    super(`cannot write ${path}: ${what}`, { cause });
    this.name = 'WriteError';
  }
}

async function tempBeside(path: string): Promise<string> {
  const existing = await lstat(path).catch(() => null);
  if (existing?.isSymbolicLink())
    throw new WriteError(path, new Error('it is a symbolic link; not writing through it'));
  return join(
    dirname(path),
    `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-${basename(path).slice(0, 60)}`,
  );
}

/** Writes `data` to `path` atomically. Refuses to write through a symlink at `path`. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = await tempBeside(path);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error instanceof WriteError ? error : new WriteError(path, error);
  }
}

export interface AtomicStream {
  write(chunk: string): Promise<void>;
  /** Flushes and renames the temp file over the target. */
  commit(): Promise<void>;
  /** Removes the temp file; the target is untouched. */
  abort(): Promise<void>;
}

/**
 * A file written chunk by chunk (a JSON Lines stream of any length in constant memory) that
 * appears at `path` only when committed.
 */
export async function openAtomic(path: string): Promise<AtomicStream> {
  const temp = await tempBeside(path);
  const handle = await open(temp, 'wx', 0o644).catch((error: unknown) => {
    throw new WriteError(path, error);
  });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    write: async (chunk) => {
      try {
        await handle.write(chunk);
      } catch (error) {
        throw new WriteError(path, error);
      }
    },
    commit: async () => {
      try {
        await handle.sync();
        await close();
        await rename(temp, path);
      } catch (error) {
        await close().catch(() => undefined);
        await rm(temp, { force: true });
        throw new WriteError(path, error);
      }
    },
    abort: async () => {
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}
