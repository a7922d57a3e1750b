/** YAML front matter for Markdown output: every meta field, quoted by the `yaml` package as needed. */
import { stringify } from 'yaml';
import type { Meta } from '../document/types.js';

export function frontMatter(meta: Meta): string {
  // The yaml package quotes anything that would otherwise parse differently (`---`, `#`, `: `, quotes).
  const body = stringify(meta, { lineWidth: 0, nullStr: 'null', defaultStringType: 'PLAIN' });
  return `---\n${body}---\n`;
}
