/**
 * Properties over random pages built from real fragments (story paragraphs of the fixtures,
 * boilerplate lines, hostile strings and URLs), 1,000 cases each: no exception escapes
 * processPage, the JSON validates against the schema, every paragraph occurs in the input,
 * processing twice gives the same bytes, and the Markdown holds no raw HTML and no link or
 * image to anything but http(s) or a relative address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/check/schema.js';
import { cleanInline } from '../../src/document/normalize.js';
import type { Article } from '../../src/document/types.js';
import { ArtextError } from '../../src/errors.js';
import { processPage } from '../../src/index.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { ROOT } from '../helpers/cli.js';
import { unsafeMarkdown } from '../helpers/markdown.js';

const RUNS = { numRuns: 1000 };
const SLOW = 120_000;

/** Story paragraphs of the committed fixtures. */
function fixtureParagraphs(): string[] {
  const out: string[] = [];
  for (const kind of ['text', 'html']) {
    const dir = join(ROOT, 'fixtures', kind);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.expected.json'))) {
      const article = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Article;
      for (const s of article.sections)
        for (const b of s.blocks) if (b.type === 'paragraph') out.push(b.text);
    }
  }
  return out;
}

const PARAGRAPHS = fixtureParagraphs();
const BOILERPLATE = [
  '首页 | 新闻 | 国际 | 财经 | 体育',
  '版权所有 © 2024 某某网 京ICP备12345678号',
  '分享到：微信 微博 QQ空间',
  '责任编辑：张三',
  '扫一扫，关注我们',
  '【纠错】 【责任编辑：李四】',
  'Share this article',
  'All rights reserved.',
  '相关新闻',
];
const HOSTILE = [
  '# 井号开头',
  '> 大于号开头',
  '- 减号开头',
  '1. 数字点开头',
  '* 星号 _下划线_ `反引号` | 竖线 |',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[链接](javascript:alert(1))',
  '![图](data:image/png;base64,AAAA)',
  '---',
  '\u202Egnp.exe\u202C',
  'zero\u200Bwidth\uFEFF',
  'nul\u0000byte',
  '😀 𠀀 astral',
  'a'.repeat(300),
  '&amp; &lt; &#0; &#x110000;',
];
const URLS = [
  'https://example.com/a',
  '/relative/path.html',
  'page.html',
  '//cdn.example.com/x.jpg',
  'javascript:alert(1)',
  ' JavaScript:alert(2)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(3)</script>',
  'java\nscript:alert(4)',
  'file:///etc/passwd',
  'mailto:x@example.com',
  '#anchor',
];

const text = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PARAGRAPHS) },
  { weight: 2, arbitrary: fc.constantFrom(...BOILERPLATE) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
);

const escapeHtml = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

type Fragment =
  | { kind: 'p' | 'div' | 'li' | 'h2' | 'blockquote' | 'td'; text: string; cls: string }
  | { kind: 'a'; text: string; href: string; cls: string }
  | { kind: 'img'; src: string; alt: string; cls: string };

const cls = fc.constantFrom(
  'content',
  'article-body',
  'nav',
  'footer',
  'share',
  'related',
  'sidebar',
  'x',
  '',
);
const fragment: fc.Arbitrary<Fragment> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom('p', 'div', 'li', 'h2', 'blockquote', 'td'),
      text,
      cls,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('a'), text, href: fc.constantFrom(...URLS), cls }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('img'),
      src: fc.constantFrom(...URLS),
      alt: text,
      cls,
    }),
  },
);

interface Page {
  source: string;
  /** The visible text of every fragment, in order (what a paragraph may be cut from). */
  texts: string[];
  kind: 'html' | 'text';
}

function htmlOf(f: Fragment): string {
  const c = f.cls ? ` class="${f.cls}"` : '';
  switch (f.kind) {
    case 'a':
      return `<p${c}>${escapeHtml(f.text)} <a href="${escapeHtml(f.href)}">${escapeHtml(f.text)}</a></p>`;
    case 'img':
      return `<img${c} src="${escapeHtml(f.src)}" alt="${escapeHtml(f.alt)}">`;
    case 'li':
      return `<ul${c}><li>${escapeHtml(f.text)}</li></ul>`;
    case 'td':
      return `<table${c}><tr><td>${escapeHtml(f.text)}</td></tr></table>`;
    default:
      return `<${f.kind}${c}>${escapeHtml(f.text)}</${f.kind}>`;
  }
}

const page: fc.Arbitrary<Page> = fc
  .record({
    title: text,
    fragments: fc.array(fragment, { minLength: 1, maxLength: 25 }),
    kind: fc.constantFrom('html' as const, 'text' as const),
  })
  .map(({ title, fragments, kind }) => {
    // The visible text of each fragment as the page shows it (a link fragment shows its text twice).
    const texts = [
      title,
      ...fragments.map((f) =>
        f.kind === 'img' ? f.alt : f.kind === 'a' ? `${f.text} ${f.text}` : f.text,
      ),
    ];
    if (kind === 'text') return { source: texts.join('\n\n'), texts, kind };
    const body = fragments.map(htmlOf).join('\n');
    return {
      source: `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>`,
      texts,
      kind,
    };
  });

/** Processes a page; only a documented input error may come out, and only for a blank page. */
function process(p: Page, entities = false): Article | null {
  try {
    return processPage(p.source, {
      kind: p.kind,
      entities,
      url: 'https://news.example.cn/a/b.html',
    });
  } catch (error) {
    expect(error).toBeInstanceOf(ArtextError);
    expect(cleanInline(p.texts.join(' '))).toBe('');
    return null;
  }
}

const blockTexts = (a: Article): string[] =>
  a.sections.flatMap((s) =>
    s.blocks.flatMap((b) => {
      if (b.type === 'paragraph' || b.type === 'quote') return [b.text];
      if (b.type === 'list') return b.items;
      return [];
    }),
  );

describe('properties of processPage over random pages', () => {
  it(
    'no exception escapes, for pages and for arbitrary bytes',
    () => {
      fc.assert(
        fc.property(page, (p) => void process(p)),
        RUNS,
      );
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
          try {
            processPage(bytes, { entities: false });
          } catch (error) {
            expect(error).toBeInstanceOf(ArtextError);
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'the JSON output validates against the schema (entities on)',
    () => {
      fc.assert(
        fc.property(page, (p) => {
          const article = process(p, true);
          if (article) expect(validateArticle(JSON.parse(renderJson(article)))).toEqual([]);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'every paragraph occurs in the input: nothing is invented',
    () => {
      fc.assert(
        fc.property(page, (p) => {
          const article = process(p);
          if (!article) return;
          const input = cleanInline(p.texts.join(' '));
          for (const t of blockTexts(article)) expect(input).toContain(cleanInline(t));
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'processing twice gives byte-identical output',
    () => {
      fc.assert(
        fc.property(page, (p) => {
          const a = process(p);
          const b = process(p);
          if (!a || !b) return;
          expect(renderJson(b)).toBe(renderJson(a));
          expect(renderMarkdown(b, { links: true })).toBe(renderMarkdown(a, { links: true }));
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'the Markdown holds no raw HTML and no link or image but http(s) or relative',
    () => {
      fc.assert(
        fc.property(page, (p) => {
          const article = process(p);
          if (article) expect(unsafeMarkdown(renderMarkdown(article, { links: true }))).toEqual([]);
        }),
        RUNS,
      );
    },
    SLOW,
  );
});
