// A bench:speed helper thread: a fixed synthetic load, timed. `arithmetic` touches no memory;
// `allocation` builds and drops small objects the way a parser does. One thread against two at
// once tells how much a second core adds on this machine for each kind of work.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const started = performance.now();
let sink = 0;
if (workerData.kind === 'arithmetic') {
  for (let i = 0; i < 3e8; i++) sink = (sink * 31 + i) | 0;
} else {
  for (let round = 0; round < 20; round++) {
    const objects = [];
    for (let i = 0; i < 2e5; i++) objects.push({ i, name: `k${i}` });
    sink += objects.length;
  }
}
parentPort.postMessage({ seconds: (performance.now() - started) / 1000, sink });
