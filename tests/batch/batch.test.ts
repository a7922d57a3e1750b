import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, jsonLines, ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { warcBytes } from '../helpers/warc.js';

const page = (n: number) =>
  `<html><head><title>第${n}篇</title></head><body><div class="content"><p>这是第${n}篇文章的正文，内容足够长，足以构成一个完整的段落。</p><p>第二段同样是正文，说明批处理不会丢失任何页面。</p></div></body></html>`;

function tree(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'artext-batch-'));
  mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'in', i % 2 ? 'sub' : '', `p${i}.html`), page(i));
  return dir;
}

/** `artext batch DIR/in --out DIR/out --no-entities …`: the tree's pages into its out folder. */
const batchTree = (dir: string, ...flags: string[]): CliResult =>
  runCli(['batch', join(dir, 'in'), '--out', join(dir, 'out'), '--no-entities', ...flags]);

function outputs(dir: string): string[] {
  const files: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) stack.push(join(d, e.name));
      else files.push(join(d, e.name));
    }
  }
  return files;
}

describe('artext batch', () => {
  it('writes one file per page, mirroring folders, and a report', () => {
    const dir = tree(6);
    const r = batchTree(dir, '--jobs', '2', '--report', join(dir, 'report.json'));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/6 ok, 0 failed, 0 skipped/u);
    const files = outputs(join(dir, 'out')).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(6);
    expect(existsSync(join(dir, 'out', 'sub', 'p1.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary).toMatchObject({
      ok: 6,
      failed: 0,
    });
  });

  it('records a bad page and goes on, exiting 1', () => {
    const dir = tree(2);
    writeFileSync(join(dir, 'in', 'broken.html'), Buffer.from('89504e470d0a1a0a', 'hex'));
    const r = batchTree(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.html: binary file \(PNG image\)/u);
    expect(r.stderr).toMatch(/2 ok, 1 failed/u);
  });

  it('skips finished pages with --resume', () => {
    const dir = tree(4);
    batchTree(dir);
    const again = batchTree(dir, '--resume');
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/0 ok, 0 failed, 4 skipped/u);
  });

  it('reads WARC records (the target URI is the page URL) and reports a truncated one', async () => {
    const dir = tree(0);
    const bytes = await warcBytes(
      [1, 2, 3].map((n) => ({
        url: `https://news.example.cn/2024/03/0${n}/a.html`,
        html: page(n),
      })),
    );
    writeFileSync(join(dir, 'crawl.warc'), bytes.subarray(0, bytes.length - 60));
    const r = runCli(['batch', join(dir, 'crawl.warc'), '--format', 'jsonl', '--no-entities']);
    expect(r.status).toBe(1);
    const lines = jsonLines<{ id: string; article?: { meta: { url: string } }; error?: string }>(
      r.stdout,
    );
    expect(lines.map((l) => l.article?.meta.url ?? l.error)).toEqual([
      'https://news.example.cn/2024/03/01/a.html',
      'https://news.example.cn/2024/03/02/a.html',
      expect.stringMatching(/truncated WARC record/u),
    ]);
  });

  it('reads gzipped WARC and reports a truncated gzip without crashing', async () => {
    const dir = tree(0);
    const gz = await warcBytes(
      [1, 2].map((n) => ({ url: `https://x.example/${n}`, html: page(n) })),
      true,
    );
    writeFileSync(join(dir, 'ok.warc.gz'), gz);
    writeFileSync(join(dir, 'cut.warc.gz'), gz.subarray(0, gz.length - 30));
    expect(
      runCli(['batch', join(dir, 'ok.warc.gz'), '--format', 'jsonl', '--no-entities'])
        .stdout.trim()
        .split('\n'),
    ).toHaveLength(2);
    const cut = runCli(['batch', join(dir, 'cut.warc.gz'), '--format', 'jsonl', '--no-entities']);
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/unexpected end of file/u);
    expect(cut.stderr).not.toMatch(/at .+:\d+:\d+/u);
  });

  it('reads JSON Lines; a line that is not JSON is an error record', () => {
    const dir = tree(0);
    writeFileSync(
      join(dir, 'pages.jsonl'),
      `${JSON.stringify({ id: 'a', url: 'https://x.example/a', html: page(1) })}\nnot json\n${JSON.stringify({ id: 'b', text: '标题\n\n一段正文，写得足够长。' })}\n`,
    );
    const r = runCli(['batch', join(dir, 'pages.jsonl'), '--format', 'jsonl', '--no-entities']);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => [l.id, 'article' in l ? 'article' : l.error])).toEqual([
      ['a', 'article'],
      [expect.stringMatching(/pages\.jsonl:2$/u), 'line 2: not JSON'],
      ['b', 'article'],
    ]);
  });

  it('takes ids and URLs from anywhere in a record, for output lines and file names', () => {
    const dir = tree(0);
    writeFileSync(
      join(dir, 'pages.jsonl'),
      `${JSON.stringify({ url: 'https://x.example/news/late.html', id: 'late', html: page(1) })}\n`,
    );
    const lines = runCli(['batch', join(dir, 'pages.jsonl'), '--format', 'jsonl', '--no-entities']);
    expect(JSON.parse(lines.stdout)).toMatchObject({ id: 'late' });
    const files = runCli([
      'batch',
      join(dir, 'pages.jsonl'),
      '--out',
      join(dir, 'out'),
      '--no-entities',
    ]);
    expect(files.status).toBe(0);
    expect(existsSync(join(dir, 'out', 'x.example', 'news', 'late.json'))).toBe(true);
  });

  it('ends a torn last manifest line before appending, so every entry stays readable', () => {
    const dir = tree(2);
    mkdirSync(join(dir, 'out'), { recursive: true });
    writeFileSync(join(dir, 'out', '.artext-manifest.jsonl'), '{"key":"ab');
    const r = batchTree(dir, '--resume');
    expect(r.status).toBe(0);
    const lines = readFileSync(join(dir, 'out', '.artext-manifest.jsonl'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe('{"key":"ab');
    expect(lines.slice(1).map((l) => Object.keys(JSON.parse(l) as object))).toEqual([
      ['key', 'output'],
      ['key', 'output'],
    ]);
  });

  it('clears temp files a killed run left in --out', () => {
    const dir = tree(2);
    mkdirSync(join(dir, 'out', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'out', 'sub', '.artext-tmp-0a1b2c-p1.json'), '{"sch');
    const r = batchTree(dir, '--resume');
    expect(r.status).toBe(0);
    expect(outputs(join(dir, 'out')).filter((f) => f.includes('.artext-tmp-'))).toEqual([]);
    expect(outputs(join(dir, 'out')).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });

  it('does not write through a symbolic link inside --out', () => {
    const dir = tree(2);
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', 'sub'));
    const r = batchTree(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/symbolic link/u);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
  });
});

describe('artext batch --stdin-jsonl (the Hadoop Streaming and Spark pipe contract)', () => {
  it('writes exactly one line per input line, in order, with error records', () => {
    const input = [
      JSON.stringify({ id: '1', html: page(1) }),
      'garbage',
      '',
      JSON.stringify({ id: '4', text: '标题\n\n正文一段，写得足够长。' }),
      JSON.stringify({ id: '5' }),
    ].join('\n');
    const r = runCli(['batch', '--stdin-jsonl', '--no-entities'], { input: `${input}\n` });
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.id)).toEqual(['1', 'stdin:2', 'stdin:3', '4', '5']);
    expect(lines.map((l) => ('error' in l ? 'error' : 'article'))).toEqual([
      'article',
      'error',
      'error',
      'article',
      'error',
    ]);
    expect(r.stderr).toBe('');
  });

  it('flushes each result before the next line arrives', async () => {
    const child = spawn(
      process.execPath,
      [BIN, 'batch', '--stdin-jsonl', '--no-entities', '--jobs', '1'],
      { cwd: ROOT },
    );
    const firstLine = new Promise<string>((resolve) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        if (buffer.includes('\n')) resolve(buffer.split('\n')[0]!);
      });
    });
    child.stdin.write(`${JSON.stringify({ id: 'first', html: page(1) })}\n`);
    const line = await firstLine;
    expect(JSON.parse(line)).toMatchObject({ id: 'first' });
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });
});

describe('kill -9 and --resume', () => {
  it('outputs every page exactly once, with no partial file', async () => {
    const count = 300;
    const dir = tree(count);
    const out = join(dir, 'out');
    const child = spawn(
      process.execPath,
      [BIN, 'batch', join(dir, 'in'), '--out', out, '--no-entities', '--jobs', '1', '--quiet'],
      { cwd: ROOT },
    );
    // Kill once a few pages are out, mid-run.
    for (let i = 0; i < 400; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      if (existsSync(out) && outputs(out).filter((f) => f.endsWith('.json')).length >= 20) break;
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    const partial = outputs(out).filter((f) => f.endsWith('.json')).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(count);
    const resumed = spawnSync(
      process.execPath,
      [BIN, 'batch', join(dir, 'in'), '--out', out, '--no-entities', '--resume'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(resumed.status).toBe(0);
    const files = outputs(out);
    const pages = files.filter((f) => f.endsWith('.json'));
    expect(pages).toHaveLength(count);
    expect(files.filter((f) => f.includes('.artext-tmp-'))).toEqual([]);
    for (const f of pages) expect(() => JSON.parse(readFileSync(f, 'utf8'))).not.toThrow();
    const skipped = Number(/\b(\d{1,6}) skipped/u.exec(resumed.stderr)?.[1]);
    expect(skipped).toBeGreaterThanOrEqual(partial - 1);
  });
});
