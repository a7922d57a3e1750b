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

export type OutputFormat = 'json' | 'md' | 'text' | 'jsonl';

export interface WorkerTask {
  id: string;
  bytes: Uint8Array | null;
  text: string | null;
  url: string | null;
  kind: 'auto' | 'html' | 'text';
  format: OutputFormat;
  options: Omit<ProcessOptions, 'url' | 'kind' | 'path'>;
}

export type WorkerResult =
  { ok: true; output: string; title: string | null } | { ok: false; error: string };

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

export default function work(task: WorkerTask): WorkerResult {
  try {
    const input = task.bytes ?? task.text ?? '';
    const article = processPage(input, {
      ...task.options,
      kind: task.kind,
      ...(task.url ? { url: task.url } : {}),
      ...(task.bytes ? { path: task.id } : {}),
    });
    return { ok: true, output: render(article, task.format, task.id), title: article.meta.title };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
