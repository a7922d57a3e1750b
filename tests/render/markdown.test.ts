import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { processPage } from '../../src/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import type { Article, Block } from '../../src/document/types.js';

function article(blocks: Block[], title: string | null = '标题'): Article {
  const page = processPage('占位\n\n这是一个段落。', { entities: false });
  return {
    ...page,
    meta: { ...page.meta, title },
    sections: [{ heading: null, subheading: null, level: 1, blocks }],
  };
}

function body(md: string): string {
  return md.slice(md.indexOf('\n---\n') + 5);
}

function nodeTypes(md: string): string[] {
  const types: string[] = [];
  const stack: Array<{ type: string; children?: unknown[] }> = [fromMarkdown(body(md)) as never];
  while (stack.length > 0) {
    const node = stack.pop()!;
    types.push(node.type);
    for (const child of (node.children ?? []) as never[]) stack.push(child);
  }
  return types;
}

describe('Markdown renderer', () => {
  it('escapes article text so it never becomes Markdown syntax or raw HTML', () => {
    const hostile = [
      '# 不是标题',
      '> 不是引用',
      '- 不是列表',
      '1. 不是编号',
      '*强调* _下划线_ `代码` | 竖线',
      '<b>粗体</b> &lt;script&gt;',
      '<script>alert(1)</script>',
      '[链接](javascript:alert(1))',
      '![图](data:x)',
    ];
    const md = renderMarkdown(article(hostile.map((text) => ({ type: 'paragraph', text }))));
    const types = nodeTypes(md);
    expect(types).not.toContain('html');
    expect(types.filter((t) => t === 'heading')).toHaveLength(1); // the title only
    expect(types).not.toContain('list');
    expect(types).not.toContain('blockquote');
    expect(types).not.toContain('link');
    expect(types).not.toContain('image');
    expect(types).not.toContain('emphasis');
    expect(types).not.toContain('inlineCode');
  });

  it('keeps YAML front matter valid whatever the title holds', () => {
    const title = '---\n"引号" \'单引号\' # 井号: 冒号 — [数组] {对象} *星号 &锚 !标签 %百分';
    const md = renderMarkdown(article([], title));
    expect(md.startsWith('---\n')).toBe(true);
    const yamlText = md.slice(4, md.indexOf('\n---\n') + 1);
    expect(parse(yamlText).title).toBe(title);
  });

  it('renders a figure with src as an image and its caption and credit on the next line', () => {
    const md = body(
      renderMarkdown(
        article([
          {
            type: 'figure',
            src: 'https://img.example.com/a.jpg',
            alt: '替代文字',
            caption: '国际观察团考察',
            credit: '摄影 李芳森',
          },
        ]),
      ),
    );
    expect(md).toContain(
      '![替代文字](https://img.example.com/a.jpg)\n*国际观察团考察* — 摄影 李芳森',
    );
  });

  it('never writes a javascript: or data: image URL; the caption stays', () => {
    const md = body(
      renderMarkdown(
        article([
          { type: 'figure', src: 'javascript:alert(1)', alt: 'x', caption: '说明', credit: null },
        ]),
      ),
    );
    expect(md).not.toContain('javascript:');
    expect(md).toContain('*说明*');
  });

  it('renders tables as GFM tables and lists as lists', () => {
    const md = body(
      renderMarkdown(
        article([
          {
            type: 'table',
            rows: [
              ['地区', '人数'],
              ['长沙', '3|5'],
            ],
          },
          { type: 'list', ordered: true, items: ['第一', '第二'] },
        ]),
      ),
    );
    expect(md).toContain('| 地区 | 人数   |');
    expect(md).toContain('3\\|5');
    expect(md).toContain('1. 第一\n2. 第二');
  });

  it('renders plain text with headings and captions', () => {
    const page = article([
      { type: 'paragraph', text: '段落。' },
      { type: 'figure', src: null, alt: null, caption: '说明', credit: '供图 某人' },
    ]);
    expect(renderText(page)).toBe('标题\n\n段落。\n\n说明 — 供图 某人\n');
  });
});
