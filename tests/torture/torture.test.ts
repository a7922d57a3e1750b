/**
 * Every torture case through the CLI, under a time bound (10 s) and a memory bound (1 GB peak
 * RSS): a useful result, or one clear error line and exit 2 — never a stack trace, never a hang.
 * Batch cases (WARC, gzip, JSON Lines) exit 1 with error records and lose no good page.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/check/schema.js';
import type { Article } from '../../src/document/types.js';
import { jsonLines } from '../helpers/cli.js';
import { nodesOf, parseMarkdown, unsafeMarkdown } from '../helpers/markdown.js';
import { warcBytes } from '../helpers/warc.js';
import { CASES, CASES_DIR, isCurrent, page, type TortureCase } from './corpus.js';
import { RSS_LIMIT_MB, runBounded, TIME_LIMIT_MS, type Measured } from './run.js';

const STACK = /^ {4}at /mu;
const bigDir = mkdtempSync(join(tmpdir(), 'artext-torture-'));
afterAll(() => rmSync(bigDir, { recursive: true, force: true }));

function withinBounds(r: Measured): void {
  expect(r.signal, `killed after ${TIME_LIMIT_MS / 1000} s`).toBeNull();
  expect(r.seconds).toBeLessThan(TIME_LIMIT_MS / 1000);
  expect(r.rssMb).toBeLessThan(RSS_LIMIT_MB);
  expect(r.stderr).not.toMatch(STACK);
}

function paragraphsOf(article: Article): string[] {
  return article.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'quote' ? [b.text] : [])),
  );
}

/** Runs a case as a user would: `artext clean ./NAME` from the case's folder. */
function runCase(c: TortureCase, dir: string): Measured {
  const format = c.args?.includes('--format') ? [] : ['--format', 'json'];
  return runBounded(['clean', ...format, ...(c.args ?? []), `./${c.name}`], { cwd: dir });
}

/** Holds for every Markdown output: no raw HTML, no link or image to a non-web URL. */
function expectSafeMarkdown(markdown: string): void {
  expect(unsafeMarkdown(markdown)).toEqual([]);
}

describe('torture corpus', () => {
  beforeAll(() => {
    for (const c of CASES.filter((x) => x.big)) writeFileSync(join(bigDir, c.name), c.bytes());
  }, 120_000);

  it('the committed small cases are what the generator makes', () => {
    expect(CASES.filter((c) => !c.big && !isCurrent(c)).map((c) => c.name)).toEqual([]);
  });

  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const r = runCase(c, c.big ? bigDir : CASES_DIR);
    withinBounds(r);
    if (c.outcome.kind === 'refused') {
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(c.outcome.error);
      return;
    }
    expect(r.status, r.stderr).toBe(0);
    const { paragraphs = [], absent = [], title } = c.outcome;
    if (c.args?.includes('md')) {
      expectSafeMarkdown(r.stdout);
      for (const text of absent) expect(r.stdout).not.toContain(text);
      return;
    }
    const article = JSON.parse(r.stdout) as Article;
    expect(validateArticle(article)).toEqual([]);
    const kept = paragraphsOf(article);
    for (const text of paragraphs) expect(kept).toContain(text);
    // What was removed is listed in `removed`; the story itself must not hold it.
    const story = [
      ...Object.values(article.meta).flat().map(String),
      ...article.sections.flatMap((sec) => [
        sec.heading ?? '',
        ...sec.blocks.map((b) => JSON.stringify(b)),
      ]),
      article.text,
    ]
      .join('\n')
      .toLowerCase();
    for (const text of absent) expect(story).not.toContain(text.toLowerCase());
    if (title !== undefined) expect(article.meta.title).toBe(title);
  });

  it('reads numbers in every notation', () => {
    const r = runCase(
      CASES.find((c) => c.name === 'numbers.txt')!,
      CASES_DIR,
    );
    const article = JSON.parse(r.stdout) as Article;
    const values = Object.fromEntries(
      article.entities.numbers.map((n) => [n.text, n.value] as const),
    );
    expect(values['1,234,567.89元']).toBe(1234567.89);
    expect(values['３万人']).toBe(30000);
    expect(article.entities.dates.map((d) => [d.text, d.value])).toContainEqual([
      '二〇二三年',
      '2023',
    ]);
    // 十四五 names the 14th Five-Year Plan: not a number to read as 14, 145 or 14 and 5.
    expect(article.entities.numbers.filter((n) => n.text.includes('十四'))).toEqual([]);
  });

  it('keeps raw HTML written as text as text in Markdown', () => {
    const r = runCase(
      CASES.find((c) => c.name === 'raw-html-as-text.html')!,
      CASES_DIR,
    );
    const texts = nodesOf(parseMarkdown(r.stdout)).flatMap((n) =>
      n.type === 'text' && n.value ? [n.value] : [],
    );
    expect(texts.join('')).toContain('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('renders Markdown specials as text, not as Markdown', () => {
    const r = runCase(
      CASES.find((c) => c.name === 'markdown-specials.html')!,
      CASES_DIR,
    );
    const types = new Set(nodesOf(parseMarkdown(r.stdout)).map((n) => n.type));
    for (const t of ['list', 'blockquote', 'table', 'html', 'inlineCode', 'emphasis', 'link'])
      expect(types.has(t), t).toBe(false);
    expect(r.stdout).toContain('不是标题');
  });
});

describe('torture corpus: batch inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'artext-torture-batch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('WARC target URIs with ../ or an absolute path never name files outside --out', async () => {
    const warc = join(dir, 'escape.warc');
    writeFileSync(
      warc,
      await warcBytes([
        { url: '../../../../tmp/artext-escape-1.html', html: page(['第一篇正文，写得足够长。']) },
        { url: '/etc/artext-escape-2.html', html: page(['第二篇正文，写得足够长。']) },
        {
          url: 'https://x.example/../../../a/../../b.html',
          html: page(['第三篇正文，写得足够长。']),
        },
        { url: 'file:///etc/passwd', html: page(['第四篇正文，写得足够长。']) },
      ]),
    );
    const out = join(dir, 'out');
    const r = runBounded(['batch', warc, '--out', out, '--no-entities', '--quiet']);
    withinBounds(r);
    expect(r.status).toBe(0);
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true }))
        if (e.isDirectory()) walk(join(d, e.name));
        else files.push(join(d, e.name));
    };
    walk(out);
    const pages = files.filter((f) => f.endsWith('.json'));
    expect(pages).toHaveLength(4);
    for (const f of pages) expect(relative(resolve(out), f).startsWith('..')).toBe(false);
  });

  it('a truncated .gz: exit 1, an error line, the pages before it kept', () => {
    const lines = [1, 2, 3]
      .map((n) => JSON.stringify({ id: `p${n}`, html: page([`第${n}篇正文，写得足够长。`]) }))
      .join('\n');
    const gz = gzipSync(Buffer.from(`${lines}\n`));
    const path = join(dir, 'cut.jsonl.gz');
    writeFileSync(path, gz.subarray(0, gz.length - 12));
    const r = runBounded(['batch', path, '--format', 'jsonl', '--no-entities']);
    withinBounds(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unexpected end of file|unreadable/u);
    const out = jsonLines<{ id: string }>(r.stdout);
    expect(out.length).toBeGreaterThanOrEqual(1);
  });

  it('a WARC whose last record is cut: the others come out, the last is an error record', async () => {
    const bytes = await warcBytes(
      [1, 2, 3].map((n) => ({
        url: `https://x.example/${n}.html`,
        html: page([`第${n}篇正文，写得足够长。`]),
      })),
    );
    const path = join(dir, 'cut.warc');
    writeFileSync(path, bytes.subarray(0, bytes.length - 80));
    const r = runBounded(['batch', path, '--format', 'jsonl', '--no-entities']);
    withinBounds(r);
    expect(r.status).toBe(1);
    const out = jsonLines<{ error?: string }>(r.stdout);
    expect(out).toHaveLength(3);
    expect(out.slice(0, 2).every((l) => l.error === undefined)).toBe(true);
    expect(out[2]!.error).toMatch(/truncated WARC record/u);
  });

  it('a JSON Lines line that is not JSON: an error record in its place, the rest processed', () => {
    const path = join(dir, 'mixed.jsonl');
    writeFileSync(
      path,
      [
        JSON.stringify({ id: 'a', html: page(['第一篇正文，写得足够长。']) }),
        '{"id": "b", "html": "<p>unterminated',
        '\u0000\u0001 binary',
        JSON.stringify({ id: 'c', text: '标题\n\n第三篇正文，写得足够长。' }),
      ].join('\n'),
    );
    const r = runBounded(['batch', path, '--format', 'jsonl', '--no-entities']);
    withinBounds(r);
    expect(r.status).toBe(1);
    const out = jsonLines<{ id: string; error?: string }>(r.stdout);
    expect(out.map((l) => [l.id.replace(/^.*:/u, ''), l.error === undefined])).toEqual([
      ['a', true],
      ['2', false],
      ['3', false],
      ['c', true],
    ]);
  });

  it('--max-bytes holds for stdin, WARC records and JSON Lines lines, each refused alone', async () => {
    const big = page([`${'很长的正文。'.repeat(400)}`]);
    const stdin = runBounded(['clean', '-', '--max-bytes', '2k'], { input: big });
    withinBounds(stdin);
    expect(stdin.status).toBe(2);
    expect(stdin.stderr.trim()).toMatch(/^artext: stdin: too large: .*over the limit of 2048/u);

    const warc = join(dir, 'limits.warc');
    writeFileSync(
      warc,
      await warcBytes([
        { url: 'https://x.example/small.html', html: page(['短的正文，写得足够长。']) },
        { url: 'https://x.example/big.html', html: big + 'x'.repeat(70_000) },
      ]),
    );
    const records = runBounded([
      'batch',
      warc,
      '--format',
      'jsonl',
      '--no-entities',
      '--max-bytes',
      '4k',
    ]);
    withinBounds(records);
    expect(records.status).toBe(1);
    const out = jsonLines<{ error?: string }>(records.stdout);
    expect(out.map((l) => l.error ?? 'ok')).toEqual([
      'ok',
      expect.stringMatching(/record too large/u),
    ]);

    const jsonl = join(dir, 'limits.jsonl');
    writeFileSync(
      jsonl,
      `${JSON.stringify({ id: 'big', html: big })}\n${JSON.stringify({ id: 'ok', html: page(['短的正文，写得足够长。']) })}\n`,
    );
    const lines = runBounded([
      'batch',
      jsonl,
      '--format',
      'jsonl',
      '--no-entities',
      '--max-bytes',
      '4k',
    ]);
    expect(lines.status).toBe(1);
    const parsed = jsonLines<{ id: string; error?: string }>(lines.stdout);
    expect(parsed.map((l) => l.error ?? 'ok')).toEqual([
      expect.stringMatching(/over the limit of 4096/u),
      'ok',
    ]);
  });
});
