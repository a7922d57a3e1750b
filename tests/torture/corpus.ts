/**
 * The torture corpus: hostile inputs, each with the outcome artext documents for it. Small cases
 * are committed under tests/torture/cases/ (`npx tsx tests/torture/corpus.ts` rewrites them and
 * a test checks they are current); big ones are generated into a temp folder at test time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';

export const CASES_DIR = resolve(import.meta.dirname, 'cases');

/** What running the case through the CLI must give. */
export type Outcome =
  /** Exit 0 and a schema-valid article; `paragraphs` must appear among its paragraphs, `absent` nowhere in the output. */
  | { kind: 'ok'; paragraphs?: string[]; absent?: string[]; title?: string }
  /** Exit 2 and exactly one stderr line matching `error`, nothing on stdout. */
  | { kind: 'refused'; error: RegExp };

export interface TortureCase {
  /** File name of the page (the CLI reads it from disk). */
  name: string;
  what: string;
  bytes: () => Uint8Array;
  outcome: Outcome;
  /** Extra CLI arguments. */
  args?: string[];
  /** Generated at test time, never committed. */
  big?: boolean;
}

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const encoded = (text: string, charset: string): Uint8Array =>
  new Uint8Array(iconv.encode(text, charset));

const STORY = [
  '长沙市妇联今天发布了过去五年的工作成果，宣讲3万余场，覆盖全市各区县。',
  '在开福区文昌阁社区，巾帼课堂定期开课，居民们踊跃参加，反响热烈。',
  '据介绍，明年长沙将继续推进女性友好型城市建设，计划新增服务站点100个。',
];

/** A small news page in HTML around the given paragraphs. */
export function page(
  paragraphs: readonly string[],
  extraHead = '',
  title = '长沙妇联发布五年成果',
  traditional = false,
): string {
  const [home, news, about, source, rights] = traditional
    ? ['首頁', '新聞', '關於我們', '來源：國際在線', '版權所有']
    : ['首页', '新闻', '关于我们', '来源：国际在线', '版权所有'];
  return `<!doctype html><html><head>${extraHead}<title>${title}</title></head><body>
<nav><a href="/">${home}</a> | <a href="/news">${news}</a> | <a href="/about">${about}</a></nav>
<article><h1>${title}</h1><p class="info">2023-11-30 11:15 ${source}</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>${rights} © 2023 ICP 12345678</footer></body></html>`;
}

/** A deterministic byte stream (mulberry32), so the corpus is the same on every machine. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89,
]);

const okStory: Outcome = { kind: 'ok', paragraphs: STORY, absent: ['版权所有', '关于我们'] };

/** `unit` repeated to at most `bytes` bytes of UTF-8. */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
}

export const CASES: TortureCase[] = [
  {
    name: 'empty.html',
    what: 'an empty file',
    bytes: () => new Uint8Array(0),
    outcome: { kind: 'refused', error: /empty\.html: empty file/u },
  },
  {
    name: 'whitespace.txt',
    what: 'whitespace only',
    bytes: () => utf8(' \n\t\r\n\u3000 \n'),
    outcome: { kind: 'refused', error: /whitespace\.txt: no text/u },
  },
  {
    name: 'garbage.html',
    what: 'binary garbage',
    bytes: () => noise(4096, 7),
    outcome: { kind: 'refused', error: /garbage\.html: binary file/u },
  },
  {
    name: 'image.html',
    what: 'a PNG named .html',
    bytes: () => PNG,
    outcome: { kind: 'refused', error: /image\.html: binary file \(PNG image\)/u },
  },
  {
    name: 'utf8-bom.html',
    what: 'UTF-8 with a BOM',
    bytes: () => utf8(`\uFEFF${page(STORY)}`),
    outcome: okStory,
  },
  {
    name: 'utf16le-bom.html',
    what: 'UTF-16LE with a BOM',
    bytes: () =>
      new Uint8Array(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(STORY), 'utf16le')]),
      ),
    outcome: okStory,
  },
  {
    name: 'utf16be-bom.html',
    what: 'UTF-16BE with a BOM',
    bytes: () => {
      const le = Buffer.from(page(STORY), 'utf16le');
      const be = Buffer.alloc(le.length);
      for (let i = 0; i < le.length; i += 2) {
        be[i] = le[i + 1]!;
        be[i + 1] = le[i]!;
      }
      return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    },
    outcome: okStory,
  },
  {
    name: 'gbk-declared.html',
    what: 'GBK with <meta charset=gbk>',
    bytes: () => encoded(page(STORY, '<meta charset="gbk">'), 'gbk'),
    outcome: okStory,
  },
  {
    name: 'gbk-undeclared.html',
    what: 'GBK with no declaration',
    bytes: () => encoded(page(STORY), 'gbk'),
    outcome: okStory,
  },
  {
    name: 'big5.html',
    what: 'Big5 with no declaration',
    bytes: () =>
      encoded(
        page(
          [
            '臺北市政府今天公布了新的交通計畫，預計明年完成第一階段的工程建設。',
            '市長表示，這項計畫將大幅改善市民的通勤時間，並減少空氣污染。',
          ],
          '',
          '臺北市公布交通計畫',
          true,
        ),
        'big5',
      ),
    outcome: {
      kind: 'ok',
      paragraphs: ['臺北市政府今天公布了新的交通計畫，預計明年完成第一階段的工程建設。'],
    },
  },
  {
    name: 'utf8-declared-gbk-bytes.html',
    what: 'a page declaring UTF-8 whose bytes are GBK',
    bytes: () => encoded(page(STORY, '<meta charset="utf-8">'), 'gbk'),
    outcome: okStory,
  },
  {
    name: 'invalid-utf8.html',
    what: 'invalid UTF-8 in the middle of a paragraph',
    bytes: () => {
      const [before, after] = page(STORY).split('覆盖全市');
      return new Uint8Array(
        Buffer.concat([
          Buffer.from(before!),
          Buffer.from([0xc3, 0x28, 0xff]),
          Buffer.from(`覆盖全市${after!}`),
        ]),
      );
    },
    outcome: { kind: 'ok', paragraphs: STORY.slice(1) },
  },
  {
    name: 'navigation-only.html',
    what: 'a page of navigation only',
    bytes: () =>
      utf8(
        `<html><head><title>导航</title></head><body><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/c${i}">栏目${i}</a></li>`).join('')}</ul><footer>版权所有 © 2024</footer></body></html>`,
      ),
    outcome: { kind: 'ok', absent: ['栏目1', '版权所有'] },
  },
  {
    name: 'giant-table.html',
    what: 'a story inside one giant layout table',
    bytes: () =>
      utf8(
        `<html><head><title>县里新闻</title></head><body><table width="100%"><tr><td><a href="/">首页</a> <a href="/n">新闻</a></td></tr><tr><td><table><tr><td width="20%"><a href="/x">链接一</a><br><a href="/y">链接二</a></td><td>${STORY.map((p) => `${p}<br><br>`).join('')}</td></tr></table></td></tr>${Array.from({ length: 200 }, (_, i) => `<tr><td><a href="/l${i}">相关链接${i}</a></td></tr>`).join('')}</table></body></html>`,
      ),
    outcome: { kind: 'ok', paragraphs: STORY, absent: ['相关链接1'] },
  },
  {
    name: 'script-style-template.html',
    what: 'article-like text inside <script>, <style> and <template>',
    bytes: () =>
      utf8(
        page(STORY).replace(
          '</article>',
          '<script>var story = "这是脚本里的长文本，看起来像正文段落，写得很长很长很长。";</script><style>.x::after { content: "样式里的长文本，看起来像正文段落，写得很长很长。"; }</style><template><p>模板里的长文本，看起来像正文段落，写得很长很长很长。</p></template><noscript><p>请启用脚本。</p></noscript></article>',
        ),
      ),
    outcome: { kind: 'ok', paragraphs: STORY, absent: ['脚本里', '样式里', '模板里'] },
  },
  {
    name: 'dangerous-links.html',
    what: 'javascript:, vbscript: and data: links and images',
    args: ['--format', 'md', '--links'],
    bytes: () =>
      utf8(
        page([
          `${STORY[0]}<a href="javascript:alert(1)">点这里</a>和<a href=" JaVaScRiPt:alert(2)">这里</a>，<a href="vbscript:msgbox(1)">还有</a><a href="data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;">数据</a><a href="java&#10;script:alert(4)">换行</a>。`,
          `<img src="javascript:alert(5)" alt="图一"><img src="data:image/svg+xml,&lt;svg onload=alert(6)&gt;" alt="图二">${STORY[1]}`,
          `${STORY[2]}<a href="https://example.com/ok">正常链接</a>`,
        ]),
      ),
    outcome: { kind: 'ok', absent: ['javascript:', 'vbscript:', 'data:', 'JaVaScRiPt'] },
  },
  {
    name: 'markdown-specials.html',
    what: 'Markdown-special characters at line starts and inside text',
    args: ['--format', 'md'],
    bytes: () =>
      utf8(
        page([
          '# 不是标题，只是以井号开头的一段正文，写得足够长。',
          '&gt; 不是引用，只是以大于号开头的一段正文，写得足够长。',
          '- 不是列表，只是以减号开头的一段正文，写得足够长。',
          '1. 不是有序列表，只是以数字和点开头的一段正文，写得足够长。',
          '* 星号 _下划线_ | 竖线 | `反引号` &lt;b&gt;不是粗体&lt;/b&gt; [方括号](链接) 的一段正文。',
        ]),
      ),
    outcome: { kind: 'ok' },
  },
  {
    name: 'raw-html-as-text.html',
    what: 'raw HTML written as text (&lt;script&gt;)',
    args: ['--format', 'md'],
    bytes: () =>
      utf8(
        page([
          `${STORY[0]}&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;`,
          ...STORY.slice(1),
        ]),
      ),
    // The text says "<script>": it stays text (the test parses the Markdown: no HTML node).
    outcome: { kind: 'ok' },
  },
  {
    name: 'attribute-newlines.html',
    what: 'attribute values with newlines',
    args: ['--format', 'md'],
    bytes: () =>
      utf8(
        page([
          `<img src="/a.jpg" alt="第一行\n---\n# 第三行" title="x\ny">${STORY[0]}`,
          `<span class="a\nb" data-x="\n\n">${STORY[1]}</span>`,
          STORY[2]!,
        ]),
      ),
    outcome: { kind: 'ok', paragraphs: STORY.slice(1) },
  },
  {
    name: 'nul-bytes.html',
    what: 'NUL bytes in the text',
    bytes: () => utf8(page(STORY.map((p) => p.replace('，', '\u0000，\u0000')))),
    outcome: { kind: 'ok', paragraphs: STORY, absent: ['\u0000'] },
  },
  {
    name: 'crlf-and-cr.txt',
    what: 'CRLF and lone CR line ends',
    bytes: () =>
      utf8(
        `长沙妇联发布五年成果\r\n2023-11-30 11:15 来源：国际在线\r\n\r\n${STORY[0]}\r\r${STORY[1]}\r\n\r\n${STORY[2]}\r`,
      ),
    outcome: { kind: 'ok', paragraphs: STORY, title: '长沙妇联发布五年成果' },
  },
  {
    name: 'unusual-spaces.html',
    what: 'NBSP, full-width and zero-width spaces',
    bytes: () =>
      utf8(
        page(
          STORY.map(
            (p) =>
              `&nbsp;\u3000${p.replace('今天', '今\u200B天').replace('，', '，\u00A0\u00A0')}\u200B`,
          ),
        ),
      ),
    // NBSP and full-width spaces are spaces (runs collapse to one); zero-width spaces go.
    outcome: {
      kind: 'ok',
      paragraphs: [STORY[1]!.replace('，', '， ')],
      absent: ['\u200B', '\u00A0', '\u3000'],
    },
  },
  {
    name: 'bidi-overrides.html',
    what: 'bidi override characters',
    bytes: () => utf8(page([`${STORY[0]}\u202Egnp.exe\u202C`, ...STORY.slice(1)])),
    outcome: { kind: 'ok', paragraphs: STORY.slice(1), absent: ['\u202E', '\u202C'] },
  },
  {
    name: 'numbers.txt',
    what: 'numbers such as 1,234,567.89, ３万, 二〇二三年, 十四五',
    args: ['--format', 'json'],
    bytes: () =>
      utf8(
        '数字测试\n\n全年收入1,234,567.89元，参与群众３万人，二〇二三年工作总结已经发布，“十四五”规划进入关键阶段。\n',
      ),
    outcome: {
      kind: 'ok',
      paragraphs: [
        '全年收入1,234,567.89元，参与群众３万人，二〇二三年工作总结已经发布，“十四五”规划进入关键阶段。',
      ],
    },
  },
  {
    name: 'name with spaces.html',
    what: 'a file name with spaces',
    bytes: () => utf8(page(STORY)),
    outcome: okStory,
  },
  {
    name: '-leading-dash.html',
    what: 'a file name starting with -',
    bytes: () => utf8(page(STORY)),
    outcome: okStory,
  },
  {
    name: '新闻 页面 ü.html',
    what: 'a Unicode file name',
    bytes: () => utf8(page(STORY)),
    outcome: okStory,
  },
  // Big cases, generated at test time.
  {
    name: 'nested-50k.html',
    what: '50,000 nested <div>s',
    big: true,
    bytes: () =>
      utf8(
        page([`${'<div>'.repeat(50_000)}${STORY[0]}${'</div>'.repeat(50_000)}`, ...STORY.slice(1)]),
      ),
    outcome: { kind: 'ok', paragraphs: STORY },
  },
  {
    name: 'single-line-50mb.html',
    what: 'a 50 MB page on one line (inline state blob and a data: image around the story)',
    big: true,
    bytes: () => {
      const story = page(STORY).replace(/\n/gu, '');
      const image = `<img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(400_000)}" alt="图">`;
      const [head, rest] = story.split('<nav>') as [string, string];
      const room = 50 * 1024 * 1024 - Buffer.byteLength(story + image) - 64;
      const blob = `<script>window.__STATE__={"items":"${repeatTo('长沙新闻数据 ', room)}"}</script>`;
      return utf8(`${head}${blob}<nav>${rest.replace('<article>', `<article>${image}`)}`);
    },
    outcome: { kind: 'ok', paragraphs: STORY, absent: ['长沙新闻数据', 'base64'] },
  },
  {
    name: 'over-the-limit.html',
    what: 'a page over --max-bytes (51 MB; default limit 50 MB)',
    big: true,
    bytes: () => utf8(repeatTo('<p>太大了</p>', 51 * 1024 * 1024)),
    outcome: {
      kind: 'refused',
      error: /over-the-limit\.html: too large: 53477376 bytes, over the limit of 52428800/u,
    },
  },
  {
    name: 'million-p.html',
    what: 'a million tiny <p> tags (over --max-blocks, default 250,000 elements)',
    big: true,
    bytes: () => utf8(page([...STORY, '<p>字</p>'.repeat(1_000_000)])),
    outcome: {
      kind: 'refused',
      error: /million-p\.html: too many blocks: over 250000 HTML elements/u,
    },
  },
  {
    name: 'hundred-thousand-p.html',
    what: '100,000 tiny <p> tags (under --max-blocks)',
    big: true,
    bytes: () => utf8(page([...STORY, '<p>字</p>'.repeat(100_000)])),
    outcome: { kind: 'ok', paragraphs: STORY },
  },
  {
    name: 'cjk-1mb-no-punctuation.txt',
    what: '1 MB of Chinese with no punctuation',
    big: true,
    bytes: () =>
      utf8(
        `标题\n\n${repeatTo('长沙市妇联宣讲三万余场覆盖全市各区县居民踊跃参加', 1024 * 1024)}\n`,
      ),
    outcome: { kind: 'ok' },
  },
  ...(['2023年', '1,', '(', '第'] as const).map((bait): TortureCase => ({
    name: `bait-${encodeURIComponent(bait).replace(/%/gu, '')}.txt`,
    what: `regex bait: 100,000 repeats of ${bait}`,
    big: true,
    bytes: () => utf8(`标题\n\n${bait.repeat(100_000)}\n\n${STORY[0]}\n`),
    outcome: { kind: 'ok', paragraphs: [STORY[0]!] },
  })),
];

/** Writes the committed small cases (run with `npx tsx tests/torture/corpus.ts`). */
export function writeSmallCases(dir = CASES_DIR): void {
  mkdirSync(dir, { recursive: true });
  for (const c of CASES.filter((x) => !x.big)) writeFileSync(join(dir, c.name), c.bytes());
}

/** Whether a committed case still has the bytes the generator gives. */
export function isCurrent(c: TortureCase, dir = CASES_DIR): boolean {
  try {
    return Buffer.from(c.bytes()).equals(readFileSync(join(dir, c.name)));
  } catch {
    return false;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  writeSmallCases();
