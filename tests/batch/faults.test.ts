/** Output that cannot be written: a clear line, exit 1, and no partial or temp file left. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, SEED } from '../helpers/cli.js';
import { type FaultDir, fullDir, readOnlyDir } from '../helpers/faults.js';

const STACK = /^ {4}at /mu;
const records = (n: number): string =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `p${i}`, text: `第${i}篇\n\n${readFileSync(SEED, 'utf8')}` }),
  ).join('\n');

function expectCleanFailure(
  r: { status: number | null; signal: NodeJS.Signals | null; stderr: string },
  pattern: RegExp,
): void {
  // The signal and the message say why, should a run ever be killed instead of exiting.
  expect({ status: r.status, signal: r.signal, stderr: r.stderr.slice(0, 300) }).toMatchObject({
    status: 1,
    signal: null,
  });
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(STACK);
}

describe.each([
  ['a read-only folder', readOnlyDir, /permission denied/u],
  ['a full disk', fullDir, /no space left on the device/u],
] as const)('writing into %s', (_name, make, message) => {
  let dir: FaultDir | null = null;
  let before: string[] = [];
  let input = '';
  beforeAll(() => {
    input = join(mkdtempSync(join(tmpdir(), 'artext-faults-')), 'pages.jsonl');
    writeFileSync(input, records(40));
    dir = make();
    before = dir ? readdirSync(dir.path) : [];
  });
  afterAll(() => dir?.release());

  it('clean -o: one line naming the file, exit 1, nothing left behind', (ctx) => {
    if (!dir) return ctx.skip('this machine cannot make such a folder');
    const target = join(dir.path, 'seed.md');
    const r = runCli(['clean', SEED, '--no-entities', '-o', target]);
    expectCleanFailure(r, new RegExp(`cannot write ${target}: ${message.source}`, 'u'));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir.path)).toEqual(before);
  });

  it('batch --format jsonl --out FILE: exit 1, no partial file', (ctx) => {
    if (!dir) return ctx.skip('this machine cannot make such a folder');
    const target = join(dir.path, 'pages.jsonl');
    const r = runCli(['batch', input, '--format', 'jsonl', '--out', target, '--no-entities']);
    expectCleanFailure(r, new RegExp(`cannot write ${target}: ${message.source}`, 'u'));
    expect(readdirSync(dir.path)).toEqual(before);
  });

  it('batch --out DIR: every page recorded as failed, exit 1, no partial file', (ctx) => {
    if (!dir) return ctx.skip('this machine cannot make such a folder');
    const r = runCli(['batch', input, '--out', join(dir.path, 'out'), '--no-entities']);
    expectCleanFailure(r, message);
    const left = readdirSync(dir.path).filter((f) => !before.includes(f));
    for (const f of left)
      expect(readdirSync(join(dir.path, f)).filter((n) => n.endsWith('.json'))).toEqual([]);
  });
});
