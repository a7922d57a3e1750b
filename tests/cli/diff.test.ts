import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SEED } from '../helpers/cli.js';

function saves(): { dir: string; old: string; later: string } {
  const dir = mkdtempSync(join(tmpdir(), 'artext-diff-'));
  const text = readFileSync(SEED, 'utf8');
  const old = join(dir, 'v1.txt');
  const later = join(dir, 'v2.txt');
  writeFileSync(old, text);
  writeFileSync(later, text.replace('宣讲3万余场', '宣讲2万余场'));
  return { dir, old, later };
}

describe('artext diff', () => {
  it('exits 0 with "no changes" for the same story', () => {
    const r = runCli(['diff', SEED, SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no changes/u);
  });

  it('shows an edited paragraph with the character changed, and the number that changed; exit 1', () => {
    const { old, later } = saves();
    const r = runCli(['diff', old, later]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^§1 ¶2 edited$/mu);
    expect(r.stdout).toMatch(/^~ 宣讲\[-3-\]\{\+2\+\}万余场/mu);
    expect(r.stdout).toMatch(/number changed: 3万余场 = 30000 → 2万余场 = 20000 \(§1 ¶2\)/u);
  });

  it('writes JSON for machines', () => {
    const { old, later } = saves();
    const r = runCli(['diff', old, later, '--format', 'json']);
    const d = JSON.parse(r.stdout) as {
      schema: string;
      old: { name: string };
      paragraphs: Array<{ change: string }>;
    };
    expect(d.schema).toBe('artext-diff/1');
    expect(d.old.name).toBe(old);
    expect(d.paragraphs.map((p) => p.change)).toEqual(['edited']);
  });

  it('compares saved JSON outputs as well as pages', () => {
    const { dir, old, later } = saves();
    const json = join(dir, 'v1.json');
    expect(runCli(['clean', old, '-f', 'json', '-o', json]).status).toBe(0);
    const r = runCli(['diff', json, later]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/§1 ¶2 edited/u);
  });

  it('refuses a JSON file that claims artext/1 but breaks the schema, with exit 2', () => {
    const { dir } = saves();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schema: 'artext/1', meta: {} }));
    const r = runCli(['diff', bad, SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: not a valid artext\/1 document/u);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 naming a missing input', () => {
    const r = runCli(['diff', SEED, join(ROOT, 'no-such-page.html')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no-such-page\.html/u);
  });
});
