/** `artext check` as CI runs it: failures named to the paragraph, updates, reporters, exit codes. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const SEED = 'cri-2023-changsha-women';

/** A fixture folder holding a copy of the seed fixture. */
function seedFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'artext-check-'));
  for (const ext of ['.txt', '.expected.json', '.expected.md'])
    copyFileSync(join(ROOT, 'fixtures/text', SEED + ext), join(dir, SEED + ext));
  return dir;
}

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('artext check', () => {
  it('passes an untouched fixture with exit 0', () => {
    const r = runCli(['check', seedFixture()]);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/1 fixture: 1 passed/u);
  });

  it('fails on one changed character of the expected JSON and names the paragraph', () => {
    const dir = seedFixture();
    edit(join(dir, `${SEED}.expected.json`), '"text": "宣讲3万余场', '"text": "宣讲4万余场');
    const r = runCli(['check', dir]);
    expect(r.status).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/section 1 \(lead\), paragraph 2 changed/u);
    expect(out).toMatch(/^ +- {2}"text": "宣讲4万余场/mu);
    expect(out).toMatch(/^ +\+ {2}"text": "宣讲3万余场/mu);
    expect(out).toMatch(/1 fixture: 0 passed, 1 failed/u);
  });

  it('fails on one changed character of the expected Markdown with a unified diff', () => {
    const dir = seedFixture();
    edit(join(dir, `${SEED}.expected.md`), '秋去冬来', '秋去冬去');
    const r = runCli(['check', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/^ +-秋去冬去[，,]硕果累累。$/mu);
  });

  it('names a changed entity', () => {
    const dir = seedFixture();
    const path = join(dir, `${SEED}.expected.json`);
    const json = JSON.parse(readFileSync(path, 'utf8')) as {
      entities: { numbers: Array<{ text: string; value: number }> };
    };
    const n = json.entities.numbers.find((x) => x.text === '3万余场')!;
    n.value = 40000;
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
    const r = runCli(['check', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/number \d+ “3万余场” changed/u);
  });

  it('ignores the paths given with --ignore', () => {
    const dir = seedFixture();
    edit(join(dir, `${SEED}.expected.json`), '"encoding": "utf-8"', '"encoding": "gb18030"');
    expect(runCli(['check', dir]).status).toBe(1);
    expect(runCli(['check', dir, '--ignore', 'source.encoding']).status).toBe(0);
  });

  it('--update rewrites the expected files, lists them, and the next run passes', () => {
    const dir = seedFixture();
    edit(join(dir, `${SEED}.expected.md`), '秋去冬来', '秋去冬去');
    const r = runCli(['check', dir, '--update']);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toContain(`${SEED}.expected.md`);
    expect(runCli(['check', dir]).status).toBe(0);
  });

  it('exits 2 on an unreadable fixture', () => {
    const dir = seedFixture();
    writeFileSync(join(dir, `${SEED}.expected.json`), '{"schema": ');
    const r = runCli(['check', dir]);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/expected\.json/u);
  });

  it('exits 2 when the folder does not exist', () => {
    const r = runCli(['check', join(tmpdir(), 'artext-no-such-folder')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an expected JSON that breaks the schema', () => {
    const dir = seedFixture();
    edit(join(dir, `${SEED}.expected.json`), '"schema": "artext/1"', '"schema": "artext/0"');
    const r = runCli(['check', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/schema/u);
  });

  it('reports quality warnings: mojibake and a missing date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'artext-check-'));
    const page =
      '湖南新闻\n\n正文第一段，这里写了足够长的一句话，好让它成为一个段落。\n\n第二段有坏字\uFFFD\uFFFD，但仍是正文的一部分。\n';
    writeFileSync(join(dir, 'bad.txt'), page);
    const made = runCli(['clean', 'bad.txt', '-f', 'json', '-o', 'bad.expected.json'], {
      cwd: dir,
    });
    expect(made.status).toBe(0);
    const r = runCli(['check', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/mojibake: U\+FFFD/u);
    expect(r.stdout + r.stderr).toMatch(/missing publish date/u);
  });

  it('writes a JSON report', () => {
    const dir = seedFixture();
    edit(join(dir, `${SEED}.expected.md`), '秋去冬来', '秋去冬去');
    const out = join(dir, 'report.json');
    const r = runCli(['check', dir, '--reporter', 'json', '--output', out]);
    expect(r.status).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      summary: { total: number; failed: number };
      fixtures: Array<{ status: string }>;
    };
    expect(report.summary).toMatchObject({ total: 1, failed: 1 });
    expect(report.fixtures[0]!.status).toBe('fail');
  });

  it('writes JUnit XML that validates against the JUnit schema, passing and failing', async () => {
    const schema = readFileSync(join(ROOT, 'tests/check/junit.xsd'), 'utf8');
    const dir = seedFixture();
    copyFileSync(join(ROOT, 'fixtures/text/english-2024-harbor-wind.txt'), join(dir, 'en.txt'));
    copyFileSync(
      join(ROOT, 'fixtures/text/english-2024-harbor-wind.expected.md'),
      join(dir, 'en.expected.md'),
    );
    edit(join(dir, `${SEED}.expected.md`), '秋去冬来', '秋去冬去 <b>&"]]>');
    const out = join(dir, 'junit.xml');
    const r = runCli(['check', dir, '--reporter', 'junit', '--output', out]);
    expect(r.status).toBe(1);
    const xml = readFileSync(out, 'utf8');
    const result = await validateXML({
      xml: [{ fileName: 'junit.xml', contents: xml }],
      schema: [{ fileName: 'junit.xsd', contents: schema }],
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toMatch(/<testsuite name="fixtures" tests="2" failures="1" errors="0"/u);
    expect(xml).toContain('<failure message="1 difference(s)');
  });

  it('rejects an unknown reporter with exit 2', () => {
    const r = runCli(['check', seedFixture(), '--reporter', 'tap']);
    expect(r.status).toBe(2);
  });
});
