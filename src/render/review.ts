/**
 * The review page (`artext review`): one self-contained HTML file for people who would rather
 * look than read JSON. Left, the original page block by block — kept blocks plain, removed
 * blocks struck through with their rule and reason; right, the clean result with numbers, dates
 * and organizations highlighted, their values on hover. No script, no external asset, nothing
 * from the page but its text: a Content-Security-Policy forbids loading anything at all.
 */
import type { TraceEntry } from '../document/trace.js';
import type { Article, Block, Position, Section } from '../document/types.js';
import { escapeMarkup as esc } from './escape.js';

type Kind = 'num' | 'date' | 'org';

interface Highlight {
  start: number;
  end: number;
  kind: Kind;
  /** What the hover shows. */
  value: string;
}

const KIND_NAMES: Record<Kind, string> = { num: 'number', date: 'date', org: 'organization' };

/** Entity highlights per block, keyed `section:block`. */
function highlightsByBlock(article: Article): Map<string, Highlight[]> {
  const byBlock = new Map<string, Highlight[]>();
  const add = (at: Position, kind: Kind, value: string): void => {
    const key = `${at.section}:${at.block}`;
    const list = byBlock.get(key) ?? [];
    list.push({ start: at.start, end: at.end, kind, value });
    byBlock.set(key, list);
  };
  for (const n of article.entities.numbers) {
    const value =
      n.value === null ? n.text : n.valueTo === null ? String(n.value) : `${n.value}–${n.valueTo}`;
    const extra = [n.unit, n.currency, n.kind, n.approx].filter((x) => x !== null).join(' · ');
    add(n.at, 'num', `${value}${extra ? ` · ${extra}` : ''}`);
  }
  for (const d of article.entities.dates) {
    const inferred = d.inferred.length > 0 ? ` · inferred ${d.inferred.join(', ')}` : '';
    add(d.at, 'date', `${d.value} · ${d.granularity}${inferred}`);
  }
  for (const o of article.entities.organizations)
    for (const m of o.mentions) add(m.at, 'org', o.name);
  return byBlock;
}

/** The text with its highlights as `<mark>` elements; overlapping highlights keep the first, longer one. */
export function highlight(text: string, highlights: readonly Highlight[] = []): string {
  const chars = [...text];
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let at = 0;
  for (const h of sorted) {
    if (h.start < at || h.end > chars.length || h.end <= h.start) continue;
    html += esc(chars.slice(at, h.start).join(''));
    const label = `${KIND_NAMES[h.kind]}: ${h.value}`;
    html += `<mark class="${h.kind}" title="${esc(label)}" data-value="${esc(h.value)}">${esc(chars.slice(h.start, h.end).join(''))}</mark>`;
    at = h.end;
  }
  return html + esc(chars.slice(at).join(''));
}

/** Splits a block text at `separator` (list items, table rows and cells), each part with its highlights. */
function split(
  text: string,
  separator: string,
  highlights: readonly Highlight[],
): Array<[string, Highlight[]]> {
  const out: Array<[string, Highlight[]]> = [];
  let offset = 0;
  for (const line of text.split(separator)) {
    const length = [...line].length;
    const inside = highlights
      .filter((h) => h.start >= offset && h.end <= offset + length)
      .map((h) => ({ ...h, start: h.start - offset, end: h.end - offset }));
    out.push([line, inside]);
    offset += length + 1;
  }
  return out;
}

function blockHtml(block: Block, highlights: Highlight[]): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${highlight(block.text, highlights)}</p>`;
    case 'quote':
      return `<blockquote><p>${highlight(block.text, highlights)}</p></blockquote>`;
    case 'figure': {
      const source = block.src ? `<span class="src">${esc(block.src)}</span>` : '';
      const caption = block.caption ? highlight(block.caption, highlights) : esc(block.alt ?? '');
      const credit = block.credit ? ` <span class="credit">${esc(block.credit)}</span>` : '';
      return `<figure><div class="image" role="img" aria-label="${esc(block.alt ?? 'image')}">image ${source}</div><figcaption>${caption}${credit}</figcaption></figure>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = split(block.items.join('\n'), '\n', highlights);
      return `<${tag}>${items.map(([t, h]) => `<li>${highlight(t, h)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const rows = split(block.rows.map((r) => r.join('\t')).join('\n'), '\n', highlights);
      const html = rows.map(([line, h]) => {
        const cells = split(line, '\t', h);
        return `<tr>${cells.map(([c, ch]) => `<td>${highlight(c, ch)}</td>`).join('')}</tr>`;
      });
      return `<table>${html.join('')}</table>`;
    }
  }
}

function sectionHtml(section: Section, index: number, marks: Map<string, Highlight[]>): string {
  const level = Math.min(6, Math.max(3, section.level + 1));
  const heading =
    section.heading === null
      ? ''
      : `<h${level} class="heading">${esc(section.heading)}</h${level}>${
          section.subheading === null ? '' : `<p class="subheading">${esc(section.subheading)}</p>`
        }`;
  const blocks = section.blocks.map((b, i) => blockHtml(b, marks.get(`${index}:${i}`) ?? []));
  return `<section class="story-section">${heading}${blocks.join('\n')}</section>`;
}

function traceHtml(entry: TraceEntry): string {
  const text = esc(entry.text).replace(/\n/gu, '<br>');
  if (entry.status === 'kept') {
    const as = entry.as ?? 'paragraph';
    return `<li class="kept ${as}"><span class="tag">${as}</span><div class="text">${text}</div></li>`;
  }
  return `<li class="removed" data-rule="${esc(entry.rule ?? '')}"><span class="tag">removed</span><div class="text"><del>${text}</del></div><div class="why"><code>${esc(entry.rule ?? '')}</code> ${esc(entry.reason ?? '')}</div></li>`;
}

function metaHtml(article: Article, name: string): string {
  const m = article.meta;
  const rows: Array<[string, string | null]> = [
    ['Published', m.published],
    ['Source', m.source],
    ['Site', m.site],
    ['Authors', m.authors.join(', ') || null],
    ['Editors', m.editors.map((e) => `${e.name} (${e.role})`).join(', ') || null],
    ['URL', m.url],
    ['Input', `${name} · ${article.source.kind} · ${article.source.encoding}`],
  ];
  return rows
    .filter((r): r is [string, string] => r[1] !== null)
    .map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`)
    .join('');
}

function ruleTable(trace: readonly TraceEntry[]): string {
  const counts = new Map<string, { reason: string; count: number }>();
  for (const e of trace) {
    if (e.status !== 'removed' || !e.rule) continue;
    const c = counts.get(e.rule) ?? { reason: e.reason ?? '', count: 0 };
    c.count++;
    counts.set(e.rule, c);
  }
  if (counts.size === 0) return '<p>Nothing was removed.</p>';
  const rows = [...counts]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(
      ([rule, c]) =>
        `<tr><td><code>${esc(rule)}</code></td><td>${c.count}</td><td>${esc(c.reason)}</td></tr>`,
    );
  return `<table class="rules"><tr><th>Rule</th><th>Blocks</th><th>Why</th></tr>${rows.join('')}</table>`;
}

const STYLE = `
:root { --ink: #1f2328; --muted: #8b949e; --line: #d0d7de; --removed: #f6f8fa;
  --num: #fff1a8; --date: #c8f0ff; --org: #ffd6e8; font-family: system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
body { margin: 0; color: var(--ink); line-height: 1.65; }
header { padding: 1.2rem 2rem; border-bottom: 1px solid var(--line); }
header h1 { margin: 0 0 .5rem; font-size: 1.6rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; font-size: .9rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.summary, .legend { font-size: .9rem; margin: .6rem 0 0; }
main { display: grid; grid-template-columns: 1fr 1fr; }
main > section { padding: 1rem 2rem; min-width: 0; }
main > section + section { border-left: 1px solid var(--line); }
h2 { font-size: 1.05rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
ol.trace { list-style: none; padding: 0; margin: 0; }
ol.trace li { padding: .35rem .6rem; margin: 0 0 .35rem; border-left: 3px solid #2da44e; overflow-wrap: anywhere; }
ol.trace li.removed { border-left-color: #cf222e; background: var(--removed); color: var(--muted); }
ol.trace li.removed del { text-decoration-color: #cf222e80; }
ol.trace li.title, ol.trace li.heading { font-weight: 600; }
ol.trace .tag { float: right; font-size: .7rem; text-transform: uppercase; color: var(--muted); margin-left: .5rem; }
ol.trace .why { color: #9a3412; font-size: .85rem; }
ol.trace .why code { background: #fde7e9; padding: 0 .25rem; border-radius: 3px; }
.result p { margin: 0 0 .8rem; overflow-wrap: anywhere; }
.result .subheading { color: var(--muted); }
figure { margin: 0 0 1rem; }
figure .image { background: #eaeef2; color: var(--muted); font-size: .8rem; padding: .6rem; overflow-wrap: anywhere; }
figcaption { font-size: .9rem; }
figcaption .credit { color: var(--muted); }
table { border-collapse: collapse; margin: 0 0 1rem; }
td, th { border: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
mark { position: relative; border-radius: 3px; padding: 0 1px; color: inherit; cursor: help; }
mark.num { background: var(--num); }
mark.date { background: var(--date); }
mark.org { background: var(--org); }
mark:hover::after { content: attr(data-value); position: absolute; left: 0; top: 100%; z-index: 2; white-space: nowrap;
  background: var(--ink); color: #fff; font-size: .75rem; padding: .1rem .4rem; border-radius: 3px; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } main > section + section { border-left: 0; border-top: 1px solid var(--line); } }
`;

export interface ReviewOptions {
  /** The input's name as the user gave it. */
  name: string;
}

export function renderReview(
  article: Article,
  trace: readonly TraceEntry[],
  options: ReviewOptions,
): string {
  const marks = highlightsByBlock(article);
  const removed = trace.filter((e) => e.status === 'removed').length;
  const { numbers, dates, organizations } = article.entities;
  const title = article.meta.title ?? '(no title found)';
  const sections = article.sections.map((s, i) => sectionHtml(s, i, marks)).join('\n');
  return `<!doctype html>
<html lang="${esc(article.meta.lang ?? 'und')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>artext review: ${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1 id="title">${esc(title)}</h1>
<dl class="meta">${metaHtml(article, options.name)}</dl>
<p class="summary">${trace.length - removed} blocks kept, ${removed} removed · ${numbers.length} numbers, ${dates.length} dates, ${organizations.length} organizations</p>
<p class="legend">Highlights: <mark class="num" data-value="a number">number</mark> <mark class="date" data-value="a date">date</mark> <mark class="org" data-value="an organization">organization</mark> — point at one to see its value.</p>
</header>
<main>
<section class="original" aria-label="Original page">
<h2>Original page, block by block</h2>
<ol class="trace">
${trace.map(traceHtml).join('\n')}
</ol>
</section>
<section class="result" aria-label="Clean result">
<h2>Clean result</h2>
<article>
${sections}
</article>
<h2>Removed, by rule</h2>
${ruleTable(trace)}
</section>
</main>
</body>
</html>
`;
}
