/**
 * The resume manifest: one JSON line per finished page (`{"key","output"}`), appended after the
 * page's output was renamed into place. A run killed mid-line leaves a torn last line, which is
 * ignored; a page counts as done only when its line is whole and its output file exists.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST = '.artext-manifest.jsonl';

export interface Done {
  key: string;
  output: string;
}

/** What identifies a page's result: its identity, its bytes and the options that shape output. */
export function pageKey(id: string, content: Uint8Array | string | null, settings: string): string {
  const hash = createHash('sha256').update(id).update('\0').update(settings).update('\0');
  if (content !== null) hash.update(content);
  return hash.digest('hex');
}

export function loadManifest(outDir: string): Map<string, string> {
  const done = new Map<string, string>();
  const path = join(outDir, MANIFEST);
  if (!existsSync(path)) return done;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as Done;
      if (typeof entry.key === 'string' && typeof entry.output === 'string')
        done.set(entry.key, entry.output);
    } catch {
      // A torn line from a killed run: that page is simply not done.
    }
  }
  return done;
}

export async function recordDone(outDir: string, entry: Done): Promise<void> {
  await appendFile(join(outDir, MANIFEST), `${JSON.stringify(entry)}\n`);
}
