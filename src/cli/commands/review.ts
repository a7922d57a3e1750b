/** `artext review PAGE -o review.html`: the page beside its clean result, as one HTML file. */
import type { Command } from 'commander';
import { writeFileAtomic } from '../../batch/atomic.js';
import { traceOf } from '../../document/trace.js';
import { processPage } from '../../pipeline.js';
import { renderReview } from '../../render/review.js';
import { addPageOptions, parseMaxBytes, pageOptionsFrom, type PageOptions } from '../options.js';
import {
  createTerminal,
  EXIT_OK,
  exitCodeFor,
  reportError,
  warn,
  type Terminal,
} from '../terminal.js';
import { readInput } from './clean.js';

interface ReviewFlags extends PageOptions {
  output?: string;
  maxBytes: string;
  debug?: boolean;
}

export async function runReview(
  input: string,
  flags: ReviewFlags,
  term: Terminal,
): Promise<number> {
  const name = input === '-' ? 'stdin' : input;
  const bytes = await readInput(input, parseMaxBytes(flags.maxBytes));
  const article = processPage(bytes, {
    ...pageOptionsFrom(flags),
    trace: true,
    ...(input === '-' ? {} : { path: input }),
  });
  for (const warning of article.warnings) warn(term, name, warning);
  const html = renderReview(article, traceOf(article), { name });
  if (flags.output === undefined) term.out.write(html);
  else await writeFileAtomic(flags.output, html);
  return EXIT_OK;
}

export function registerReview(program: Command): void {
  addPageOptions(
    program
      .command('review')
      .summary('write an HTML page showing what was kept, what was removed and why')
      .description(
        'Write one self-contained HTML page: the original blocks beside the clean result, every removed block with its rule and reason, entities highlighted with their values on hover. The page holds no script and loads nothing.',
      )
      .argument('<input>', 'a page file, or - for stdin')
      .option('-o, --output <file>', 'write the HTML to a file (atomically) instead of stdout'),
  )
    .addHelpText(
      'after',
      `
Examples:
  artext review fixtures/html/cri-changsha-women-portal.html -o review.html
  curl -s https://example.com/a.html | artext review - --url https://example.com/a.html > review.html

Exit codes: 0 success, 1 the output could not be written, 2 usage error or unreadable input.`,
    )
    .action(async (input: string, flags: ReviewFlags) => {
      const term = createTerminal({ debug: flags.debug ?? false });
      process.exitCode = await runReview(input, flags, term).catch((error: unknown) => {
        reportError(term, exitCodeFor(error) === 1 ? null : input === '-' ? 'stdin' : input, error);
        return exitCodeFor(error);
      });
    });
}
