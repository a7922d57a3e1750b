import { readFileSync, readdirSync } from 'node:fs';
const { processPage } = await import('./dist/index.js');
const dir = '/work/shared/bench/extraction/zh-wce/original/';
for (const p of process.argv.slice(2)) {
  const f = readdirSync(dir).find((n) => n.startsWith(p));
  const a = processPage(new Uint8Array(readFileSync(dir + f)), {
    kind: 'html',
    entities: false,
    trace: true,
  });
  console.log('==', p, a.meta.published, '| title:', a.meta.title);
  console.log(
    '  first paras:',
    a.sections[0]?.blocks.slice(0, 2).map((b) => (b.text ?? '').slice(0, 60)),
  );
  console.log('  last para:', a.sections.at(-1)?.blocks.at(-1)?.text?.slice(-80));
}
