/** Runs fixtures through the pipeline and compares them with their expected files. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeFileAtomic } from '../batch/atomic.js';
import type { Article } from '../document/types.js';
import { processPage, type ProcessOptions } from '../pipeline.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { compareJson, compareText, differenceDiff, type JsonValue } from './compare.js';
import { discoverFixtures, type Fixture } from './discover.js';
import { qualityWarnings } from './quality.js';
import { validateArticle } from './schema.js';

export interface Failure {
  /** The expected file that differs. */
  file: string;
  /** The smallest differing part, named for people. */
  label: string;
  /** Unified diff, expected → actual. */
  diff: string;
}

export interface FixtureResult {
  name: string;
  page: string;
  /** `error`: the fixture itself could not be read or is invalid. */
  status: 'pass' | 'fail' | 'error';
  failures: Failure[];
  warnings: string[];
  error: string | null;
  updated: string[];
  seconds: number;
}

export interface CheckOptions {
  ignore: string[];
  update: boolean;
}

function processOptions(fixture: Fixture): ProcessOptions {
  const o = fixture.options;
  const options: ProcessOptions = { path: basename(fixture.page), entities: o.entities ?? true };
  if (o.url !== undefined) options.url = o.url;
  if (o.baseDate !== undefined) options.baseDate = o.baseDate;
  if (o.kind !== undefined) options.kind = o.kind;
  if (o.encoding !== undefined) options.encoding = o.encoding;
  return options;
}

function wants(fixture: Fixture, format: 'json' | 'md'): boolean {
  return fixture.options.formats === undefined || fixture.options.formats.includes(format);
}

function readExpectedJson(path: string): JsonValue {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

function compareFixture(fixture: Fixture, article: Article, options: CheckOptions): Failure[] {
  const failures: Failure[] = [];
  const json = renderJson(article);
  if (fixture.expectedJson && wants(fixture, 'json')) {
    const expected = readExpectedJson(fixture.expectedJson);
    const invalid = validateArticle(expected);
    if (invalid.length > 0)
      throw new Error(
        `${fixture.expectedJson}: does not match the artext/1 schema: ${invalid.slice(0, 3).join('; ')}`,
      );
    const ignore = [...options.ignore, ...(fixture.options.ignore ?? [])];
    for (const d of compareJson(expected, JSON.parse(json) as JsonValue, ignore)) {
      failures.push({
        file: fixture.expectedJson,
        label: `${d.label} ${d.kind}`,
        diff: differenceDiff(d),
      });
    }
  }
  if (fixture.expectedMd && wants(fixture, 'md')) {
    const difference = compareText(
      readFileSync(fixture.expectedMd, 'utf8'),
      renderMarkdown(article),
    );
    if (difference) {
      failures.push({
        file: fixture.expectedMd,
        label: `Markdown differs at line ${difference.lines.join(', ')}`,
        diff: difference.diff,
      });
    }
  }
  return failures;
}

async function update(fixture: Fixture, article: Article): Promise<string[]> {
  const written: string[] = [];
  if (fixture.expectedJson && wants(fixture, 'json')) {
    const json = renderJson(article);
    if (readFileSync(fixture.expectedJson, 'utf8') !== json) {
      await writeFileAtomic(fixture.expectedJson, json);
      written.push(fixture.expectedJson);
    }
  }
  if (fixture.expectedMd && wants(fixture, 'md')) {
    const md = renderMarkdown(article);
    if (readFileSync(fixture.expectedMd, 'utf8') !== md) {
      await writeFileAtomic(fixture.expectedMd, md);
      written.push(fixture.expectedMd);
    }
  }
  return written;
}

export async function runFixture(fixture: Fixture, options: CheckOptions): Promise<FixtureResult> {
  const started = performance.now();
  const result: FixtureResult = {
    name: fixture.name,
    page: fixture.page,
    status: 'pass',
    failures: [],
    warnings: [],
    error: null,
    updated: [],
    seconds: 0,
  };
  try {
    const article = processPage(
      new Uint8Array(readFileSync(fixture.page)),
      processOptions(fixture),
    );
    result.warnings = qualityWarnings(article);
    if (options.update) result.updated = await update(fixture, article);
    else result.failures = compareFixture(fixture, article, options);
    if (result.failures.length > 0) result.status = 'fail';
  } catch (error) {
    result.status = 'error';
    result.error = (error as Error).message;
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

export async function runCheck(dirs: string[], options: CheckOptions): Promise<FixtureResult[]> {
  const results: FixtureResult[] = [];
  for (const dir of dirs) {
    for (const fixture of discoverFixtures(dir)) results.push(await runFixture(fixture, options));
  }
  return results;
}
