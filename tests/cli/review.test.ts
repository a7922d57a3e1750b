import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processPage } from '../../src/index.js';
import { traceOf } from '../../src/document/trace.js';
import { highlight, renderReview } from '../../src/render/review.js';
import { ROOT, runCli, SEED } from '../helpers/cli.js';

const PORTAL = join(ROOT, 'fixtures/html/cri-changsha-women-portal.html');

describe('the review page', () => {
  it('marks entities with their values and escapes the text around them', () => {
    expect(
      highlight('<b>宣讲3万余场</b>', [{ start: 5, end: 9, kind: 'num', value: '30000 · 场' }]),
    ).toBe(
      '&lt;b&gt;宣讲<mark class="num" title="number: 30000 · 场" data-value="30000 · 场">3万余场</mark>&lt;/b&gt;',
    );
  });

  it('keeps the first of overlapping highlights', () => {
    expect(
      highlight('abcdef', [
        { start: 0, end: 4, kind: 'num', value: '1' },
        { start: 2, end: 6, kind: 'date', value: '2' },
      ]),
    ).toBe('<mark class="num" title="number: 1" data-value="1">abcd</mark>ef');
  });

  it('holds no script, loads nothing, and shows every removed block with its reason', () => {
    const article = processPage(readFileSync(PORTAL), { kind: 'html', trace: true });
    const trace = traceOf(article);
    const html = renderReview(article, trace, { name: 'portal.html' });
    expect(html).not.toMatch(/<script|<link|<iframe|<img|src=|href=|url\(/iu);
    expect(html).toContain(`default-src 'none'`);
    const removed = trace.filter((e) => e.status === 'removed');
    expect(removed.length).toBeGreaterThan(3);
    for (const e of removed) expect(html).toContain(`data-rule="${e.rule!}"`);
    expect(html.match(/<li class="removed"/gu)?.length).toBe(removed.length);
    expect(html).toContain('<h1 id="title">架起“连心桥” 点亮“巾帼红”</h1>');
  });

  it('cannot be broken out of by page text', () => {
    const page =
      '<html><head><title>t</title></head><body><article><h1>标题</h1><p>正文里写着 &lt;script&gt;alert(1)&lt;/script&gt; 和 "引号"，足够长的一句话。</p><p>第二段也是正文，写得足够长，成为段落。</p></article></body></html>';
    const article = processPage(page, { kind: 'html', trace: true });
    const html = renderReview(article, traceOf(article), { name: 'x' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('artext review', () => {
  it('writes the review page to -o', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'artext-review-')), 'review.html');
    const r = runCli(['review', PORTAL, '-o', out]);
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/u);
    expect(html).toContain('<mark class="num"');
  });

  it('exits 2 with one line for a missing page', () => {
    const r = runCli(['review', 'no-such.html']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('clean --explain, page view', () => {
  it('shows the whole page in order: title and headings marked, removed blocks with their rule', () => {
    const r = runCli(['clean', SEED, '--explain', '--explain-view', 'page', '--no-entities']);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toMatch(/^── .+: \d+ blocks kept, \d+ removed ──$/u);
    expect(lines).toContain('#  架起“连心桥” 点亮“巾帼红”');
    expect(lines.some((l) => /^✗ {2}要闻 .+\[[a-z-]+\]$/u.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('## '))).toBe(true);
    expect(lines.some((l) => l.includes('宣讲3万余场'))).toBe(true);
    expect(lines).toContain('── rules ──');
    // Kept text is in page order: the lead comes before the first heading.
    expect(lines.findIndex((l) => l.includes('秋去冬来'))).toBeLessThan(
      lines.findIndex((l) => l.startsWith('## ')),
    );
  });

  it('lists only the removed blocks when piped, by default', () => {
    const r = runCli(['clean', SEED, '--explain', '--no-entities']);
    expect(r.stderr).toMatch(/^\S.+: \d+ removed$/mu);
    expect(r.stderr).not.toContain('── rules ──');
  });
});
