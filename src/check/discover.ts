/**
 * Finding fixtures: a page (`X.html`, `X.htm`, `X.txt`) with `X.expected.json` and/or
 * `X.expected.md` beside it. An `artext.fixtures.json` in a folder sets options for the pages
 * under it: `{ "*": {…defaults}, "X.html": { "url": …, "baseDate": …, "formats": ["json"] } }`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { UsageError } from '../errors.js';

export interface FixtureOptions {
  url?: string;
  baseDate?: string;
  kind?: 'auto' | 'html' | 'text';
  encoding?: string;
  entities?: boolean;
  /** Which expected files to compare (default: every one that exists). */
  formats?: Array<'json' | 'md'>;
  /** JSON paths not compared, such as `source.path`. */
  ignore?: string[];
}

export interface Fixture {
  /** Path relative to the folder given to `check`, with `/` separators: the fixture's name. */
  name: string;
  page: string;
  expectedJson: string | null;
  expectedMd: string | null;
  options: FixtureOptions;
}

export const CONFIG_FILE = 'artext.fixtures.json';
const PAGE = /\.(?:html?|txt)$/iu;
const EXPECTED = /\.expected\.(?:json|md)$/iu;

function readConfig(dir: string): Record<string, FixtureOptions> {
  const path = join(dir, CONFIG_FILE);
  if (!existsSync(path)) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('expected an object');
    return parsed as Record<string, FixtureOptions>;
  } catch (error) {
    throw new UsageError(`${path}: not a valid fixture config (${(error as Error).message})`);
  }
}

/** Walks `root` iteratively (no recursion: fixture trees may be deep) in sorted order. */
export function discoverFixtures(root: string): Fixture[] {
  let info;
  try {
    info = statSync(root);
  } catch {
    throw new UsageError(`${root}: no such directory`);
  }
  if (!info.isDirectory()) throw new UsageError(`${root}: not a directory`);
  const fixtures: Fixture[] = [];
  const stack: Array<{ dir: string; inherited: FixtureOptions }> = [{ dir: root, inherited: {} }];
  while (stack.length > 0) {
    const { dir, inherited } = stack.pop()!;
    const config = readConfig(dir);
    const defaults = { ...inherited, ...(config['*'] ?? {}) };
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    );
    const subdirs: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) subdirs.push(path);
      else if (entry.isFile() && PAGE.test(entry.name) && !EXPECTED.test(entry.name)) {
        const fixture = fixtureFor(root, path, { ...defaults, ...(config[entry.name] ?? {}) });
        if (fixture) fixtures.push(fixture);
      }
    }
    for (const sub of subdirs.reverse()) stack.push({ dir: sub, inherited: defaults });
  }
  return fixtures.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function fixtureFor(root: string, page: string, options: FixtureOptions): Fixture | null {
  const stem = join(dirname(page), basename(page).replace(PAGE, ''));
  const json = `${stem}.expected.json`;
  const md = `${stem}.expected.md`;
  const expectedJson = existsSync(json) ? json : null;
  const expectedMd = existsSync(md) ? md : null;
  if (!expectedJson && !expectedMd) return null;
  return {
    name: relative(root, page).split(/[\\/]/u).join('/'),
    page,
    expectedJson,
    expectedMd,
    options,
  };
}

/** Where `--update` writes a fixture's expected files when none exists yet. */
export function expectedPaths(page: string): { json: string; md: string } {
  const stem = join(dirname(page), basename(page).replace(PAGE, ''));
  return { json: `${stem}.expected.json`, md: `${stem}.expected.md` };
}
