// A bench:speed helper thread: parses the pages it is given with cheerio (htmlparser2) and
// reports the seconds it took. Two of them at once show what this machine gives a second
// thread on parsing-bound work — the ceiling for `artext batch --jobs 2`.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { load } from 'cheerio/slim';

const started = performance.now();
for (const html of workerData.pages) load(html);
parentPort.postMessage((performance.now() - started) / 1000);
