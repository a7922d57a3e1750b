/**
 * `npm run bench:accuracy`: body-extraction accuracy on ../shared/bench/extraction (aeb and
 * zh-wce) with the metric of its README, artext beside Readability.js + jsdom in the same run,
 * plus publish-date and author accuracy on zh-wce. Not part of `npm test`.
 *
 *   npm run bench:accuracy                 both sets, both extractors
 *   npm run bench:accuracy -- --set zh     one set
 *   npm run bench:accuracy -- --fast       artext only
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decode } from '../../src/input/decode.js';
import { processPage, type Article } from '../../src/index.js';
import { bodyText } from './body-text.js';
import { aggregate, pageF1, scorePage, type PageScore } from './metric.js';

const { values: args } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    fast: { type: 'boolean', default: false },
    worst: { type: 'string', default: '10' },
    bench: {
      type: 'string',
      default: process.env.ARTEXT_BENCH ?? resolve(import.meta.dirname, '../../../shared/bench'),
    },
  },
});

interface Page {
  id: string;
  html: Uint8Array;
  gold: string;
  url: string | null;
  date: string | null;
  authors: string[] | null;
}

function loadAeb(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth)
    .filter(([id]) => existsSync(join(dir, 'html', `${id}.html`)))
    .map(([id, t]) => ({
      id,
      html: new Uint8Array(readFileSync(join(dir, 'html', `${id}.html`))),
      gold: t.articleBody,
      url: t.url,
      date: null,
      authors: null,
    }));
}

function readOptional(path: string): string | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8').trim();
  return text === '' || text === 'UNKNOWN' ? null : text;
}

/** A gold date must hold digits (two gold files misspell UNKNOWN or hold a name). */
function goldDate(path: string): string | null {
  const text = readOptional(path);
  return text !== null && /\d/u.test(text) ? text : null;
}

function loadZh(dir: string): Page[] {
  return readdirSync(join(dir, 'original'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html$/u, '');
      const authors = readOptional(join(dir, 'author', `${id}.txt`));
      return {
        id,
        html: new Uint8Array(readFileSync(join(dir, 'original', f))),
        gold: readFileSync(join(dir, 'cleaned', `${id}.txt`), 'utf8'),
        url: null,
        date: goldDate(join(dir, 'date', `${id}.txt`)),
        authors: authors === null ? null : authors.split(/\s+/u),
      };
    });
}

interface Run {
  scores: PageScore[];
  ms: number[];
  errors: string[];
}

async function readability(): Promise<(page: Page) => string> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const quiet = new VirtualConsole();
  return (page) => {
    const dom = new JSDOM(decode(page.html).text, {
      url: page.url ?? 'https://example.com/',
      virtualConsole: quiet,
    });
    const text = new Readability(dom.window.document).parse()?.textContent ?? '';
    dom.window.close();
    return text;
  };
}

function run(pages: Page[], extract: (page: Page) => string): Run {
  const result: Run = { scores: [], ms: [], errors: [] };
  for (const page of pages) {
    const started = performance.now();
    let predicted = '';
    try {
      predicted = extract(page);
    } catch (error) {
      result.errors.push(`${page.id}: ${(error as Error).message}`);
    }
    result.ms.push(performance.now() - started);
    result.scores.push(scorePage(predicted, page.gold));
  }
  return result;
}

const pct = (x: number): string => x.toFixed(3);

function report(name: string, r: Run): void {
  const s = aggregate(r.scores);
  const mean = r.ms.reduce((a, b) => a + b, 0) / Math.max(1, r.ms.length);
  console.log(
    `  ${name.padEnd(16)} F1 ${pct(s.f1)}  P ${pct(s.precision)}  R ${pct(s.recall)}   ${mean.toFixed(1)} ms/page mean, ${Math.max(...r.ms).toFixed(0)} ms max, ${r.errors.length} errors`,
  );
  for (const e of r.errors) console.log(`    error ${e}`);
}

/** Fields the gold gives (`2005-5-7 21:23:57`, `2018`) must equal ours. */
function dateMatches(gold: string, ours: string | null): boolean {
  if (!ours) return false;
  const g = gold.match(/\d+/gu)?.map(Number) ?? [];
  const o = ours.slice(0, 19).match(/\d+/gu)?.map(Number) ?? [];
  return g.length > 0 && g.every((v, i) => o[i] === v);
}

function metadata(pages: Page[], articles: Array<Article | null>): void {
  const dated = pages.map((p, i) => [p, articles[i]] as const).filter(([p]) => p.date !== null);
  const dateHits = dated.filter(([p, a]) => dateMatches(p.date!, a?.meta.published ?? null));
  const authored = pages
    .map((p, i) => [p, articles[i]] as const)
    .filter(([p]) => p.authors !== null);
  const authorHits = authored.filter(
    ([p, a]) =>
      JSON.stringify([...(a?.meta.authors ?? [])].sort()) ===
      JSON.stringify([...p.authors!].sort()),
  );
  const unknown = pages
    .map((p, i) => [p, articles[i]] as const)
    .filter(([p]) => p.authors === null);
  const noneGiven = unknown.filter(([, a]) => (a?.meta.authors.length ?? 0) === 0);
  console.log(
    `  published exact: ${dateHits.length}/${dated.length} (${((100 * dateHits.length) / Math.max(1, dated.length)).toFixed(1)} %) of the pages that have a date`,
  );
  console.log(
    `  authors exact:   ${authorHits.length}/${authored.length} (${((100 * authorHits.length) / Math.max(1, authored.length)).toFixed(1)} %) of the pages that name authors; ${noneGiven.length}/${unknown.length} pages without named authors got none`,
  );
  for (const [p, a] of dated.filter((d) => !dateHits.includes(d)))
    console.log(`    date  ${p.id}: gold ${p.date}, ours ${a?.meta.published ?? 'null'}`);
  for (const [p, a] of authored.filter((d) => !authorHits.includes(d)))
    console.log(
      `    author ${p.id}: gold ${p.authors!.join(' ')}, ours ${a?.meta.authors.join(' ') ?? ''}`,
    );
}

async function main(): Promise<void> {
  const root = join(args.bench, 'extraction');
  if (!existsSync(root)) {
    console.log(`bench:accuracy: ${root} is absent; nothing to measure.`);
    return;
  }
  const sets: Array<[string, Page[]]> = [];
  if (args.set === 'all' || args.set === 'aeb') sets.push(['aeb', loadAeb(join(root, 'aeb'))]);
  if (args.set === 'all' || args.set === 'zh') sets.push(['zh-wce', loadZh(join(root, 'zh-wce'))]);
  const baseline = args.fast ? null : await readability();
  for (const [name, pages] of sets) {
    console.log(`\n${name}: ${pages.length} pages`);
    const articles: Array<Article | null> = [];
    const ours = run(pages, (page) => {
      articles.push(null);
      const article = processPage(page.html, {
        kind: 'html',
        entities: false,
        ...(page.url ? { url: page.url } : {}),
      });
      articles[articles.length - 1] = article;
      return bodyText(article);
    });
    report('artext', ours);
    if (baseline) report('Readability.js', run(pages, baseline));
    const worst = pages
      .map((p, i) => ({ id: p.id, score: ours.scores[i]!, ms: ours.ms[i]! }))
      .sort((a, b) => pageF1(a.score) - pageF1(b.score))
      .slice(0, Number(args.worst));
    console.log(`  ${worst.length} worst pages (artext):`);
    for (const w of worst)
      console.log(
        `    ${pct(pageF1(w.score))}  P ${pct(w.score.precision)} R ${pct(w.score.recall)}  ${w.id}`,
      );
    if (name === 'zh-wce') metadata(pages, articles);
  }
}

await main();
