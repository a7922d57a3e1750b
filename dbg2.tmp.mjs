import { readFileSync, readdirSync } from 'node:fs';
const { decode } = await import('./dist/input/decode.js');
const { parseHtml } = await import('./dist/html/dom.js');
const { readHeadMeta } = await import('./dist/html/meta.js');
const { flatten } = await import('./dist/html/segments.js');
const { chooseContent } = await import('./dist/html/content.js');
const reader = await import('./dist/html/reader.js');
const dir = '/work/shared/bench/extraction/zh-wce/original/';
const [p, needle] = process.argv.slice(2);
const f = readdirSync(dir).find((n) => n.startsWith(p));
const html = decode(new Uint8Array(readFileSync(dir + f))).text;
const { root } = parseHtml(html);
const head = readHeadMeta(root, null);
const body = [...root.children].find(() => true);
const flat = flatten(root, null);
const headline = reader.findHeadline ? reader.findHeadline(flat.segments, head) : null;
const choice = chooseContent(flat, headline?.pos ?? null);
console.log('headline', headline?.pos, headline?.text, 'ranges', choice.ranges);
for (const s of flat.segments)
  if (s.kind === 'text' && s.text.includes(needle))
    console.log('needle at', s.pos, JSON.stringify(s.text).slice(0, 100));
