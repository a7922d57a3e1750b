/**
 * `npm run bench:speed`: throughput and memory on the pages of ../shared/bench/extraction,
 * repeated to at least `--pages` (2,000): artext in-process without and with entities, bare
 * htmlparser2 parsing (the floor), `artext batch` with 1 and 2 jobs (peak RSS of the whole
 * process, workers included), two independent one-job processes on half the pages each (the
 * ceiling for two jobs here), the whole pipeline in one and two warm threads (the steady-state
 * scaling of the page work) and two synthetic loads (what a second core adds here to arithmetic
 * and to allocation), Readability.js + jsdom on a sample of the same pages, the batch's
 * peak RSS at 1,000 and `--flat` (10,000) pages, 1 and 2 jobs again at `--flat` pages (each
 * worker warms up its own V8 isolate, so the ratio grows with the run), and the cold start of
 * `artext clean` on the seed.
 * In-process figures are taken after the same 200-page warm-up for every contender (JIT and
 * caches settled, as in a long batch); batch figures include everything from process start.
 * Run `npm run build` first (batch and cold start use the built CLI). Not part of `npm test`.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { load } from 'cheerio/slim';
import { decode } from '../../src/input/decode.js';
import { processPage } from '../../src/index.js';
import { warmUp } from '../../src/entities/segmenter.js';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '2000' },
    flat: { type: 'string', default: '10000' },
    readability: { type: 'string', default: '200' },
    bench: {
      type: 'string',
      default: process.env.ARTEXT_BENCH ?? resolve(import.meta.dirname, '../../../shared/bench'),
    },
  },
});

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/artext.js');
const SEED = join(ROOT, 'fixtures/text/cri-2023-changsha-women.txt');

interface Page {
  id: string;
  bytes: Uint8Array;
  html: string;
}

function loadPages(dir: string): Page[] {
  const out: Page[] = [];
  for (const sub of ['aeb/html', 'zh-wce/original']) {
    const folder = join(dir, 'extraction', sub);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder)
      .filter((n) => n.endsWith('.html'))
      .sort()) {
      const bytes = new Uint8Array(readFileSync(join(folder, f)));
      out.push({ id: `${sub}/${f}`, bytes, html: decode(bytes).text });
    }
  }
  return out;
}

function repeat<T>(items: T[], count: number): T[] {
  return Array.from({ length: count }, (_, i) => items[i % items.length]!);
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);

interface Rate {
  pagesPerSecond: number;
  mbPerSecond: number;
}

/** Pages run untimed first, so every in-process figure is the steady state a long batch runs at. */
const WARM_UP = 200;

function timed(pages: Page[], fn: (p: Page) => void): Rate {
  for (const p of pages.slice(0, WARM_UP)) fn(p);
  const started = performance.now();
  let bytes = 0;
  for (const p of pages) {
    fn(p);
    bytes += p.bytes.byteLength;
  }
  const s = (performance.now() - started) / 1000;
  return { pagesPerSecond: pages.length / s, mbPerSecond: bytes / 1e6 / s };
}

const show = (name: string, r: Rate, extra = ''): void =>
  console.log(
    `  ${name.padEnd(34)} ${r.pagesPerSecond.toFixed(1).padStart(8)} pages/s ${r.mbPerSecond.toFixed(2).padStart(7)} MB/s ${extra}`,
  );

/** Peak RSS (VmHWM) of a child process, polled from /proc while it runs. */
async function runMeasured(
  argv: string[],
  stdinFile: string | null,
): Promise<{ seconds: number; peak: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, argv, {
    stdio: [stdinFile ? 'pipe' : 'ignore', 'ignore', 'inherit'],
  });
  if (stdinFile) {
    const { createReadStream } = await import('node:fs');
    createReadStream(stdinFile).pipe(child.stdin!);
  }
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+) kB/u.exec(status);
      if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
    } catch {
      // The process ended between polls.
    }
  }, 50);
  await new Promise((r) => child.on('close', r));
  clearInterval(poll);
  return { seconds: (performance.now() - started) / 1000, peak };
}

/** Writes the pages as JSON Lines, one write a line (10,000 pages would not fit one string). */
function jsonl(pages: Page[], path: string): number {
  let bytes = 0;
  const fd = openSync(path, 'w');
  try {
    pages.forEach((p, i) => {
      bytes += p.bytes.byteLength;
      writeSync(fd, `${JSON.stringify({ id: `${i}:${p.id}`, html: p.html })}\n`);
    });
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** `artext batch` from JSON Lines to JSON Lines, quietly. */
function batchArgs(input: string, out: string, jobs: number, entities: boolean): string[] {
  const flags = ['--format', 'jsonl', '--out', out, '--jobs', String(jobs), '--quiet'];
  return [BIN, 'batch', input, ...flags, ...(entities ? [] : ['--no-entities'])];
}

async function batch(
  pages: Page[],
  jobs: number,
  entities: boolean,
  dir: string,
): Promise<{ rate: Rate; peak: number }> {
  const input = join(dir, `in-${pages.length}.jsonl`);
  const bytes = jsonl(pages, input);
  const out = join(dir, `out-${pages.length}-${jobs}.jsonl`);
  const { seconds, peak } = await runMeasured(batchArgs(input, out, jobs, entities), null);
  rmSync(input);
  rmSync(out, { force: true });
  return {
    rate: { pagesPerSecond: pages.length / seconds, mbPerSecond: bytes / 1e6 / seconds },
    peak,
  };
}

/**
 * Two independent `artext batch --jobs 1` processes at once, each on half the pages: what two
 * cores give this workload when nothing at all is shared (no process, heap or pool), the ceiling
 * `--jobs 2` can be held to on this machine.
 */
async function batchPair(pages: Page[], dir: string): Promise<Rate> {
  const half = Math.ceil(pages.length / 2);
  const parts = [pages.slice(0, half), pages.slice(half)];
  let bytes = 0;
  const files = parts.map((part, i) => {
    const input = join(dir, `pair-${i}.jsonl`);
    bytes += jsonl(part, input);
    return input;
  });
  const started = performance.now();
  await Promise.all(
    files.map((input, i) =>
      runMeasured(batchArgs(input, join(dir, `pair-out-${i}.jsonl`), 1, true), null),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const [i, input] of files.entries()) {
    rmSync(input);
    rmSync(join(dir, `pair-out-${i}.jsonl`), { force: true });
  }
  return { pagesPerSecond: pages.length / seconds, mbPerSecond: bytes / 1e6 / seconds };
}

/** `threads` bench helper threads (the `.mjs` files beside this one), each given `data`. */
function helpers(file: string, data: unknown, threads: number): Worker[] {
  return Array.from(
    { length: threads },
    () => new Worker(new URL(file, import.meta.url), { workerData: data }),
  );
}

/** The next message a helper thread posts, or its error. */
function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Seconds for `threads` threads to each parse the same pages at once (bare htmlparser2). */
async function parallelParse(pages: Page[], threads: number): Promise<number> {
  const data = { pages: pages.map((p) => p.html) };
  const started = performance.now();
  await Promise.all(helpers('./parse-worker.mjs', data, threads).map(nextMessage));
  return (performance.now() - started) / 1000;
}

/** How many times one thread's work `threads` threads do at once on a synthetic load. */
async function machineScaling(kind: 'arithmetic' | 'allocation', threads: number): Promise<number> {
  const seconds = async (n: number): Promise<number[]> =>
    (
      await Promise.all(
        helpers('./machine-worker.mjs', { kind }, n).map((w) =>
          nextMessage<{ seconds: number }>(w),
        ),
      )
    ).map((m) => m.seconds);
  const [alone] = await seconds(1);
  return (threads * alone!) / Math.max(...(await seconds(threads)));
}

/**
 * Seconds for `threads` warm threads to each run the whole pipeline (entities on) over the same
 * pages at once: the steady-state scaling of the page work, with no batch around it.
 */
async function parallelPipeline(pages: Page[], threads: number): Promise<number> {
  const data = { pages: pages.map((p) => p.bytes), warmUpPages: 2 * pages.length };
  const workers = helpers('./pipeline-worker.mjs', data, threads);
  try {
    await Promise.all(workers.map(nextMessage));
    const done = workers.map((w) => nextMessage<number>(w));
    for (const worker of workers) worker.postMessage('go');
    return Math.max(...(await Promise.all(done)));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function coldStart(entities: boolean): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    execFileSync(process.execPath, [BIN, 'clean', SEED, ...(entities ? [] : ['--no-entities'])], {
      stdio: 'ignore',
    });
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

async function main(): Promise<void> {
  const base = loadPages(args.bench);
  if (base.length === 0) {
    console.log(
      `bench:speed: no pages under ${join(args.bench, 'extraction')}; nothing to measure.`,
    );
    return;
  }
  const count = Math.max(Number(args.pages), base.length);
  const pages = repeat(base, count);
  const avgKb = pages.reduce((s, p) => s + p.bytes.byteLength, 0) / pages.length / 1024;
  console.log(`${pages.length} pages (${base.length} distinct, ${avgKb.toFixed(0)} KB average)\n`);
  console.log('in one process');
  const floor = timed(pages, (p) => void load(p.html));
  show('htmlparser2 parse only (floor)', floor);
  // artext starts from bytes: the same parse from bytes (UTF-8 decode included), for reference.
  const fromBytes = timed(
    pages,
    (p) =>
      void load(Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength).toString()),
  );
  show('htmlparser2 from bytes', fromBytes);
  const plain = timed(pages, (p) => void processPage(p.bytes, { kind: 'html', entities: false }));
  show(
    'artext, no entities',
    plain,
    `(${(floor.pagesPerSecond / plain.pagesPerSecond).toFixed(2)}× the floor's time, ${(fromBytes.pagesPerSecond / plain.pagesPerSecond).toFixed(2)}× from bytes)`,
  );
  warmUp();
  const full = timed(pages, (p) => void processPage(p.bytes, { kind: 'html', entities: true }));
  show('artext, with entities', full);
  console.log(`  peak RSS of this process: ${mb(process.resourceUsage().maxRSS * 1024)} MB`);

  const sample = pages.slice(0, Number(args.readability));
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const quiet = new VirtualConsole();
  let failures = 0;
  const readability = timed(sample, (p) => {
    try {
      const dom = new JSDOM(p.html, { url: 'https://example.com/', virtualConsole: quiet });
      new Readability(dom.window.document).parse();
      dom.window.close();
    } catch {
      failures++; // jsdom's CSS parser throws on some pages; the time spent still counts.
    }
  });
  show(
    `Readability.js + jsdom (${sample.length} pages)`,
    readability,
    failures > 0 ? `(${failures} threw)` : '',
  );
  console.log(
    `  artext / Readability: ${(plain.pagesPerSecond / readability.pagesPerSecond).toFixed(1)}× without entities, ${(full.pagesPerSecond / readability.pagesPerSecond).toFixed(1)}× with\n`,
  );

  const sample2 = pages.slice(0, 500);
  const alone = await parallelParse(sample2, 1);
  const paired = await parallelParse(sample2, 2);
  console.log(
    `bare parsing in two threads at once does ${((2 * alone) / paired).toFixed(2)}× the work of one thread (this machine's ceiling for --jobs 2)`,
  );
  const arithmetic = await machineScaling('arithmetic', 2);
  const allocation = await machineScaling('allocation', 2);
  console.log(
    `two threads at once do ${arithmetic.toFixed(2)}× one thread's work on integer arithmetic, ${allocation.toFixed(2)}× on allocating small objects (this machine's cores and memory)`,
  );
  const steadyOne = await parallelPipeline(base, 1);
  const steadyTwo = await parallelPipeline(base, 2);
  console.log(
    `artext's page work in two warm threads at once does ${((2 * steadyOne) / steadyTwo).toFixed(2)}× the work of one (steady state, entities on: what --jobs 2 tends to on a long run)\n`,
  );
  console.log('artext batch (JSON Lines in and out, entities on; peak RSS of the whole process)');
  const dir = mkdtempSync(join(tmpdir(), 'artext-speed-'));
  const one = await batch(pages, 1, true, dir);
  show('batch --jobs 1', one.rate, `peak ${mb(one.peak)} MB`);
  const two = await batch(pages, 2, true, dir);
  show(
    'batch --jobs 2',
    two.rate,
    `peak ${mb(two.peak)} MB (${(two.rate.pagesPerSecond / one.rate.pagesPerSecond).toFixed(2)}× one job)`,
  );
  const pair = await batchPair(pages, dir);
  show(
    'two processes, --jobs 1, half each',
    pair,
    `(${(pair.pagesPerSecond / one.rate.pagesPerSecond).toFixed(2)}× one job: this workload's ceiling here)`,
  );
  const small = await batch(repeat(base, 1000), 2, true, dir);
  const flat = Number(args.flat);
  const large = await batch(repeat(base, flat), 2, true, dir);
  console.log(
    `  peak RSS, 2 jobs: ${mb(small.peak)} MB at 1,000 pages, ${mb(large.peak)} MB at ${flat.toLocaleString('en')} pages`,
  );
  // Each worker is its own V8 isolate and compiles and optimizes the code itself: a short run
  // pays that warm-up once per worker, a long run spreads it. The ratio at both lengths.
  const longOne = await batch(repeat(base, flat), 1, true, dir);
  console.log(
    `  at ${flat.toLocaleString('en')} pages: --jobs 1 ${longOne.rate.pagesPerSecond.toFixed(1)} pages/s, --jobs 2 ${large.rate.pagesPerSecond.toFixed(1)} pages/s (${(large.rate.pagesPerSecond / longOne.rate.pagesPerSecond).toFixed(2)}× one job)\n`,
  );
  rmSync(dir, { recursive: true, force: true });

  console.log('cold start of `artext clean` on the seed (median of 5)');
  console.log(
    `  without entities ${coldStart(false).toFixed(0)} ms, with entities ${coldStart(true).toFixed(0)} ms`,
  );
}

await main();
