/**
 * The batch worker (a piscina thread): one page in, its rendered output out. Each worker loads
 * the jieba dictionary once, at start, when entities are on.
 */
import { workerData } from 'node:worker_threads';
import type { Article } from '../document/types.js';
import { warmUp } from '../entities/segmenter.js';
import { processPage, type ProcessOptions } from '../pipeline.js';
import { renderJson, renderRecordLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { jsonlJob, type PageJob } from './records.js';

export type OutputFormat = 'json' | 'md' | 'text' | 'jsonl';

export interface WorkerTask {
  id: string;
  bytes: Uint8Array | null;
  text: string | null;
  url: string | null;
  kind: 'auto' | 'html' | 'text';
  format: OutputFormat;
  options: Omit<ProcessOptions, 'url' | 'kind' | 'path'>;
  /** A JSON Lines record to parse here; its id and URL replace the task's. */
  record?: PageJob['record'];
}

/** `id` and `nameHint` come back when the worker parsed a record and learned them. */
export type WorkerResult = (
  { ok: true; output: string; title: string | null } | { ok: false; error: string }
) & { id?: string; nameHint?: string };

if ((workerData as { entities?: boolean } | undefined)?.entities) warmUp();

function render(article: Article, format: OutputFormat, id: string): string {
  switch (format) {
    case 'json':
      return renderJson(article);
    case 'md':
      return renderMarkdown(article);
    case 'text':
      return renderText(article);
    case 'jsonl':
      return renderRecordLine(id, article);
  }
}

/** Processes one task; `learned` (the record's own id and name) goes back with the result. */
function run(task: WorkerTask, learned: { id?: string; nameHint?: string }): WorkerResult {
  try {
    const input = task.bytes ?? task.text ?? '';
    const article = processPage(input, {
      ...task.options,
      kind: task.kind,
      ...(task.url ? { url: task.url } : {}),
      ...(task.bytes ? { path: task.id } : {}),
    });
    return {
      ok: true,
      output: render(article, task.format, task.id),
      title: article.meta.title,
      ...learned,
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), ...learned };
  }
}

export default function work(task: WorkerTask): WorkerResult {
  if (!task.record) return run(task, {});
  // A JSON Lines record is parsed here, off the main thread; its id and URL replace the guesses.
  const { bytes, line, origin } = task.record;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString();
  const job = jsonlJob(text, line, origin);
  const learned = { id: job.id, nameHint: job.nameHint };
  if (job.error !== null) return { ok: false, error: job.error, ...learned };
  return run(
    {
      ...task,
      id: job.id,
      text: job.text,
      url: job.url,
      kind: job.kind ?? task.kind,
      record: undefined,
    },
    learned,
  );
}
