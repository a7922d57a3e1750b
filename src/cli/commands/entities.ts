/** `artext entities <input>`: the numbers, dates and organizations of a page, as tables or JSON. */
import type { Command } from 'commander';
import { processPage } from '../../pipeline.js';
import { entityTables } from '../../render/entities.js';
import {
  parseFormat,
  parseMaxBytes,
  pageOptionsFrom,
  type PageOptions,
  addPageOptions,
} from '../options.js';
import {
  createTerminal,
  EXIT_OK,
  EXIT_USAGE,
  exitCodeFor,
  reportError,
  type Terminal,
} from '../terminal.js';
import { readInput } from './clean.js';

interface EntitiesFlags extends PageOptions {
  format: string;
  maxBytes: string;
  debug?: boolean;
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const c of text)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
        c,
      )
        ? 2
        : 1;
  return w;
}

function table(rows: string[][], term: Terminal): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows
    .map((row, r) => {
      const line = row
        .map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell)))
        .join('  ')
        .trimEnd();
      return r === 0 ? term.outColor.bold(line) : line;
    })
    .join('\n');
}

export async function runEntities(
  input: string,
  flags: EntitiesFlags,
  term: Terminal,
): Promise<number> {
  const format = parseFormat(flags.format, ['table', 'json'] as const);
  const bytes = await readInput(input, parseMaxBytes(flags.maxBytes));
  const article = processPage(bytes, { ...pageOptionsFrom(flags), entities: true });
  if (format === 'json') {
    term.out.write(`${JSON.stringify(article.entities, null, 2)}\n`);
    return EXIT_OK;
  }
  for (const t of entityTables(article.entities)) {
    term.out.write(
      `${term.outColor.cyan(`${t.title} (${t.rows.length - 1})`)}\n${table(t.rows, term)}\n\n`,
    );
  }
  return EXIT_OK;
}

export function registerEntities(program: Command): void {
  addPageOptions(
    program
      .command('entities')
      .summary('list the numbers, dates and organizations of a page')
      .argument('<input>', 'a page file, or - for stdin')
      .option('-f, --format <format>', 'table or json', 'table'),
    { entitiesSwitch: false },
  )
    .addHelpText(
      'after',
      '\nExamples:\n  artext entities fixtures/text/cri-2023-changsha-women.txt\n  artext entities page.html --format json --base-date 2023-11-30',
    )
    .action(async (input: string, flags: EntitiesFlags) => {
      const term = createTerminal({ debug: flags.debug ?? false });
      process.exitCode = await runEntities(input, flags, term).catch((error: unknown) => {
        reportError(term, input === '-' ? 'stdin' : input, error);
        return exitCodeFor(error) === EXIT_USAGE ? EXIT_USAGE : exitCodeFor(error);
      });
    });
}
