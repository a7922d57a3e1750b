/** `artext batch`: archives and folders of pages through a worker pool, resumable, never stopped by one bad page. */
import { setFlagsFromString } from 'node:v8';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { openAtomic, writeFileAtomic } from '../../batch/atomic.js';
import { defaultJobs, runBatch, type BatchSummary } from '../../batch/run.js';
import { isBlank, linesOf } from '../../batch/lines.js';
import { failed, overLimit, recordJob, type PageJob } from '../../batch/records.js';
import type { OutputFormat } from '../../batch/worker.js';
import { UsageError } from '../../errors.js';
import {
  parseFormat,
  parseMaxBytes,
  pageOptionsFrom,
  type PageOptions,
  addPageOptions,
} from '../options.js';
import {
  createTerminal,
  EXIT_FAILED,
  EXIT_OK,
  exitCodeFor,
  reportError,
  type Terminal,
} from '../terminal.js';

interface BatchFlags extends PageOptions {
  out?: string;
  format: string;
  jobs?: string;
  resume?: boolean;
  timeout: string;
  maxErrors?: string;
  maxBytes: string;
  report?: string;
  quiet?: boolean;
  stdinJsonl?: boolean;
  debug?: boolean;
}

export const EXIT_INTERRUPTED = 130;
const PLAIN_PROGRESS_MS = 5000;

function positiveInt(value: string, flag: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1)
    throw new UsageError(`${flag} "${value}": expected a whole number of at least 1`);
  return Number(value);
}

function rate(summary: BatchSummary): string {
  const s = Math.max(summary.seconds, 1e-3);
  return `${(summary.ok / s).toFixed(1)} pages/s, ${(summary.bytes / 1e6 / s).toFixed(2)} MB/s`;
}

function summaryLine(summary: BatchSummary): string {
  const stopped =
    summary.stopped === 'interrupted'
      ? ' (interrupted)'
      : summary.stopped === 'max-errors'
        ? ' (stopped: too many errors)'
        : '';
  return `${summary.ok} ok, ${summary.failed} failed, ${summary.skipped} skipped in ${summary.seconds.toFixed(1)} s — ${rate(summary)}${stopped}\n`;
}

/** Progress on stderr: a bar on a terminal, a plain line every few seconds otherwise, nothing with --quiet. */
function progressReporter(
  term: Terminal,
  quiet: boolean,
): { update: (s: BatchSummary) => void; stop: () => void } {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (term.errIsTTY) {
    const bar = new SingleBar(
      {
        format: 'artext {bar} {value} pages | {failed} failed | {rate} pages/s',
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      },
      Presets.shades_classic,
    );
    bar.start(0, 0, { failed: 0, rate: '0.0' });
    return {
      update: (s) => {
        const done = s.ok + s.failed + s.skipped;
        bar.setTotal(Math.max(done, 1));
        bar.update(done, { failed: s.failed, rate: (s.ok / Math.max(s.seconds, 1e-3)).toFixed(1) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = performance.now();
  return {
    update: (s) => {
      if (performance.now() - last < PLAIN_PROGRESS_MS) return;
      last = performance.now();
      term.err.write(
        `artext batch: ${s.ok + s.failed + s.skipped} pages (${s.failed} failed), ${rate(s)}\n`,
      );
    },
    stop: () => undefined,
  };
}

/** `--stdin-jsonl`: one job per line, blank lines included, so one line comes out per line in. */
async function* stdinJobs(maxBytes: number): AsyncGenerator<PageJob> {
  for await (const line of linesOf(process.stdin, maxBytes)) {
    const { n } = line;
    if ('bytes' in line && !isBlank(line.bytes)) {
      yield recordJob(line.bytes, n, 'stdin');
      continue;
    }
    const error = 'tooLong' in line ? overLimit(n, maxBytes).message : `line ${n}: empty line`;
    yield failed(`stdin:${n}`, error);
  }
}

/** Writes to stdout respecting backpressure: a slow reader slows the run, memory stays flat. */
function stdoutWriter(term: Terminal): (chunk: string) => Promise<void> {
  return (chunk) =>
    new Promise((resolve) => {
      if (term.out.write(chunk)) resolve();
      else term.out.once('drain', () => resolve());
    });
}

/**
 * How far a heap may grow past what survived the last full collection, in percent. V8's own
 * factor (up to 4×) lets each worker's old space fill with the dead trees of earlier pages before
 * it collects: 620 MB peak for one job and 1,050 MB for two on the bench pages. At 50 % they stay
 * near 490 and 820 MB, for 6–14 % of speed. Set for the whole process, before the workers start.
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * Garbage collection on each worker's own thread. V8's parallel and concurrent collectors run
 * on four helper threads per process: on one job they add a third of a core of work (4.5 s of
 * helper CPU against 8.9 s of page work, `/proc/PID/task` over 2,000 pages), and at two jobs on
 * two cores that work competes with the pages. Off, two jobs run 8 % faster (10.1 s against
 * 11.0 s over three runs each) and one job the same. Parallel marking stays on: turning it off
 * after start aborts V8.
 */
const GC_FLAGS = [
  '--no-parallel-scavenge',
  '--no-parallel-compaction',
  '--no-parallel-pointer-update',
  '--no-concurrent-sweeping',
  '--no-concurrent-marking',
];

export async function runBatchCommand(
  inputs: string[],
  flags: BatchFlags,
  term: Terminal,
): Promise<number> {
  const mapper = flags.stdinJsonl === true;
  const format: OutputFormat = mapper
    ? 'jsonl'
    : parseFormat(flags.format, ['json', 'md', 'text', 'jsonl'] as const);
  if (!mapper && inputs.length === 0)
    throw new UsageError(
      'no inputs: give files, folders, globs, .warc or .jsonl files (or --stdin-jsonl)',
    );
  if (mapper && inputs.length > 0)
    throw new UsageError('--stdin-jsonl reads stdin: give no inputs');
  if (format !== 'jsonl' && flags.out === undefined)
    throw new UsageError(`--out DIR is required with --format ${format}`);
  if (flags.resume && format === 'jsonl')
    throw new UsageError('--resume works with one file per page (--format json, md or text)');
  const page = pageOptionsFrom(flags);
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  for (const flag of GC_FLAGS) setFlagsFromString(flag);
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = progressReporter(term, flags.quiet === true || mapper);
  // JSON Lines to a file stream into a temp file renamed at the end; to stdout, as they come.
  const file = format === 'jsonl' && flags.out !== undefined ? await openAtomic(flags.out) : null;
  let committed = false;
  try {
    const summary = await runBatch(
      {
        inputs,
        outDir: format === 'jsonl' ? null : flags.out!,
        format,
        jobs: flags.jobs === undefined ? defaultJobs() : positiveInt(flags.jobs, '--jobs'),
        resume: flags.resume === true,
        timeoutMs: positiveInt(flags.timeout, '--timeout') * 1000,
        maxErrors:
          flags.maxErrors === undefined ? null : positiveInt(flags.maxErrors, '--max-errors'),
        maxBytes: parseMaxBytes(flags.maxBytes),
        kind: page.kind ?? 'auto',
        page: {
          entities: page.entities,
          ...(page.encoding ? { encoding: page.encoding } : {}),
          ...(page.baseDate ? { baseDate: page.baseDate } : {}),
          ...(page.maxBlocks ? { maxBlocks: page.maxBlocks } : {}),
          ...(page.maxEntityChars ? { maxEntityChars: page.maxEntityChars } : {}),
        },
      },
      {
        write: file ? file.write : stdoutWriter(term),
        progress: progress.update,
        stop: stop.signal,
        ...(mapper ? { source: stdinJobs(parseMaxBytes(flags.maxBytes)) } : {}),
      },
    );
    progress.stop();
    if (file) await file.commit();
    committed = true;
    if (!flags.quiet && !mapper) {
      for (const f of summary.failures.slice(0, 20)) reportError(term, f.input, f.error);
      if (summary.failures.length > 20)
        term.err.write(`… and ${summary.failures.length - 20} more failures (see --report)\n`);
      term.err.write(summaryLine(summary));
    }
    if (flags.report)
      await writeFileAtomic(
        flags.report,
        `${JSON.stringify({ summary: { ...summary, failures: undefined }, failures: summary.failures }, null, 2)}\n`,
      );
    if (summary.stopped === 'interrupted') return EXIT_INTERRUPTED;
    return summary.failed > 0 ? EXIT_FAILED : EXIT_OK;
  } finally {
    if (file && !committed) await file.abort();
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export function registerBatch(program: Command): void {
  addPageOptions(
    program
      .command('batch')
      .summary('process many pages: folders, globs, WARC and JSON Lines archives')
      .argument('[inputs...]', 'files, folders (recursive), globs, .warc[.gz], .jsonl[.gz]')
      .option(
        '--out <path>',
        'output folder (one file per page), or the .jsonl file with --format jsonl',
      )
      .option('-f, --format <format>', 'json, md, text or jsonl', 'json')
      .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
      .option(
        '--resume',
        'skip pages whose output is already complete (reads the manifest in --out)',
      )
      .option('--timeout <seconds>', 'give up on a page after this long', '30')
      .option('--max-errors <n>', 'stop after this many failed pages')
      .option('--report <file>', 'write a JSON report of the run')
      .option('--quiet', 'no progress and no summary on stderr')
      .option(
        '--stdin-jsonl',
        'mapper mode: JSON Lines records on stdin, one result line per line on stdout, in order',
      ),
    { url: false },
  )
    .addHelpText(
      'after',
      `
Examples:
  artext batch pages/ --out clean/                       one JSON file per page
  artext batch crawl.warc.gz --format jsonl --out pages.jsonl
  artext batch 'archive/**/*.html' --out clean/ --resume --report run.json
  cat pages.jsonl | artext batch --stdin-jsonl > results.jsonl

Exit codes: 0 every page succeeded, 1 some failed, 2 usage error, 130 interrupted.`,
    )
    .action(async (inputs: string[], flags: BatchFlags) => {
      const term = createTerminal({ debug: flags.debug ?? false });
      process.exitCode = await runBatchCommand(inputs, flags, term).catch((error: unknown) => {
        reportError(term, null, error);
        return exitCodeFor(error);
      });
    });
}
