/**
 * The batch runner: pages streamed from the sources through a piscina worker pool, a bounded
 * number in flight (backpressure), each output written atomically and recorded in the resume
 * manifest, failures recorded and the run going on. JSON Lines output keeps input order.
 */
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { Piscina } from 'piscina';
import { TEMP_PREFIX, WriteError, writeFileAtomic } from './atomic.js';
import { loadManifest, MANIFEST, pageKey, recordDone } from './manifest.js';
import { Namer } from './naming.js';
import type { PageJob } from './records.js';
import { pages } from './sources.js';
import type { OutputFormat, WorkerResult, WorkerTask } from './worker.js';
import type { ProcessOptions } from '../pipeline.js';
import { appendFileSync, closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';

export interface BatchOptions {
  inputs: string[];
  /** Folder for one file per page; null with `jsonl` to stream to `jsonlOut`. */
  outDir: string | null;
  format: OutputFormat;
  jobs: number;
  resume: boolean;
  timeoutMs: number;
  maxErrors: number | null;
  maxBytes: number;
  kind: 'auto' | 'html' | 'text';
  page: Omit<ProcessOptions, 'url' | 'kind' | 'path'>;
}

export interface Failure {
  input: string;
  error: string;
}

export interface BatchSummary {
  ok: number;
  failed: number;
  skipped: number;
  bytes: number;
  seconds: number;
  stopped: 'interrupted' | 'max-errors' | null;
  failures: Failure[];
}

export interface BatchHooks {
  /** Where JSON Lines go when there is no output folder (stdout). */
  write?: (chunk: string) => Promise<void>;
  progress?: (summary: BatchSummary) => void;
  /** Aborted on SIGINT: no new page starts, pages in flight finish. */
  stop?: AbortSignal;
  /** A page source other than the inputs (`--stdin-jsonl`). */
  source?: AsyncIterable<PageJob>;
}

export const defaultJobs = (): number => availableParallelism();

const WORKER = new URL('./worker.js', import.meta.url);
const EXTENSIONS: Record<OutputFormat, string> = {
  json: 'json',
  md: 'md',
  text: 'txt',
  jsonl: 'jsonl',
};

/** Creates the folders of `path` under `root`, refusing to pass through a symbolic link. */
async function ensureDir(root: string, path: string): Promise<void> {
  const dir = dirname(path);
  const relative = dir.slice(root.length).split(sep).filter(Boolean);
  let current = root;
  for (const part of relative) {
    current = join(current, part);
    const info = await lstat(current).catch(() => null);
    if (info?.isSymbolicLink())
      throw new Error(`${current} is a symbolic link; not writing through it`);
    if (!info)
      await mkdir(current).catch((error: unknown) => {
        throw new WriteError(current, error);
      });
    else if (!info.isDirectory()) throw new Error(`${current} is not a directory`);
  }
}

function settings(options: BatchOptions): string {
  return JSON.stringify([options.format, options.kind, options.page]);
}

function taskOf(job: PageJob, options: BatchOptions): WorkerTask {
  return {
    id: job.id,
    bytes: job.bytes,
    text: job.text,
    url: job.url,
    kind: job.kind ?? options.kind,
    format: options.format,
    options: options.page,
    ...(job.record ? { record: job.record } : {}),
  };
}

/** Buffers the worker may take over without a copy: those that are the whole of their memory. */
function movable(job: PageJob): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const bytes of [job.bytes, job.record?.bytes]) {
    if (
      bytes &&
      bytes.buffer instanceof ArrayBuffer &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength
    )
      out.push(bytes.buffer);
  }
  return out;
}

interface Slot {
  job: PageJob;
  /** The manifest key, taken before the page's bytes move to a worker. */
  key: string;
  result: Promise<WorkerResult>;
  settled: WorkerResult | null;
}

/** The JSON Lines record of a failed page: `{"id","error"}`. */
export function errorRecord(id: string, error: string): string {
  return `${JSON.stringify({ id, error })}\n`;
}

export async function runBatch(
  options: BatchOptions,
  hooks: BatchHooks = {},
): Promise<BatchSummary> {
  const started = performance.now();
  const summary: BatchSummary = {
    ok: 0,
    failed: 0,
    skipped: 0,
    bytes: 0,
    seconds: 0,
    stopped: null,
    failures: [],
  };
  const outDir = options.outDir === null ? null : resolve(options.outDir);
  if (outDir !== null)
    await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
      throw new WriteError(outDir, error);
    });
  const done = outDir !== null && options.resume ? loadManifest(outDir) : new Map<string, string>();
  if (outDir !== null) {
    repairManifest(outDir);
    await sweepTemps(outDir);
  }
  const namer = new Namer(EXTENSIONS[options.format]);
  for (const name of done.values()) namer.reserve(name);
  const pool = new Piscina({
    filename: WORKER.href,
    maxThreads: Math.max(1, options.jobs),
    minThreads: Math.max(1, options.jobs),
    workerData: { entities: options.page.entities !== false },
    idleTimeout: 60_000,
    // A bounded young generation: pages are parsed into short-lived trees, and V8's default lets
    // each worker's nursery grow to hundreds of MB between collections (1.1 GB peak at 2 jobs).
    // 32 MB holds several pages, so most trees die young now that a finished tree is cut apart
    // (releaseTree): 2,000 pages ran 12–14 % faster than at 12 MB, and as fast as at 48 MB
    // (peaks 880–900 MB at 2 jobs for both). Old space is not capped: a 50 MB page needs it.
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
  });
  const inFlight: Slot[] = [];
  // A wide window: one slow page at the head must not leave the other workers idle.
  const limit = Math.max(4, options.jobs * 8);
  const keyOf = (job: PageJob): string =>
    pageKey(job.id, job.record?.bytes ?? job.bytes ?? job.text, settings(options));
  const fail = (id: string, error: string): void => {
    summary.failed++;
    summary.failures.push({ input: id, error });
  };

  const finish = async (slot: Slot): Promise<void> => {
    const result = slot.settled!;
    const id = result.id ?? slot.job.id;
    if (options.format === 'jsonl') {
      const line = result.ok ? result.output : errorRecord(id, result.error);
      if (result.ok) summary.ok++;
      else fail(id, result.error);
      await (hooks.write ?? (async () => undefined))(line);
      return;
    }
    if (!result.ok) return fail(id, result.error);
    const name = namer.name(result.nameHint ?? slot.job.nameHint, id);
    const target = join(outDir!, ...name.split('/'));
    try {
      await ensureDir(outDir!, target);
      await writeFileAtomic(target, result.output);
      await recordDone(outDir!, { key: slot.key, output: name });
      summary.ok++;
    } catch (error) {
      fail(id, (error as Error).message);
    }
  };

  const submit = (job: PageJob, key: string): Slot => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    const result: Promise<WorkerResult> =
      job.error !== null
        ? Promise.resolve({ ok: false, error: job.error })
        : (
            pool.run(taskOf(job, options), {
              signal: controller.signal,
              transferList: movable(job),
            }) as Promise<WorkerResult>
          ).catch((error: Error) => ({
            ok: false,
            error: controller.signal.aborted
              ? `timed out after ${options.timeoutMs / 1000} s`
              : `worker failed: ${error.message}`,
          }));
    const slot: Slot = { job, key, result, settled: null };
    void result.then((r) => {
      clearTimeout(timer);
      slot.settled = r;
    });
    return slot;
  };

  /** Finishes the oldest page (input order), waiting for it if need be. */
  const drainOne = async (): Promise<void> => {
    const slot = inFlight.shift()!;
    slot.settled = await slot.result;
    await finish(slot);
    hooks.progress?.({ ...summary, seconds: (performance.now() - started) / 1000 });
  };

  const source = (hooks.source ?? pages(options.inputs, options.maxBytes))[Symbol.asyncIterator]();
  try {
    let pending = source.next();
    for (;;) {
      // Finished pages at the head go out now: a mapper must answer a line before the next arrives.
      while (inFlight[0]?.settled) await drainOne();
      const head = inFlight[0];
      const next = await Promise.race([
        pending.then((r) => ({ job: r })),
        ...(head ? [head.result.then(() => null)] : []),
      ]);
      if (next === null) continue;
      pending = next.job.done ? pending : source.next();
      if (next.job.done) break;
      const job = next.job.value;
      if (hooks.stop?.aborted) {
        summary.stopped = 'interrupted';
        break;
      }
      if (options.maxErrors !== null && summary.failed >= options.maxErrors) {
        summary.stopped = 'max-errors';
        break;
      }
      const key = outDir === null ? '' : keyOf(job);
      if (outDir !== null && options.resume && job.error === null) {
        const previous = done.get(key);
        if (previous !== undefined && existsSync(join(outDir, ...previous.split('/')))) {
          summary.skipped++;
          continue;
        }
      }
      summary.bytes += sizeOf(job);
      inFlight.push(submit(job, key));
      while (inFlight.length >= limit) await drainOne();
    }
    while (inFlight.length > 0) await drainOne();
  } finally {
    await source.return?.();
    await pool.destroy();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function sizeOf(job: PageJob): number {
  if (job.bytes) return job.bytes.byteLength;
  if (job.record) return job.record.bytes.byteLength;
  return job.text === null ? 0 : Buffer.byteLength(job.text);
}

/** Removes temp files a killed run left in the output folder (symbolic links are not followed). */
async function sweepTemps(outDir: string): Promise<void> {
  const stack = [outDir];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && entry.name.startsWith(TEMP_PREFIX))
        await rm(path, { force: true });
    }
  }
}

/** A run killed mid-append leaves a torn last line: end it so the next entry starts clean. */
function repairManifest(outDir: string): void {
  const path = join(outDir, MANIFEST);
  if (!existsSync(path)) return;
  // Only the last byte matters: the manifest of a long run is large.
  const fd = openSync(path, 'r');
  const last = Buffer.alloc(1);
  try {
    const size = fstatSync(fd).size;
    if (size === 0 || (readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a)) return;
  } finally {
    closeSync(fd);
  }
  appendFileSync(path, '\n');
}
