import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/dom.js';
import { flatten, type Segment } from '../../src/html/segments.js';

function segments(html: string, base: string | null = null): Segment[] {
  return flatten(parseHtml(html).root, base).segments;
}
const texts = (list: Segment[]): string[] => list.map((s) => (s.kind === 'text' ? s.text : s.kind));

describe('flattening the DOM into segments', () => {
  it('splits text at <br><br> and at indented line starts, not at a single <br>', () => {
    expect(
      texts(segments('<div>第一段。<br><br>第二段。<br>　　第三段。<br>同段续行。</div>')),
    ).toEqual(['第一段。', '第二段。', '第三段。 同段续行。']);
  });

  it('drops scripts, styles, templates and hidden elements', () => {
    const list = segments(
      '<div><script>var a="正文";</script><style>p{}</style><template><p>模板</p></template><p style="display:none">隐藏</p><p hidden>也隐藏</p><p>可见。</p></div>',
    );
    expect(texts(list)).toEqual(['可见。']);
  });

  it('keeps simple lists and data tables whole, walks into layout tables', () => {
    const list = segments(
      '<ul><li><a href="/a">链接一</a></li><li>文字二</li></ul><table><tr><th>地区</th><th>人数</th></tr><tr><td>长沙</td><td>35</td></tr></table>',
    );
    expect(list.map((s) => s.kind)).toEqual(['list', 'table']);
    const first = list[0]!;
    expect(first.kind === 'list' && first.items).toEqual(['链接一', '文字二']);
    expect(first.kind === 'list' && first.itemLinks).toEqual([3, 0]);
    const layout = segments(
      `<table><tr><td><p>${'很长的正文段落，'.repeat(20)}</p></td><td>侧栏</td></tr></table>`,
    );
    expect(layout.every((s) => s.kind === 'text')).toBe(true);
  });

  it('attaches a figcaption to its image and resolves lazy sources against the base', () => {
    const [img] = segments(
      '<figure><img data-src="/pic/a.jpg" src="data:image/gif;base64,R0lG" alt="图"><figcaption>说明文字 摄影 张三</figcaption></figure>',
      'https://example.cn/news/1.html',
    );
    expect(img).toMatchObject({
      kind: 'image',
      src: 'https://example.cn/pic/a.jpg',
      alt: '图',
      caption: '说明文字 摄影 张三',
    });
  });

  it('never keeps javascript: or data: image sources, and skips icons', () => {
    const list = segments(
      '<img src="javascript:alert(1)" alt="x"><img src="/logo.png" alt="站标"><img src="/a.jpg" width="16" height="16">',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'image', src: null, alt: 'x' });
  });

  it('measures link text and marks furniture by class', () => {
    const [a, b] = segments(
      '<div class="share-bar"><a href="#">微信</a> <a href="#">微博</a></div><div class="content"><p>正文，<a href="/x">链接</a>。</p></div>',
    );
    expect(a).toMatchObject({ hint: -1, linkUnits: 4 });
    expect(b).toMatchObject({ hint: 1, linkUnits: 2 });
  });

  it('walks 50,000 nested elements without overflowing the stack', () => {
    const depth = 50_000;
    const html = `${'<div>'.repeat(depth)}深处的正文。${'</div>'.repeat(depth)}`;
    expect(texts(segments(html))).toEqual(['深处的正文。']);
  });

  it('marks a box that opens with a related heading as furniture, whatever its class', () => {
    const list = segments(
      `<article><h1>Só quem se Ama</h1><p>${'Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida. '.repeat(3)}</p></article>` +
        `<article class="postbox"><h3>Você pode gostar...</h3><article><p>${'A vida requer da gente otimismo e coragem para esperar o melhor. '.repeat(3)}</p></article></article>`,
    );
    const hints = list.map((s) => [s.kind === 'text' ? s.text.slice(0, 12) : s.kind, s.hint]);
    expect(hints).toEqual([
      ['Só quem se A', 0],
      ['Viver uma ve', 0],
      ['Você pode go', -1],
      ['A vida reque', -1],
    ]);
    expect(list[3]!.hintName).toBe('related box (article: Você pode gostar...)');
  });

  it('leaves a related heading inside the story to the body rules', () => {
    const list = segments(
      `<div><p>${'正文的一段完整的话，讲清楚了事情的经过。'.repeat(3)}</p><h3>相关新闻</h3><ul><li><a href="/a">另一条新闻</a></li></ul></div>`,
    );
    expect(list.every((s) => s.hint === 0)).toBe(true);
  });

  it('does not take quoted posts for a feed of teaser cards', () => {
    const embed = (n: number) =>
      `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Tweet number ${n} says something <a href="https://t.co/x${n}">https://t.co/x${n}</a></p>— Someone (@someone${n}) November 18, 2019</blockquote></div>`;
    const list = segments(`<div>${[1, 2, 3, 4].map(embed).join('')}</div>`);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((s) => s.hint === 0)).toBe(true);
  });
});
