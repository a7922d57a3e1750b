// Runs the artext CLI in this process and, at exit, writes the process's peak RSS (kB, worker
// threads included) to the file named by ARTEXT_RSS_FILE: how the torture test bounds memory.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const file = process.env.ARTEXT_RSS_FILE;
process.on('exit', () => {
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
const bin = process.argv[2];
process.argv.splice(1, 1);
await import(pathToFileURL(bin).href);
