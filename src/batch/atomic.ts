/**
 * Atomic file writes: data goes to a temp file beside the target, is flushed, then renamed over
 * it — a killed run never leaves a partial file, and readers see the old or the new file only.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const TEMP_PREFIX = '.artext-tmp-';

/** Writes `data` to `path` atomically. Refuses to write through a symlink at `path`. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const existing = await lstat(path).catch(() => null);
  if (existing?.isSymbolicLink())
    throw new Error(`${path} is a symbolic link; not writing through it`);
  const temp = join(
    dirname(path),
    `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-${basename(path).slice(0, 60)}`,
  );
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
    throw error;
  }
}
