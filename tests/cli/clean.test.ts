import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/check/schema.js';
import { runCli, SEED } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'artext-cli-'));
const empty = join(tmp, 'empty.txt');
const png = join(tmp, 'image.html');
writeFileSync(empty, '');
writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));

function oneErrorLine(stderr: string, subject: string, cause: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(subject);
  expect(lines[0]).toMatch(cause);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/u);
}

describe('artext clean', () => {
  it('writes Markdown by default, as the default command', () => {
    const r = runCli([SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# 架起“连心桥” 点亮“巾帼红”');
    expect(r.stdout).toContain('## 爱心护花开');
    expect(r.stderr).toBe('');
  });

  it('writes schema-valid JSON', () => {
    const r = runCli(['clean', SEED, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(validateArticle(JSON.parse(r.stdout))).toEqual([]);
  });

  it('reads stdin with -', () => {
    const r = runCli(['clean', '-', '--format', 'text'], { input: readFileSync(SEED) });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('架起“连心桥” 点亮“巾帼红”\n\n秋去冬来,硕果累累。')).toBe(true);
  });

  it('writes -o atomically and leaves no temp files', () => {
    const out = join(tmp, 'out.md');
    const r = runCli(['clean', SEED, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('## 星城“她”力量');
    expect(readdirSync(tmp).filter((f) => f.startsWith('.artext-tmp'))).toEqual([]);
  });

  it('explains each removal with its rule and reason on stderr', () => {
    const r = runCli(['clean', SEED, '--explain']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('[navigation-bar] a line of short links');
    expect(r.stderr).toContain('[copyright-notice]');
    expect(r.stderr).toContain('[end-byline]');
    expect(r.stdout).not.toContain('[navigation-bar]');
  });

  it.each([
    [join(tmp, 'missing.txt'), /no such file/u],
    [tmp, /is a directory/u],
    [empty, /empty file/u],
    [png, /binary file \(PNG image\)/u],
  ])('refuses %s with one line and exit 2', (input, cause) => {
    const r = runCli(['clean', input]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    oneErrorLine(r.stderr, input, cause);
  });

  it('goes on after a bad input among several and exits 1', () => {
    const r = runCli(['clean', join(tmp, 'missing.txt'), SEED, '--format', 'json']);
    expect(r.status).toBe(1);
    oneErrorLine(r.stderr, 'missing.txt', /no such file/u);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { meta: { title: string } });
    expect(docs.map((d) => d.meta.title)).toEqual(['架起“连心桥” 点亮“巾帼红”']);
  });

  it('writes no output file when every input failed', () => {
    const out = join(tmp, 'none.md');
    const r = runCli(['clean', empty, '-o', out]);
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an unknown format and unknown options with exit 2', () => {
    expect(runCli(['clean', SEED, '--format', 'pdf']).status).toBe(2);
    const r = runCli(['clean', SEED, '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help with examples, and its version', () => {
    const help = runCli(['clean', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--explain');
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    expect(runCli(['clean', SEED, '--format', 'json']).stdout).toBe(
      runCli(['clean', SEED, '--format', 'json']).stdout,
    );
  });
});
