/** `artext check [DIR...]`: golden fixtures for CI. */
import type { Command } from 'commander';
import { writeFileAtomic } from '../../batch/atomic.js';
import { defaultReport, jsonReport, junitReport, summarize } from '../../check/reporters.js';
import { runCheck } from '../../check/run.js';
import { parseFormat } from '../options.js';
import {
  createTerminal,
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  reportError,
  type Terminal,
} from '../terminal.js';

const REPORTERS = ['default', 'json', 'junit'] as const;

interface CheckFlags {
  ignore?: string[];
  update?: boolean;
  reporter: string;
  output?: string;
  debug?: boolean;
}

export async function runCheckCommand(
  dirs: string[],
  flags: CheckFlags,
  term: Terminal,
): Promise<number> {
  const reporter = parseFormat(flags.reporter, REPORTERS);
  const results = await runCheck(dirs.length > 0 ? dirs : ['fixtures'], {
    ignore: flags.ignore ?? [],
    update: flags.update ?? false,
  });
  const paint = flags.output === undefined ? term.outColor : term.color;
  const report =
    reporter === 'json'
      ? jsonReport(results)
      : reporter === 'junit'
        ? junitReport(results)
        : defaultReport(results, paint);
  if (flags.output === undefined) term.out.write(report);
  else {
    await writeFileAtomic(flags.output, report);
    if (reporter !== 'default') term.err.write(defaultReport(results, term.color));
  }
  const summary = summarize(results);
  if (summary.errors > 0) return EXIT_USAGE;
  return summary.failed > 0 ? EXIT_FAILED : EXIT_OK;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .summary('compare fixture pages with their expected outputs (for CI)')
    .description(
      'Find fixtures (X.html or X.txt beside X.expected.json and/or X.expected.md), run them and compare.\n' +
        'JSON is compared structurally and each difference is shown at the smallest part (section, paragraph, entity).',
    )
    .argument('[dirs...]', 'fixture folders (default: fixtures)')
    .option('--ignore <path...>', 'JSON paths not to compare, e.g. source.path entities')
    .option('--update', 'rewrite the expected files from the current output and list them')
    .option('--reporter <name>', 'default, json or junit', 'default')
    .option('-o, --output <file>', 'write the report to a file (the summary still goes to stderr)')
    .option('--debug', 'print stack traces for errors')
    .addHelpText(
      'after',
      `
Examples:
  artext check fixtures
  artext check fixtures --ignore source.path --reporter junit -o junit.xml
  artext check fixtures --update && git diff fixtures/

Exit codes: 0 all pass, 1 some fixture differs, 2 usage error or unreadable fixture.`,
    )
    .action(async (dirs: string[], flags: CheckFlags) => {
      const term = createTerminal({ debug: flags.debug ?? false });
      process.exitCode = await runCheckCommand(dirs, flags, term).catch((error: unknown) => {
        reportError(term, null, error);
        return EXIT_USAGE;
      });
    });
}
