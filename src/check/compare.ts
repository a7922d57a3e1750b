/**
 * Golden comparison. JSON is compared structurally and each difference is reported at the
 * smallest part that differs — a paragraph, a figure, an entity, a meta field — named the way a
 * person reads the page ("section 2 “爱心护花开”, paragraph 4"). Markdown is compared as text.
 */
import { createTwoFilesPatch, structuredPatch } from 'diff';

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface Difference {
  /** JSON path of the differing part: `sections[1].blocks[3]`. */
  path: string;
  /** The same part named for people. */
  label: string;
  kind: 'changed' | 'added' | 'removed';
  expected: JsonValue | undefined;
  actual: JsonValue | undefined;
}

const isObject = (v: unknown): v is Record<string, JsonValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const key = (v: JsonValue | undefined): string => JSON.stringify(v);

/** `--ignore` paths: `source.path`, `entities`, `sections[*].blocks[*].src`. */
export function isIgnored(path: string, ignore: readonly string[]): boolean {
  return ignore.some((pattern) => {
    const normalized = path.replace(/\[\d+\]/gu, '[*]');
    return (
      path === pattern ||
      normalized === pattern ||
      path.startsWith(`${pattern}.`) ||
      path.startsWith(`${pattern}[`) ||
      normalized.startsWith(`${pattern}.`) ||
      normalized.startsWith(`${pattern}[`)
    );
  });
}

/** Pairs of array items matched by longest common subsequence of their JSON. */
function align(a: JsonValue[], b: JsonValue[]): Array<[number | null, number | null]> {
  const ka = a.map(key);
  const kb = b.map(key);
  const n = a.length;
  const m = b.length;
  // Large arrays (entity lists of big pages) are compared by index: LCS is quadratic.
  if (n * m > 4_000_000) {
    return Array.from({ length: Math.max(n, m) }, (_, i) => [i < n ? i : null, i < m ? i : null]);
  }
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] =
        ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const pairs: Array<[number | null, number | null]> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) pairs.push([i++, j++]);
    else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) pairs.push([null, j++]);
    else pairs.push([i++, null]);
  }
  return mergeReplacements(pairs);
}

/** A removal next to an addition is one changed item (an edited paragraph), not two. */
function mergeReplacements(
  pairs: Array<[number | null, number | null]>,
): Array<[number | null, number | null]> {
  const out: Array<[number | null, number | null]> = [];
  for (let k = 0; k < pairs.length; k++) {
    const [a, b] = pairs[k]!;
    const next = pairs[k + 1];
    if (a === null && b !== null && next && next[0] !== null && next[1] === null) {
      out.push([next[0], b]);
      k++;
    } else if (a !== null && b === null && next && next[0] === null && next[1] !== null) {
      out.push([a, next[1]]);
      k++;
    } else {
      out.push([a, b]);
    }
  }
  return out;
}

function walk(
  expected: JsonValue | undefined,
  actual: JsonValue | undefined,
  path: string,
  ignore: readonly string[],
  out: Omit<Difference, 'label'>[],
): void {
  if (path !== '' && isIgnored(path, ignore)) return;
  if (key(expected) === key(actual)) return;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (const [i, j] of align(expected, actual)) {
      const p = `${path}[${j ?? i}]`;
      if (i !== null && j !== null) walk(expected[i], actual[j], `${path}[${i}]`, ignore, out);
      else if (i !== null)
        out.push({
          path: `${path}[${i}]`,
          kind: 'removed',
          expected: expected[i],
          actual: undefined,
        });
      else out.push({ path: p, kind: 'added', expected: undefined, actual: actual[j!] });
    }
    return;
  }
  if (isObject(expected) && isObject(actual) && !isLeafObject(path)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    for (const k of keys)
      walk(expected[k], actual[k], path === '' ? k : `${path}.${k}`, ignore, out);
    return;
  }
  out.push({
    path,
    kind: expected === undefined ? 'added' : actual === undefined ? 'removed' : 'changed',
    expected,
    actual,
  });
}

/** Objects reported whole: a block, an entity, an editor, a removal — the smallest parts a person reads. */
function isLeafObject(path: string): boolean {
  return /(?:blocks|numbers|dates|mentions|editors|removed)\[\d+\]$/u.test(path);
}

const ordinal = (i: number): number => i + 1;

function sectionName(root: JsonValue | undefined, index: number): string {
  const sections = isObject(root) && Array.isArray(root.sections) ? root.sections : [];
  const section = sections[index];
  const heading =
    isObject(section) && typeof section.heading === 'string'
      ? ` “${section.heading}”`
      : index === 0
        ? ' (lead)'
        : '';
  return `section ${ordinal(index)}${heading}`;
}

function blockName(value: JsonValue | undefined, index: number): string {
  const type = isObject(value) && typeof value.type === 'string' ? value.type : 'block';
  return `${type} ${ordinal(index)}`;
}

/** Names a path for people: `sections[1].blocks[3]` → `section 2 “爱心护花开”, paragraph 4`. */
export function describePath(
  path: string,
  expected: JsonValue | undefined,
  actual: JsonValue | undefined,
  root: JsonValue | undefined,
): string {
  const block = /^sections\[(\d+)\]\.blocks\[(\d+)\]/u.exec(path);
  if (block)
    return `${sectionName(root, Number(block[1]))}, ${blockName(expected ?? actual, Number(block[2]))}`;
  const section = /^sections\[(\d+)\](?:\.(\w+))?/u.exec(path);
  if (section)
    return `${sectionName(root, Number(section[1]))}${section[2] ? ` ${section[2]}` : ''}`;
  const entity = /^entities\.(numbers|dates|organizations)\[(\d+)\]/u.exec(path);
  if (entity) {
    const value = expected ?? actual;
    const text = isObject(value) ? (value.text ?? value.name) : null;
    return `${entity[1]!.replace(/s$/u, '')} ${ordinal(Number(entity[2]))}${typeof text === 'string' ? ` “${text}”` : ''}`;
  }
  const removed = /^removed\[(\d+)\]/u.exec(path);
  if (removed) return `removed item ${ordinal(Number(removed[1]))}`;
  return path;
}

export function compareJson(
  expected: JsonValue,
  actual: JsonValue,
  ignore: readonly string[] = [],
): Difference[] {
  const raw: Omit<Difference, 'label'>[] = [];
  walk(expected, actual, '', ignore, raw);
  return raw.map((d) => ({
    ...d,
    label: describePath(d.path, d.expected, d.actual, d.kind === 'added' ? actual : expected),
  }));
}

function asText(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return `${value}\n`;
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A unified diff of one difference (expected → actual). */
export function differenceDiff(d: Difference): string {
  return unifiedDiff(asText(d.expected), asText(d.actual), 'expected', 'actual');
}

/** A unified diff with three lines of context, without the `Index:`/`===` preamble. */
export function unifiedDiff(
  expected: string,
  actual: string,
  from = 'expected',
  to = 'actual',
): string {
  return createTwoFilesPatch(from, to, expected, actual, undefined, undefined, { context: 3 })
    .split('\n')
    .filter((line) => !line.startsWith('===') && !line.startsWith('Index:'))
    .join('\n');
}

export interface TextDifference {
  /** 1-based first line of each changed hunk in the expected text. */
  lines: number[];
  diff: string;
}

/** Markdown compared as text; null when equal. */
export function compareText(expected: string, actual: string): TextDifference | null {
  if (expected === actual) return null;
  const patch = structuredPatch('expected', 'actual', expected, actual, undefined, undefined, {
    context: 3,
  });
  return { lines: patch.hunks.map((h) => h.oldStart), diff: unifiedDiff(expected, actual) };
}
