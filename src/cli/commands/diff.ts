/** `artext diff OLD NEW`: what changed between two saves of a story (pages or artext JSON). */
import type { Command } from 'commander';
import { validateArticle } from '../../check/schema.js';
import { renderDiffJson, renderDiffText } from '../../diff/render.js';
import { diffStories } from '../../diff/story.js';
import { SCHEMA_ID, type Article } from '../../document/types.js';
import { InputError } from '../../errors.js';
import { processPage } from '../../pipeline.js';
import {
  addPageOptions,
  parseFormat,
  parseMaxBytes,
  pageOptionsFrom,
  type PageOptions,
} from '../options.js';
import {
  createTerminal,
  EXIT_FAILED,
  EXIT_OK,
  exitCodeFor,
  reportError,
  type Terminal,
} from '../terminal.js';
import { readInput } from './clean.js';

interface DiffFlags extends PageOptions {
  format: string;
  maxBytes: string;
  debug?: boolean;
}

/** An artext/1 JSON document, or null when the bytes are not one (they are then a page). */
function asArticleJson(bytes: Uint8Array, name: string): Article | null {
  let start = 0;
  while (start < bytes.length && /\s/u.test(String.fromCharCode(bytes[start]!))) start++;
  if (bytes[start] !== 0x7b) return null; // '{'
  let value: unknown;
  try {
    value = JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
    );
  } catch {
    return null;
  }
  if ((value as { schema?: unknown } | null)?.schema !== SCHEMA_ID) return null;
  const errors = validateArticle(value);
  if (errors.length > 0)
    throw new InputError(`${name}: not a valid ${SCHEMA_ID} document: ${errors[0]}`);
  return value as Article;
}

async function load(input: string, flags: DiffFlags): Promise<Article> {
  const bytes = await readInput(input, parseMaxBytes(flags.maxBytes));
  const name = input === '-' ? 'stdin' : input;
  return (
    asArticleJson(bytes, name) ??
    processPage(bytes, { ...pageOptionsFrom(flags), ...(input === '-' ? {} : { path: input }) })
  );
}

export async function runDiff(
  oldInput: string,
  newInput: string,
  flags: DiffFlags,
  term: Terminal,
): Promise<number> {
  const format = parseFormat(flags.format, ['text', 'json'] as const);
  const before = await load(oldInput, flags).catch((error: unknown) => {
    throw withName(error, oldInput);
  });
  const after = await load(newInput, flags).catch((error: unknown) => {
    throw withName(error, newInput);
  });
  const diff = diffStories(before, after);
  const sides = {
    old: { name: oldInput, title: before.meta.title },
    new: { name: newInput, title: after.meta.title },
  };
  term.out.write(
    format === 'json' ? renderDiffJson(diff, sides) : renderDiffText(diff, sides, term.outColor),
  );
  return diff.same ? EXIT_OK : EXIT_FAILED;
}

/** Errors reading one side name that side. */
function withName(error: unknown, input: string): unknown {
  if (!(error instanceof Error) || error.message.startsWith(`${input}:`)) return error;
  error.message = `${input === '-' ? 'stdin' : input}: ${error.message}`;
  return error;
}

export function registerDiff(program: Command): void {
  addPageOptions(
    program
      .command('diff')
      .summary('show what changed between two saves of a story')
      .description(
        'Compare two saves of one story — pages, or JSON written by artext — and show the headline, date and byline changes, the paragraphs added, removed or edited (with the edit inside each), and the numbers, dates and organizations that changed, appeared or vanished.',
      )
      .argument('<old>', 'the earlier save: a page or an artext JSON file')
      .argument('<new>', 'the later save')
      .option('-f, --format <format>', 'text or json', 'text'),
  )
    .addHelpText(
      'after',
      `
Examples:
  artext diff saved-0900.html saved-1400.html
  artext diff old.json new.json --format json | jq '.paragraphs[] | select(.change == "edited")'

Exit codes (as diff(1)): 0 no changes, 1 changes, 2 usage error or unreadable input.`,
    )
    .action(async (oldInput: string, newInput: string, flags: DiffFlags) => {
      const term = createTerminal({ debug: flags.debug ?? false });
      process.exitCode = await runDiff(oldInput, newInput, flags, term).catch((error: unknown) => {
        reportError(term, null, error);
        return Math.max(2, exitCodeFor(error));
      });
    });
}
