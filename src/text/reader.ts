/**
 * Plain-text dump of a scraped page → RawArticle. Each non-blank line is classified by the
 * named rules of `src/rules/`; a line the rules do not claim is a paragraph of the story, so
 * nothing is dropped without a rule and a reason.
 */
import { detectLang, defaultZone } from '../document/lang.js';
import { cleanInline, normalizeText } from '../document/normalize.js';
import type { TraceEntry } from '../document/trace.js';
import type { RawArticle, Removal } from '../document/types.js';
import { classifyBody, CLUTTER_RULES } from '../rules/body.js';
import { pageHeader } from '../rules/header.js';
import { isHeadingShaped, isParagraphShaped } from '../rules/heading.js';
import {
  emptyFields,
  mergeFields,
  metaLine,
  readMetaLine,
  type MetaFields,
} from '../rules/meta.js';
import { NAVIGATION_RULES } from '../rules/navigation.js';
import { firstMatch, removal, type Rule } from '../rules/rule.js';
import { textUnits } from '../rules/shape.js';
import { splitTitle, titleSuffix } from '../rules/title.js';
import { tooManyBlocks } from '../errors.js';

/** The meta line is looked for among the first lines only: it sits under the headline. */
const META_SCAN_LINES = 12;
const TITLE_MAX_UNITS = 80;

interface State {
  lines: string[];
  zone: string | null;
  removed: Removal[];
  fields: MetaFields;
  trace: TraceEntry[] | null;
}

export function splitLines(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .map(cleanInline)
    .filter((line) => line.length > 0);
}

export function readTextPage(
  text: string,
  options: { trace?: boolean; maxBlocks?: number } = {},
): RawArticle {
  const lines = splitLines(text);
  const maxBlocks = options.maxBlocks ?? Infinity;
  if (lines.length > maxBlocks) throw tooManyBlocks('lines', maxBlocks);
  const lang = detectLang(lines.join('\n'));
  const state: State = {
    lines,
    zone: defaultZone(lang),
    removed: [],
    fields: emptyFields(),
    trace: options.trace ? [] : null,
  };
  const header = readHeader(state);
  const body = classifyBody(
    lines.slice(header.bodyStart).map((text) => ({ kind: 'line', text })),
    { zone: state.zone, title: header.title },
    options.trace,
  );
  mergeFields(state.fields, body.fields);
  return {
    meta: { ...state.fields, title: header.title, site: header.site, lang },
    items: body.items,
    removed: [...state.removed, ...body.removed],
    warnings: [],
    ...(state.trace && body.trace
      ? { trace: [...state.trace, ...body.trace.map(({ unit: _unit, ...entry }) => entry)] }
      : {}),
  };
}

interface Header {
  title: string | null;
  site: string | null;
  bodyStart: number;
}

function remove(state: State, rule: Rule, text: string): void {
  state.removed.push(removal(rule, text));
  state.trace?.push({ text, status: 'removed', rule: rule.id, reason: rule.reason });
}

/** Everything above the story: clutter, the headline, the meta line(s). */
function readHeader(state: State): Header {
  const { lines } = state;
  const scan = Math.min(lines.length, META_SCAN_LINES);
  let metaAt = -1;
  for (let i = 0; i < scan && metaAt < 0; i++) {
    if (readMetaLine(lines[i]!, { zone: state.zone, weakLabels: true })) metaAt = i;
  }
  if (metaAt < 0) return headerWithoutMeta(state);

  const titleAt = pickTitle(lines.slice(0, metaAt));
  for (let i = 0; i < metaAt; i++) {
    if (i === titleAt) state.trace?.push({ text: lines[i]!, status: 'kept', as: 'title' });
    else remove(state, firstMatch(CLUTTER_RULES, lines[i]!) ?? pageHeader, lines[i]!);
  }
  let next = metaAt;
  for (;;) {
    const line = lines[next];
    const fields =
      line === undefined ? null : readMetaLine(line, { zone: state.zone, weakLabels: true });
    if (!line || !fields) break;
    mergeFields(state.fields, fields);
    remove(state, metaLine, line);
    next++;
  }
  return { ...titleParts(state, titleAt < 0 ? null : lines[titleAt]!), bodyStart: next };
}

/** Without a meta line: leading clutter goes, and a short unpunctuated first line is the headline. */
function headerWithoutMeta(state: State): Header {
  const { lines } = state;
  let i = 0;
  for (; i < lines.length; i++) {
    const rule = firstMatch(NAVIGATION_RULES, lines[i]!);
    if (!rule) break;
    remove(state, rule, lines[i]!);
  }
  const first = lines[i];
  if (first === undefined || !isHeadingShaped(first) || !hasBodyAfter(lines, i + 1)) {
    return { title: null, site: null, bodyStart: i };
  }
  state.trace?.push({ text: first, status: 'kept', as: 'title' });
  return { ...titleParts(state, first), bodyStart: i + 1 };
}

function hasBodyAfter(lines: string[], from: number): boolean {
  return lines.slice(from, from + 6).some(isParagraphShaped);
}

/** The headline is the last line above the meta line that is not clutter or a dash-led subtitle. */
function pickTitle(header: string[]): number {
  for (let i = header.length - 1; i >= 0; i--) {
    const line = header[i]!;
    if (firstMatch(CLUTTER_RULES, line) || /^[—–-]{1,2}/u.test(line)) continue;
    if (textUnits(line) <= TITLE_MAX_UNITS) return i;
  }
  return -1;
}

function titleParts(
  state: State,
  line: string | null,
): { title: string | null; site: string | null } {
  if (line === null) return { title: null, site: null };
  const { title, site } = splitTitle(line);
  if (site) remove(state, titleSuffix, site);
  return { title, site };
}
