/**
 * Folders where writes fail, for fault tests: read-only (EACCES, or EPERM for root through an
 * immutable flag) and full (ENOSPC, a tiny tmpfs filled to the brim; needs root). Each returns
 * null when this machine cannot make one, and the test says so when it skips.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FaultDir {
  path: string;
  release: () => void;
}

function writeFails(dir: string): boolean {
  try {
    writeFileSync(join(dir, 'probe'), 'x');
    rmSync(join(dir, 'probe'));
    return false;
  } catch {
    return true;
  }
}

export function readOnlyDir(): FaultDir | null {
  const path = mkdtempSync(join(tmpdir(), 'artext-ro-'));
  const isRoot = process.getuid?.() === 0;
  try {
    if (isRoot) execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
    else chmodSync(path, 0o555);
  } catch {
    return null;
  }
  const release = (): void => {
    if (isRoot) execFileSync('chattr', ['-i', path], { stdio: 'ignore' });
    else chmodSync(path, 0o755);
    rmSync(path, { recursive: true, force: true });
  };
  if (!writeFails(path)) {
    release();
    return null;
  }
  return { path, release };
}

export function fullDir(): FaultDir | null {
  if (process.getuid?.() !== 0) return null;
  const path = mkdtempSync(join(tmpdir(), 'artext-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', path], { stdio: 'ignore' });
  } catch {
    rmSync(path, { recursive: true, force: true });
    return null;
  }
  const release = (): void => {
    execFileSync('umount', [path], { stdio: 'ignore' });
    rmSync(path, { recursive: true, force: true });
  };
  // Fill it: one file, grown until the device refuses more.
  try {
    for (let i = 0; i < 64; i++)
      writeFileSync(join(path, 'filler'), Buffer.alloc(4096), { flag: 'a' });
  } catch {
    // ENOSPC: full.
  }
  return writeFails(path) ? { path, release } : (release(), null);
}
