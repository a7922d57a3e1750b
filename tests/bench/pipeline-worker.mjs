// A bench:speed helper thread: artext's whole pipeline (entities on) over the pages it is given,
// warmed up first, then timed when the main thread says go. Two of them at once show how the
// page work itself scales on this machine, without a batch's start-up, warm-up or main thread.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { processPage } from '../../dist/index.js';
import { warmUp } from '../../dist/entities/segmenter.js';

const { pages, warmUpPages } = workerData;
warmUp();
for (let i = 0; i < warmUpPages; i++) processPage(pages[i % pages.length], { kind: 'html' });
parentPort.postMessage('ready');
parentPort.once('message', () => {
  const started = performance.now();
  for (const page of pages) processPage(page, { kind: 'html' });
  parentPort.postMessage((performance.now() - started) / 1000);
});
