import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/artext.js', import.meta.url));
export const SEED = fileURLToPath(
  new URL('../../fixtures/text/cri-2023-changsha-women.txt', import.meta.url),
);

export interface CliResult {
  status: number | null;
  /** The signal that ended the run, if one did (`status` is then null). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment the CLI runs in under test: colours off, whatever the terminal. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...extra } as NodeJS.ProcessEnv;
}

/** Runs the built CLI (`npm test` builds first) with colours off. */
export function runCli(
  args: string[],
  options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: cliEnv(options.env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** JSON Lines output as records, one a line. */
export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}
