/** Markdown parsed back as a reader's renderer sees it: CommonMark plus YAML front matter. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';

export type MdNode = { type: string; url?: string; value?: string; children?: MdNode[] };

export function parseMarkdown(markdown: string): MdNode {
  return fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  }) as MdNode;
}

/** Every node of the tree, depth first. */
export function nodesOf(root: MdNode): MdNode[] {
  const out: MdNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!);
  }
  return out;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/iu;

/** What would act on a reader: raw HTML nodes, links and images to anything but http(s) or relative. */
export function unsafeMarkdown(markdown: string): string[] {
  const found: string[] = [];
  for (const node of nodesOf(parseMarkdown(markdown))) {
    if (node.type === 'html') found.push(`raw html: ${node.value ?? ''}`);
    if (node.url !== undefined) {
      const scheme = SCHEME.exec(node.url)?.[1]?.toLowerCase();
      if (scheme !== undefined && scheme !== 'http' && scheme !== 'https')
        found.push(`${node.type} to ${node.url}`);
    }
  }
  return found;
}
