import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { traceOf } from '../../src/document/trace.js';
import { parseHtml, releaseTree } from '../../src/html/dom.js';
import { processPage, type Article } from '../../src/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { ROOT } from '../helpers/cli.js';

const fixture = (name: string, options: { url?: string } = {}): Article =>
  processPage(new Uint8Array(readFileSync(`${ROOT}fixtures/${name}`)), {
    entities: false,
    ...options,
  });

const shape = (a: Article) =>
  a.sections.map((s) => ({
    heading: s.heading,
    subheading: s.subheading,
    paragraphs: s.blocks.filter((b) => b.type === 'paragraph'),
    figures: s.blocks.flatMap((b) => (b.type === 'figure' ? [[b.alt, b.caption, b.credit]] : [])),
  }));

describe('HTML pages', () => {
  const text = fixture('text/cri-2023-changsha-women.txt');
  const html = fixture('html/cri-changsha-women-portal.html', {
    url: 'https://hn.cri.cn/20231130/a.html',
  });
  const gbk = fixture('html/cri-changsha-women-portal-gbk.html');

  it('give the same sections and paragraphs as the text dump of the same story', () => {
    expect(shape(html)).toEqual(shape(text));
    expect(html.meta).toMatchObject({
      ...text.meta,
      site: '国际在线湖南',
      url: 'https://hn.cri.cn/20231130/a.html',
    });
  });

  it('decode a GBK twin without any charset declaration', () => {
    expect(gbk.source.encoding).toBe('gb18030');
    expect(shape(gbk)).toEqual(shape(html));
  });

  it('keep images with their resolved src and the _fororder_ alt artifact cleaned', () => {
    const figures = html.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'figure');
    expect(figures).toHaveLength(3);
    expect(figures[0]).toMatchObject({
      src: 'https://p1.img.cri.cn/photoworkspace/cri/contentimg/2023/11/30/20231130111527521.jpg',
      credit: '供图 长沙市妇联',
    });
    expect(JSON.stringify(html)).not.toContain('_fororder_');
  });

  it('record what was outside the story and why', () => {
    expect(
      html.removed.some((r) => r.rule === 'outside-content' && r.text.includes('热点新闻')),
    ).toBe(true);
    expect(html.text).not.toContain('热点新闻');
    expect(html.text).not.toContain('这段脚本里的文字不是正文');
    expect(html.text).not.toContain('隐藏的提示文字');
  });

  it('keep the story and drop a comment thread longer than it', () => {
    const page = fixture('html/comments-longer-2024-drainage.html');
    expect(page.sections.flatMap((s) => s.blocks)).toHaveLength(3);
    expect(page.text).not.toContain('说得太对了');
    expect(page.meta).toMatchObject({
      authors: ['赵明', '孙丽'],
      editors: [{ role: '编辑', name: '周敏' }],
      published: '2024-03-02T09:00+08:00',
    });
  });

  it('keep a story cut by ads and related boxes whole, without them', () => {
    const page = fixture('html/ads-and-related-2024-mooncake-market.html');
    const paragraphs = page.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'paragraph');
    expect(paragraphs).toHaveLength(5);
    expect(page.text).not.toMatch(/广告|相关阅读|为你推荐|热门排行/u);
    expect(page.sections.map((s) => s.heading)).toEqual([null]);
  });

  it('find a story laid out in tables, with its info line read into meta', () => {
    const page = fixture('html/table-layout-2005-county-news.html');
    expect(page.meta).toMatchObject({
      published: '2005-04-18T09:32:10+08:00',
      source: '平江日报',
      authors: ['刘建华', '周小平'],
    });
    expect(page.sections[0]!.blocks).toHaveLength(5);
  });

  it('read English metadata from JSON-LD and og tags', () => {
    const page = fixture('html/english-2024-city-budget.html');
    expect(page.meta).toMatchObject({
      title: 'City council approves $1.2 billion budget after late-night vote',
      published: '2024-06-12T23:45:00-04:00',
      site: 'Riverside Herald',
      authors: ['Priya Raman'],
      lang: 'en',
      url: 'https://www.riversideherald.example/news/2024/06/12/city-council-budget/',
    });
    expect(page.sections.map((s) => s.heading)).toEqual([null, 'Vacant-home tax delayed']);
    expect(page.text).not.toMatch(/cookies|Most read|Related coverage|Advertisement/u);
  });

  it('keep inline links in Markdown with --links, never javascript: ones', () => {
    const page = processPage(
      '<html><body><div class="content"><p>这是第一段，包含<a href="/a/b.html">一个链接</a>和<a href="javascript:alert(1)">坏链接</a>，后面还有很多很多正文文字，用来构成完整的句子。</p></div></body></html>',
      { url: 'https://news.example.cn/x/y.html', entities: false },
    );
    const md = renderMarkdown(page, { links: true });
    expect(md).toContain('[一个链接](https://news.example.cn/a/b.html)');
    expect(md).not.toContain('javascript');
    expect(renderMarkdown(page)).not.toContain('](');
  });

  it('fall back to the date in the URL', () => {
    const page = processPage(
      '<html><body><article><p>一段足够长的正文，说明这个页面确实是一篇新闻报道，但它没有写明发布时间。</p></article></body></html>',
      {
        url: 'https://example.cn/2023/07/31/a.html',
        entities: false,
      },
    );
    expect(page.meta.published).toBe('2023-07-31');
  });
});

describe('the publish date a page shows', () => {
  const post = (n: number) =>
    `<p>第${n}个帖子的正文写在这里，内容足够长，是一段完整的话，讲了一件事情的经过和结果。</p><p>它还有第二段，同样是完整的话，说明了作者的看法和理由。</p>`;
  const page = (body: string, sidebar = '') =>
    processPage(
      `<html><head><title>论坛帖子</title></head><body><div class="side">${sidebar}</div><div class="thread">${body}</div></body></html>`,
      { entities: false, kind: 'html' },
    ).meta.published;

  it('takes the first post of a thread, each signed with its time', () => {
    const body = [1, 2, 3, 4]
      .map(
        (n) =>
          `${post(n)}${post(n + 10)}<p>〓 留言板 发布时间 2005/0${n}/17 22:11:42 by 网友${n}</p>`,
      )
      .join('');
    expect(page(body)).toBe('2005-01-17T22:11:42+08:00');
  });

  it('takes a line that states a date alone, deep in the story', () => {
    const body = `${post(1)}${post(2)}${post(3)}<p>2005-09-11 18:04:42</p>${post(4)}${post(5)}${post(6)}`;
    expect(page(body)).toBe('2005-09-11T18:04:42+08:00');
  });

  it('takes a forum signature that names the time before the verb (本贴由…于…发表)', () => {
    const rules = [
      '任何言论纯属作者个人观点',
      '禁止发表违法言论',
      '禁止利用本论坛进行违法行为',
      '禁止发表恶意攻击他人的言论',
      '任何转贴都应注明真实作者和出处',
      '版主有权删除违规的帖子',
    ]
      .map((r, i) => `<p>${i + 1}. ${r}；</p>`)
      .join('');
    const thread = `${post(1)}${post(2)}${post(3)}<p>本贴由<b>大卫</b>于2005年8月12日16:12:21在〖心灵体操〗发表.</p>${rules}`;
    const replyTo = '<p>原标题:【上一篇】是大卫在2005年8月12日16:10:13发表</p>';
    const published = processPage(
      `<html><head><title>论坛帖子</title></head><body><div class="thread">${thread}</div><div>${replyTo}</div></body></html>`,
      { entities: false, kind: 'html' },
    ).meta.published;
    expect(published).toBe('2005-08-12T16:12:21+08:00');
  });

  it('never takes a date labelled as something else', () => {
    expect(
      page(`${post(1)}${post(2)}`, '<p>建立于:2004年10月6日</p><p>注册时间：2003-01-01</p>'),
    ).toBeNull();
  });
});

describe('HTML page structure and head', () => {
  const story = (n: number) =>
    `<p>Paragraph ${n} of the story tells what happened, who said what, and why it matters to readers.</p>`;

  it('keeps a digest whose items lead with a link and go on in sentences of their own', () => {
    const items = [1, 2, 3, 4, 5]
      .map(
        (n) =>
          `<li><strong><a href="/s${n}">Headline number ${n} links to the full story</a>.</strong> What happened in story ${n}, told in a sentence of its own words here.</li>`,
      )
      .join('');
    const page = processPage(
      `<html><head><title>10 things in tech</title></head><body><nav><a href="/">Home</a></nav><div class="post-content"><h1>10 things in tech</h1><p>Good morning! This is the tech news you need to know this Tuesday.</p><ol>${items}</ol></div><div class="promo"><p>Have a device? Now you can hear this briefing each morning.</p></div></body></html>`,
      { entities: false, kind: 'html' },
    );
    expect(page.text).toContain('What happened in story 5');
    expect(page.text).not.toContain('Have a device?');
  });

  it('leaves out a list of linked teasers whose blurbs are cut off', () => {
    const teasers = [1, 2, 3, 4, 5, 6]
      .map(
        (n) =>
          `<li><a href="/t${n}">Another story number ${n}</a> <span>NEW DELHI: The opening words of another story number ${n}, cut off after a few lines of text, as teasers are...</span></li>`,
      )
      .join('');
    const page = processPage(
      `<html><head><title>Deportees return home</title></head><body><div class="content"><div class="breaking-news"><b>Breaking News</b><ul>${teasers}</ul></div><h1>Deportees return home</h1>${[1, 2, 3, 4].map(story).join('')}</div></body></html>`,
      { entities: false, kind: 'html' },
    );
    expect(page.text).toContain('Paragraph 4 of the story');
    expect(page.text).not.toContain('Another story number');
  });

  it('gives the publish time in the zone the page shows it in', () => {
    const page = processPage(
      `<html><head><meta property="article:published_time" content="2022-02-06T12:48:06+00:00"><title>Talks in Moscow</title></head><body><h1>Talks in Moscow</h1><p>Published <time datetime="2022-02-06T12:48:06+00:00">06/02/2022 - 13:48</time></p>${[1, 2, 3].map(story).join('')}</body></html>`,
      { entities: false, kind: 'html' },
    );
    expect(page.meta.published).toBe('2022-02-06T13:48:06+01:00');
  });

  it("takes a blog post's own heading over a heading that only links home", () => {
    const page = processPage(
      `<html><body><div id="header"><h1><a href="index.html">bjreader的博客</a></h1></div><div class="diary"><h2>谁来为无序拆房“埋单”？- -</h2><p>谁来为无序拆房“埋单”？</p><p>本报实习生 刘国栋 周炜</p><p>2003-7-24 钱江晚报</p><p>为拆一幢房，断送了三条人命。前天的这场惨剧发生得实在太突然，太震惊了。</p><p>三条人命啊，就这样从我们眼前骤然消失。随之毁去的，还有他们的家庭。</p></div></body></html>`,
      { entities: false, kind: 'html' },
    );
    expect(page.meta).toMatchObject({
      title: '谁来为无序拆房“埋单”？',
      published: '2003-07-24',
      source: '钱江晚报',
      authors: ['刘国栋', '周炜'],
    });
  });
});

describe('a Chinese page whose template declares lang="en"', () => {
  const page = (lang: string) =>
    processPage(
      `<html lang="${lang}"><head><title>市政协五届一次会议开幕</title></head><body><article>` +
        '<h1>市政协五届一次会议开幕</h1><p>2022-02-11 09:52 来源：巴彦淖尔日报</p>' +
        '<p>巴彦淖尔市政协五届一次会议今天上午开幕，委员们围绕经济发展、民生保障建言献策。</p>' +
        '<p>会议听取并审议了政协常务委员会工作报告和提案工作情况报告。</p>' +
        '</article></body></html>',
      { kind: 'html', entities: false },
    );

  it('is read as Chinese, in China Standard Time, with a warning that says why', () => {
    const article = page('en');
    expect(article.meta.lang).toBe('zh');
    expect(article.meta.published).toBe('2022-02-11T09:52+08:00');
    expect(article.warnings).toEqual([
      'the page declares its language as "en", but its text is zh: using zh',
    ]);
  });

  it('matches the same page declared zh, but for the warning', () => {
    const declared = page('zh');
    expect(declared.warnings).toEqual([]);
    // The same but for the page's bytes (its hash) and the warning.
    const en = page('en');
    expect({ ...en, source: declared.source, warnings: [] }).toEqual(declared);
  });
});

describe('releasing a finished page tree', () => {
  it('cuts every link, so no part of the tree keeps another alive', () => {
    const { root } = parseHtml('<div><p>一<b>二</b></p><p>三</p></div>');
    const div = root.children[0] as Element;
    const [first, second] = div.children as Element[];
    const bold = first!.children[1] as Element;
    releaseTree(root);
    expect(root.children).toEqual([]);
    expect(div.children).toEqual([]);
    expect([div.parent, first!.parent, first!.next, second!.prev, bold.parent]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('leaves the article and its trace whole: every kept paragraph is in the trace, in order', () => {
    const html = readFileSync(`${ROOT}fixtures/html/cri-changsha-women-portal.html`, 'utf8');
    const article = processPage(html, { kind: 'html', entities: false, trace: true });
    const paragraphs = article.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])),
    );
    const traced = traceOf(article).filter((e) => e.status === 'kept' && e.as === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(traced.map((e) => e.text)).toEqual(paragraphs);
  });
});

describe('a head whose author tag names the site', () => {
  it('keeps people and drops addresses, papers and groups', () => {
    const article = processPage(
      '<html lang="zh"><head><title>17种产品入选国家绿色制造名单</title>' +
        '<meta name="author" content="www.yunnan.cn,云南日报报业集团,云南网,胡晓蓉"></head>' +
        '<body><article><h1>17种产品入选国家绿色制造名单</h1>' +
        '<p>记者从省工业和信息化厅获悉，我省17种产品、1个园区入选国家绿色制造名单。</p>' +
        '<p>入选数量位居西部前列，绿色制造体系建设取得新进展。</p></article></body></html>',
      { kind: 'html', entities: false },
    );
    expect(article.meta.authors).toEqual(['胡晓蓉']);
    const journal = processPage(
      '<html><head><title>论文</title><meta name="author" content="中文学术期刊, Hans Publishers">' +
        '</head><body><p>这是一篇关于城市绿色发展的论文摘要，讨论了相关政策。</p></body></html>',
      { kind: 'html', entities: false },
    );
    expect(journal.meta.authors).toEqual([]);
  });
});
