/** Options shared by the commands, parsed and checked once at the edge. */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../input/read.js';
import { DEFAULT_MAX_BLOCKS, DEFAULT_MAX_ENTITY_CHARS, type ProcessOptions } from '../pipeline.js';

export interface PageOptions {
  kind?: string;
  encoding?: string;
  url?: string;
  baseDate?: string;
  entities?: boolean;
  maxBlocks?: string;
  maxEntityChars?: string;
}

export const MAX_BLOCKS_HELP = 'refuse pages with more HTML elements or text lines than this';
export const MAX_ENTITY_CHARS_HELP =
  'read entities from blocks totalling at most this many characters (a warning says when some were passed over)';

/** One of a fixed set of values, or a usage error: `WHAT "value": expected a, b, c`. */
export function parseChoice<T extends string>(
  what: string,
  value: string,
  allowed: readonly T[],
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${what} "${value}": expected ${allowed.join(', ')}`);
}

export function parseFormat<T extends string>(value: string, allowed: readonly T[]): T {
  return parseChoice('unknown format', value, allowed);
}

export function parseMaxBytes(value: string): number {
  const m = /^(\d+)\s*([kmg]?)b?$/iu.exec(value.trim());
  if (!m)
    throw new UsageError(
      `--max-bytes "${value}": expected a number of bytes such as 50000000 or 50m`,
    );
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[
    m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'
  ];
  return Number(m[1]) * scale;
}

/** A positive whole number given to an option. */
export function parseCount(value: string, option: string): number {
  if (!/^[1-9]\d{0,9}$/u.test(value.trim()))
    throw new UsageError(`${option} "${value}": expected a positive whole number`);
  return Number(value);
}

export function parseBaseDate(value: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}(?:T[\d:]+(?:[+-]\d{2}:\d{2}|Z)?)?$/u.test(value) ||
    Number.isNaN(Date.parse(value.slice(0, 10)))
  ) {
    throw new UsageError(`--base-date "${value}": expected an ISO date such as 2023-11-30`);
  }
  return value;
}

export function parseKind(value: string): 'auto' | 'html' | 'text' {
  if (value === 'auto' || value === 'html' || value === 'text') return value;
  throw new UsageError(`--kind "${value}": expected auto, html or text`);
}

export function pageOptionsFrom(flags: PageOptions): ProcessOptions {
  const options: ProcessOptions = {
    kind: parseKind(flags.kind ?? 'auto'),
    entities: flags.entities !== false,
  };
  if (flags.encoding !== undefined) options.encoding = flags.encoding;
  if (flags.url !== undefined) options.url = flags.url;
  if (flags.baseDate !== undefined) options.baseDate = parseBaseDate(flags.baseDate);
  if (flags.maxBlocks !== undefined)
    options.maxBlocks = parseCount(flags.maxBlocks, '--max-blocks');
  if (flags.maxEntityChars !== undefined)
    options.maxEntityChars = parseCount(flags.maxEntityChars, '--max-entity-chars');
  return options;
}

/**
 * The options every command that reads pages takes: how to read them, and their limits.
 * `batch` has no `--url` (each record brings its own); `entities` always reads entities.
 */
export function addPageOptions(
  command: Command,
  { url = true, entitiesSwitch = true }: { url?: boolean; entitiesSwitch?: boolean } = {},
): Command {
  command
    .option('--kind <kind>', 'auto, html or text', 'auto')
    .option('--encoding <charset>', 'force the input charset (gbk, big5, utf-8…)');
  if (url) command.option('--url <url>', 'page URL, for resolving links and images');
  command.option(
    '--base-date <date>',
    'ISO date that relative dates resolve against (default: publish date)',
  );
  if (entitiesSwitch)
    command.option('--no-entities', 'skip numbers, dates and organizations (faster start)');
  return command
    .option('--max-bytes <n>', 'refuse pages larger than this', String(DEFAULT_MAX_BYTES))
    .option('--max-blocks <n>', MAX_BLOCKS_HELP, String(DEFAULT_MAX_BLOCKS))
    .option('--max-entity-chars <n>', MAX_ENTITY_CHARS_HELP, String(DEFAULT_MAX_ENTITY_CHARS))
    .option('--debug', 'print stack traces for errors');
}
