/** `artext clean [inputs...]`: pages in, clean Markdown, JSON or text out. */
import type { Command } from 'commander';
import { writeFileAtomic } from '../../batch/atomic.js';
import type { Article } from '../../document/types.js';
import { UsageError } from '../../errors.js';
import { readFileInput, readStreamInput } from '../../input/read.js';
import { processPage } from '../../pipeline.js';
import { renderJson, renderJsonLine } from '../../render/json.js';
import { entityAppendix } from '../../render/entities.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderText } from '../../render/text.js';
import { traceOf } from '../../document/trace.js';
import { explain } from '../explain.js';
import {
  parseChoice,
  parseFormat,
  parseMaxBytes,
  type PageOptions,
  pageOptionsFrom,
  addPageOptions,
} from '../options.js';
import {
  createTerminal,
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  exitCodeFor,
  reportError,
  warn,
  type Terminal,
} from '../terminal.js';

const FORMATS = ['md', 'json', 'text'] as const;
type Format = (typeof FORMATS)[number];

interface CleanFlags extends PageOptions {
  format: string;
  output?: string;
  explain?: boolean;
  explainView: string;
  maxBytes: string;
  debug?: boolean;
  links?: boolean;
  /** `--entities` given explicitly: append the entity tables to Markdown. */
  appendEntities?: boolean;
}

export async function readInput(input: string, maxBytes: number): Promise<Uint8Array> {
  return input === '-' ? readStreamInput(process.stdin, maxBytes) : readFileInput(input, maxBytes);
}

function render(article: Article, format: Format, several: boolean, flags: CleanFlags): string {
  switch (format) {
    case 'json':
      return several ? renderJsonLine(article) : renderJson(article);
    case 'text':
      return renderText(article);
    case 'md':
      return renderMarkdown(article, {
        links: flags.links ?? false,
        ...(flags.appendEntities ? { appendix: entityAppendix(article.entities) } : {}),
      });
  }
}

export async function runClean(
  inputs: string[],
  flags: CleanFlags,
  term: Terminal,
): Promise<number> {
  const format = parseFormat(flags.format, FORMATS);
  const maxBytes = parseMaxBytes(flags.maxBytes);
  const options = pageOptionsFrom(flags);
  const view = parseChoice('--explain-view', flags.explainView, [
    'auto',
    'page',
    'removed',
  ] as const);
  if (inputs.length === 0) {
    if (process.stdin.isTTY)
      throw new UsageError(
        'no input: give a file path, or - to read stdin (see artext clean --help)',
      );
    inputs = ['-'];
  }
  const outputs: string[] = [];
  let worst = EXIT_OK;
  for (const input of inputs) {
    const name = input === '-' ? 'stdin' : input;
    try {
      const bytes = await readInput(input, maxBytes);
      const article = processPage(bytes, {
        ...options,
        trace: flags.explain === true,
        ...(input === '-' ? {} : { path: input }),
      });
      for (const warning of article.warnings) warn(term, name, warning);
      if (flags.explain) explain(term, name, article, traceOf(article), view);
      outputs.push(render(article, format, inputs.length > 1, flags));
    } catch (error) {
      reportError(term, name, error);
      worst = Math.max(worst, inputs.length > 1 ? EXIT_FAILED : exitCodeFor(error));
    }
  }
  const joined = outputs.join(format === 'json' ? '' : '\n');
  if (flags.output === undefined) {
    term.out.write(joined);
    return worst;
  }
  try {
    if (outputs.length > 0) await writeFileAtomic(flags.output, joined);
  } catch (error) {
    reportError(term, null, error); // names the output file
    return Math.max(worst, EXIT_FAILED);
  }
  return worst;
}

export function registerClean(program: Command): void {
  addPageOptions(
    program
      .command('clean', { isDefault: true })
      .summary('turn pages into clean Markdown, JSON or text (the default command)')
      .description(
        'Turn scraped pages (HTML in any charset, or plain-text dumps) into clean Markdown, JSON or text.',
      )
      .argument('[inputs...]', 'page files; - reads stdin')
      .option('-f, --format <format>', 'md, json or text', 'md')
      .option('-o, --output <file>', 'write the result to a file (atomically) instead of stdout')
      .option(
        '--explain',
        'show on stderr what was removed and why: the whole page on a terminal, a list when piped',
      )
      .option(
        '--explain-view <view>',
        'auto, page (every block in order) or removed (a list)',
        'auto',
      ),
  )
    .option('--entities', 'append entity tables to Markdown output')
    .option('--links', 'keep inline links in Markdown')
    .addHelpText(
      'after',
      `
Examples:
  artext fixtures/text/cri-2023-changsha-women.txt       Markdown on stdout
  artext clean page.html --format json -o page.json       JSON to a file
  curl -s https://example.com/a.html | artext clean - --url https://example.com/a.html
  artext clean page.txt --explain > /dev/null             only see what was removed and why

Exit codes: 0 success, 1 some inputs failed, 2 usage error or unreadable input.`,
    )
    .action(async (inputs: string[], flags: CleanFlags, command: Command) => {
      const term = createTerminal({ debug: flags.debug ?? false });
      flags.appendEntities =
        flags.entities === true && command.getOptionValueSource('entities') === 'cli';
      process.exitCode = await runClean(inputs, flags, term).catch((error: unknown) => {
        reportError(term, null, error);
        return EXIT_USAGE;
      });
    });
}
