/**
 * The only place that writes to the terminal. stdout carries results; stderr carries errors,
 * warnings, explanations and progress. Colour is decided once: on a TTY, never with NO_COLOR,
 * always with FORCE_COLOR.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { ArtextError } from '../errors.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface Terminal {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** Colours for stderr. */
  color: ChalkInstance;
  /** Colours for stdout (used only by human-oriented views such as `entities`). */
  outColor: ChalkInstance;
  errIsTTY: boolean;
  debug: boolean;
}

function colorLevel(stream: NodeJS.WriteStream | NodeJS.WritableStream): 0 | 1 | 2 | 3 {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' ? 0 : 1;
  return (stream as NodeJS.WriteStream).isTTY ? 1 : 0;
}

export function createTerminal(options: { debug?: boolean } = {}): Terminal {
  return {
    out: process.stdout,
    err: process.stderr,
    color: new Chalk({ level: colorLevel(process.stderr) }),
    outColor: new Chalk({ level: colorLevel(process.stdout) }),
    errIsTTY: process.stderr.isTTY === true,
    debug: options.debug ?? false,
  };
}

/** One line naming what failed and why; a stack trace only with --debug or for our own bugs. */
export function reportError(term: Terminal, subject: string | null, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const where = subject === null ? '' : `${subject}: `;
  const firstLine = message.split('\n')[0] ?? message;
  term.err.write(`${term.color.red('artext:')} ${where}${firstLine}\n`);
  if (term.debug && error instanceof Error && error.stack) term.err.write(`${error.stack}\n`);
}

/** Exit code for a failed input: 2 when it could not be read or the request was wrong, else 1. */
export function exitCodeFor(error: unknown): number {
  return error instanceof ArtextError ? EXIT_USAGE : EXIT_FAILED;
}

export function warn(term: Terminal, subject: string | null, message: string): void {
  const where = subject === null ? '' : `${subject}: `;
  term.err.write(`${term.color.yellow('warning:')} ${where}${message}\n`);
}
