/** The commander program: one file per command under `commands/`; the only module that sets exit codes. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerBatch } from './commands/batch.js';
import { registerCheck } from './commands/check.js';
import { registerClean } from './commands/clean.js';
import { registerDiff } from './commands/diff.js';
import { registerEntities } from './commands/entities.js';
import { registerReview } from './commands/review.js';
import { EXIT_USAGE } from './terminal.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export function buildProgram(): Command {
  const program = new Command('artext')
    .description('Turn raw scraped article pages into clean, structured text.')
    .version(version(), '-V, --version')
    .showSuggestionAfterError()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(`artext: ${text.replace(/^error: /u, '').trimEnd()}\n`),
    })
    .exitOverride();
  registerClean(program);
  registerCheck(program);
  registerEntities(program);
  registerBatch(program);
  registerReview(program);
  registerDiff(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`artext … | head`) is not an error of ours.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpOrVersion = [
        'commander.helpDisplayed',
        'commander.version',
        'commander.help',
      ].includes(error.code);
      process.exitCode = helpOrVersion ? 0 : EXIT_USAGE;
      return;
    }
    throw error;
  }
}
