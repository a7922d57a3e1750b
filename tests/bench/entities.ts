/**
 * `npm run bench:entities`: entity accuracy on ../shared/bench/entities and throughput.
 *  - organizations: People's Daily 1998 test split, exact character spans, P/R/F1, beside the
 *    plain nodejieba `nt` baseline (maximal runs of `nt` tokens) in the same run, and on its two
 *    halves; `-- --bio FILE` (repeatable) scores any other BIO file the same way (B-/I-ORG, or
 *    B-/M-/E-/S-ORG);
 *  - numbers: Recognizers-Text Chinese Number, Percent and Currency cases (a case passes when
 *    every expected span text and value is found; a case expecting nothing passes on nothing);
 *  - dates: JioNLP time-parser cases and Recognizers-Text DateTime cases (our value must fall
 *    inside the expected span, at a granularity no coarser than it; durations expect no date);
 *  - the dictionary's load time and memory, and chars/s after loading.
 * Not part of `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractEntities } from '../../src/entities/index.js';
import { findDates } from '../../src/entities/dates.js';
import { findNumbers, normalizeDigits } from '../../src/entities/numbers.js';
import { findOrganizations } from '../../src/entities/organizations.js';
import { installedBuild } from '../../scripts/lean-nodejieba.mjs';
import { tag, warmUp } from '../../src/entities/segmenter.js';
import { stamp, withinSpan } from './dates-eval.js';

const BENCH = process.env.ARTEXT_BENCH ?? resolve(import.meta.dirname, '../../../shared/bench');
const ROOT = join(BENCH, 'entities');
const pct = (n: number, d: number): string =>
  `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)} %)`;

interface Span {
  start: number;
  end: number;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/u, '')) as T;
}

interface Sentence {
  text: string;
  gold: Set<string>;
}

/** Sentences of a character-per-line BIO file (People's Daily, MSRA…) with their ORG spans. */
function readBio(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let chars: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (chars.length === 0) return;
    const gold = new Set<string>();
    let start = -1;
    for (let i = 0; i <= tags.length; i++) {
      const t = tags[i] ?? 'O';
      if (start >= 0 && t !== 'I-ORG' && t !== 'M-ORG' && t !== 'E-ORG') {
        gold.add(`${start}:${i}`);
        start = -1;
      }
      if (t === 'B-ORG' || t === 'S-ORG') start = i;
    }
    sentences.push({ text: chars.join(''), gold });
    chars = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const [c, t] = line.split(/\s+/u);
    chars.push(c!);
    tags.push(t ?? 'O');
  }
  flush();
  return sentences;
}

/** Exact-span precision, recall and F1 of `predict` over `sentences`. */
function scoreSpans(sentences: Sentence[], predict: (text: string) => Span[]): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of sentences) {
    const predicted = new Set(predict(s.text).map((o) => `${o.start}:${o.end}`));
    for (const p of predicted)
      if (s.gold.has(p)) tp++;
      else fp++;
    for (const g of s.gold) if (!predicted.has(g)) fn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${((200 * p * r) / Math.max(1e-9, p + r)).toFixed(1)}`;
}

/** Maximal runs of jieba's own `nt` tokens: the baseline. */
function ntRuns(text: string): Span[] {
  const out: Span[] = [];
  let run: Span | null = null;
  for (const t of tag(text)) {
    if (t.tag === 'nt') {
      if (run && run.end === t.start) run.end = t.start + t.word.length;
      else {
        if (run) out.push(run);
        run = { start: t.start, end: t.start + t.word.length };
      }
    } else {
      if (run) out.push(run);
      run = null;
    }
  }
  if (run) out.push(run);
  return out;
}

/** Organizations on People's Daily test (whole, and its two halves), and on any `--bio FILE`. */
function organizations(): void {
  const sentences = readBio(join(ROOT, 'peoples-daily/test.bio'));
  const half = Math.floor(sentences.length / 2);
  console.log(`organizations, People's Daily test (${sentences.length} sentences, exact spans)`);
  console.log(`  artext            ${scoreSpans(sentences, findOrganizations)}`);
  console.log(`  nodejieba nt      ${scoreSpans(sentences, ntRuns)}`);
  // The rules were refined on errors read from the first half; the second was kept as a check.
  console.log(`  first half        ${scoreSpans(sentences.slice(0, half), findOrganizations)}`);
  console.log(`  second half       ${scoreSpans(sentences.slice(half), findOrganizations)}`);
  for (const file of bioFiles()) {
    const other = readBio(file);
    console.log(`organizations, ${file} (${other.length} sentences, exact spans)`);
    console.log(`  artext            ${scoreSpans(other, findOrganizations)}`);
    console.log(`  nodejieba nt      ${scoreSpans(other, ntRuns)}`);
  }
}

/** Other labelled sets to score organizations on: `npm run bench:entities -- --bio FILE`. */
function bioFiles(): string[] {
  const files: string[] = [];
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++)
    if (args[i] === '--bio' && args[i + 1]) files.push(args[++i]!);
  return files;
}

interface RtCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  Results?: Array<{
    Text: string;
    TypeName: string;
    Resolution?: {
      value?: string;
      values?: Array<{ value?: string; start?: string; end?: string; type?: string }>;
    };
  }>;
}

function numberCases(file: string): string {
  const cases = readJson<RtCase[]>(file);
  let pass = 0;
  for (const c of cases) {
    const found = findNumbers(c.Input);
    const expected = c.Results ?? [];
    const ok =
      expected.length === 0
        ? found.length === 0
        : expected.every((r) => {
            const text = normalizeDigits(r.Text).replace(/\s+/gu, '').toLowerCase();
            const want = Number(String(r.Resolution?.value ?? '').replace('%', ''));
            return found.some(
              (n) =>
                normalizeDigits(n.text).replace(/\s+/gu, '').toLowerCase().includes(text) &&
                n.value !== null &&
                Math.abs(n.value - want) <= Math.abs(want) * 1e-9 + 1e-9,
            );
          });
    if (ok) pass++;
  }
  return pct(pass, cases.length);
}

function numbers(): void {
  const spec = join(ROOT, 'recognizers-text/Specs');
  console.log('numbers, Recognizers-Text Chinese');
  console.log(`  Number            ${numberCases(join(spec, 'Number/Chinese/NumberModel.json'))}`);
  console.log(`  Percent           ${numberCases(join(spec, 'Number/Chinese/PercentModel.json'))}`);
  const currency = readJson<RtCase[]>(join(spec, 'NumberWithUnit/Chinese/CurrencyModel.json'));
  let pass = 0;
  for (const c of currency) {
    const found = findNumbers(c.Input).filter((n) => n.kind === 'amount');
    const ok = (c.Results ?? []).every((r) => {
      const want = Number(r.Resolution?.value);
      return found.some(
        (n) =>
          normalizeDigits(n.text).includes(normalizeDigits(r.Text)) &&
          n.value !== null &&
          Math.abs(n.value - want) < 1e-6,
      );
    });
    if (ok) pass++;
  }
  console.log(`  Currency          ${pct(pass, currency.length)}`);
}

interface JioCase {
  input: string;
  time_base: { iso_cst?: string; raw?: unknown } | null;
  expected: { type: string; time: unknown };
}

/** The JioNLP base as an ISO date-time; partial bases fill the fields they omit from 2021-06-14. */
function jioBase(base: JioCase['time_base']): string {
  if (base?.iso_cst) return base.iso_cst.replace(/-00T/u, '-01T');
  const raw = base?.raw as Record<string, number> | undefined;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${raw.year ?? 2021}-${pad(raw.month ?? 6)}-${pad(raw.day ?? 14)}`;
  }
  return '2021-06-14';
}

function dates(): void {
  const jio = readJson<{ cases: JioCase[] }>(
    join(ROOT, 'jionlp/test_time_parser.cases.json'),
  ).cases;
  let pass = 0;
  for (const c of jio) {
    const found = findDates(c.input, { baseDate: jioBase(c.time_base) });
    const time =
      c.expected.type === 'time_period'
        ? (c.expected.time as { point?: { time?: unknown } }).point?.time
        : c.expected.time;
    let ok: boolean;
    if (c.expected.type === 'time_delta' || !Array.isArray(time)) ok = found.length === 0;
    else {
      const [s, e] = (Array.isArray(time[0]) ? time[0] : time) as [string, string];
      ok = found.some((f) => withinSpan(f.value, stamp(s, 'start'), stamp(e, 'end')));
    }
    if (ok) pass++;
  }
  console.log('dates');
  console.log(`  JioNLP time parser      ${pct(pass, jio.length)}`);
  const rt = readJson<RtCase[]>(
    join(ROOT, 'recognizers-text/Specs/DateTime/Chinese/DateTimeModel.json'),
  );
  let rtPass = 0;
  for (const c of rt) {
    const base = c.Context?.ReferenceDateTime ?? '2017-03-22T00:00:00';
    const found = findDates(c.Input, { baseDate: base });
    const dated = (c.Results ?? []).filter(
      (r) => /date|time/u.test(r.TypeName) && !/duration|set/u.test(r.TypeName),
    );
    const ok =
      dated.length === 0
        ? found.length === 0
        : dated.every((r) =>
            (r.Resolution?.values ?? []).some((v) => {
              const start = v.start ?? v.value;
              const end = v.end ? stamp(v.end, 'end') - (v.end.length <= 10 ? 1000 : 0) : undefined;
              if (!start) return false;
              const s = stamp(start, 'start');
              const e = end ?? (start.length <= 10 ? s + 864e5 - 1000 : s + 59_000);
              return found.some((f) => withinSpan(f.value, s, e));
            }),
          );
    if (ok) rtPass++;
  }
  console.log(`  Recognizers-Text DateTime ${pct(rtPass, rt.length)}`);
}

function cost(): void {
  const before = process.memoryUsage().rss;
  const ms = warmUp();
  const after = process.memoryUsage().rss;
  console.log('segmenter');
  console.log(
    `  dictionary load   ${ms.toFixed(0)} ms, +${((after - before) / 1e6).toFixed(0)} MB RSS (${installedBuild()} nodejieba build)`,
  );
  const seed = join(
    resolve(import.meta.dirname, '../../fixtures/text/cri-2023-changsha-women.txt'),
  );
  const text = readFileSync(seed, 'utf8').repeat(40);
  extractEntities(text.slice(0, 2000), { baseDate: '2023-11-30' });
  const started = performance.now();
  extractEntities(text, { baseDate: '2023-11-30' });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  throughput        ${Math.round(text.length / seconds).toLocaleString('en')} chars/s after load (${text.length.toLocaleString('en')} chars of news text)`,
  );
}

if (!existsSync(ROOT)) {
  console.log(`bench:entities: ${ROOT} is absent; nothing to measure.`);
} else {
  cost();
  organizations();
  numbers();
  dates();
}
