/** Runs the CLI on a torture case with a time bound, measuring the peak RSS of the process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cliEnv, ROOT } from '../helpers/cli.js';

export const TIME_LIMIT_MS = 10_000;
export const RSS_LIMIT_MB = 1024;

export interface Measured {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
  rssMb: number;
}

export function runBounded(
  args: string[],
  options: { cwd?: string; input?: string } = {},
): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'artext-rss-'));
  const rssFile = join(dir, 'rss');
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'tests/torture/measure.mjs'), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: TIME_LIMIT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 512 * 1024 * 1024,
    env: cliEnv({ ARTEXT_RSS_FILE: rssFile }),
  });
  const seconds = (performance.now() - started) / 1000;
  let rssMb = NaN;
  try {
    rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // Killed before exit: no figure.
  }
  rmSync(dir, { recursive: true, force: true });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, seconds, rssMb };
}
