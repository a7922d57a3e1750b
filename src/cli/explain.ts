/**
 * `--explain`, on stderr. On a terminal it shows the whole page in order — kept text plain,
 * removed blocks dimmed with their rule, headings and figures marked — then the rules with their
 * reasons; piped, it lists each removed block with its rule and reason (one item per block).
 */
import type { TraceEntry } from '../document/trace.js';
import type { Article } from '../document/types.js';
import type { Terminal } from './terminal.js';

const PREVIEW = 80;
/** A removed block shows this much of its text in the page view. */
const REMOVED_PREVIEW = 160;

export type ExplainView = 'auto' | 'page' | 'removed';

function preview(text: string, limit = PREVIEW): string {
  const chars = [
    ...text
      .split('\n')
      .map((line) => line.trim())
      .join(' ⏎ '),
  ];
  return chars.length > limit ? `${chars.slice(0, limit).join('')}…` : chars.join('');
}

/** The list view: each removed block with its rule and reason. */
export function explainRemoved(term: Terminal, name: string, article: Article): void {
  const { color } = term;
  term.err.write(color.bold(`${name}: ${article.removed.length} removed\n`));
  for (const item of article.removed) {
    term.err.write(
      `  ${color.dim(preview(item.text))}\n    ${color.cyan(`[${item.rule}]`)} ${item.reason}\n`,
    );
  }
}

const MARKS: Record<NonNullable<TraceEntry['as']>, string> = {
  title: '#',
  heading: '##',
  subheading: '~',
  paragraph: ' ',
  figure: '▣',
  list: '•',
  table: '▦',
  quote: '>',
};

function indent(text: string, gutter: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : `${' '.repeat(gutter.length + 1)}${line}`))
    .join('\n');
}

/** One trace entry as the page view prints it (without colour when the terminal has none). */
export function pageLine(term: Terminal, entry: TraceEntry): string {
  const { color } = term;
  if (entry.status === 'removed') {
    const rule = color.cyan(`[${entry.rule ?? 'removed'}]`);
    return `${color.red('✗')}  ${color.dim(preview(entry.text, REMOVED_PREVIEW))} ${color.dim(rule)}`;
  }
  const as = entry.as ?? 'paragraph';
  const mark = MARKS[as].padEnd(2);
  switch (as) {
    case 'title':
    case 'heading':
      return `${color.green(mark)} ${color.bold(entry.text)}`;
    case 'subheading':
      return `${color.green(mark)} ${color.italic(entry.text)}`;
    case 'figure':
      return `${color.magenta(mark)} ${color.magenta(`figure: ${entry.text || '(no caption)'}`)}`;
    default:
      return `${color.green(mark)} ${indent(entry.text, mark)}`;
  }
}

/** The page view: every block in order, then the rules that removed something and why. */
export function explainPage(term: Terminal, name: string, trace: readonly TraceEntry[]): void {
  const { color } = term;
  const removed = trace.filter((e) => e.status === 'removed');
  term.err.write(
    color.bold(
      `── ${name}: ${trace.length - removed.length} blocks kept, ${removed.length} removed ──\n`,
    ),
  );
  for (const entry of trace) term.err.write(`${pageLine(term, entry)}\n`);
  const reasons = new Map<string, { reason: string; count: number }>();
  for (const e of removed) {
    const r = reasons.get(e.rule ?? '') ?? { reason: e.reason ?? '', count: 0 };
    r.count++;
    reasons.set(e.rule ?? '', r);
  }
  if (reasons.size === 0) return;
  term.err.write(color.bold('── rules ──\n'));
  for (const [rule, r] of reasons)
    term.err.write(`${color.cyan(`[${rule}]`)} ×${r.count}  ${r.reason}\n`);
}

export function explain(
  term: Terminal,
  name: string,
  article: Article,
  trace: readonly TraceEntry[],
  view: ExplainView,
): void {
  const page = view === 'page' || (view === 'auto' && term.errIsTTY);
  if (page && trace.length > 0) explainPage(term, name, trace);
  else explainRemoved(term, name, article);
}
