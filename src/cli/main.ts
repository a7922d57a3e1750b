/** The commander program: one file per command under `commands/`; the only module that sets exit codes. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT_USAGE } from './terminal.js';

type Register = (program: Command) => void;

/** Each command's module, loaded only when needed: `artext page.txt` does not load the batch pool. */
const COMMANDS: Record<string, () => Promise<Register>> = {
  clean: async () => (await import('./commands/clean.js')).registerClean,
  check: async () => (await import('./commands/check.js')).registerCheck,
  entities: async () => (await import('./commands/entities.js')).registerEntities,
  batch: async () => (await import('./commands/batch.js')).registerBatch,
  review: async () => (await import('./commands/review.js')).registerReview,
  diff: async () => (await import('./commands/diff.js')).registerDiff,
};

/**
 * The commands an invocation needs: the one it names; `clean` (the default command) when the
 * first argument is an input; all of them for help, version and a bare `artext`.
 */
export function commandsFor(args: readonly string[]): string[] {
  const first = args.find((a) => !a.startsWith('-') || a === '-');
  if (first !== undefined && first in COMMANDS) return [first];
  if (first !== undefined && first !== 'help') return ['clean'];
  return Object.keys(COMMANDS);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export async function buildProgram(args: readonly string[] = []): Promise<Command> {
  const program = new Command('artext')
    .description('Turn raw scraped article pages into clean, structured text.')
    .version(version(), '-V, --version')
    .showSuggestionAfterError()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(`artext: ${text.replace(/^error: /u, '').trimEnd()}\n`),
    })
    .exitOverride();
  const names = commandsFor(args);
  // Registered in the fixed order of COMMANDS, so help lists them the same way every time.
  const registers = await Promise.all(names.map((name) => COMMANDS[name]!()));
  for (const register of registers) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`artext … | head`) is not an error of ours.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    await (await buildProgram(argv.slice(2))).parseAsync(argv);
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
