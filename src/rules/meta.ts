/**
 * The meta line of a story: publish time, 来源, 作者, 记者, 通讯员, 编辑, 责编, 责任编辑 — in any
 * order, with or without separators, also run together on one line
 * (`2023-11-30 11:15:27来源:中央广电总台国际在线编辑:佘颖慧责编:李胜兰`).
 */
import type { Editor } from '../document/types.js';
import type { Rule } from './rule.js';
import { findDate } from './datetime.js';
import { textUnits, trimEndSet, trimStartSet } from './shape.js';

export const metaLine: Rule = {
  id: 'meta-line',
  reason: 'the line of publish time, source, authors and editors; its values are in meta',
};

export const bylineLine: Rule = {
  id: 'byline',
  reason: 'an author or editor credit; the names are in meta',
};

export interface MetaFields {
  published: string | null;
  source: string | null;
  authors: string[];
  editors: Editor[];
}

type Field = 'author' | 'editor' | 'source' | 'time' | 'ignore';

// Longest labels first: the alternation must try 责任编辑 before 编辑. Each in traditional
// characters too, as Big5 pages write them (`來源`, `記者`, `責任編輯`).
const LABELS: ReadonlyArray<readonly [string, Field]> = [
  ['责任编辑', 'editor'],
  ['責任編輯', 'editor'],
  ['值班编辑', 'editor'],
  ['值班編輯', 'editor'],
  ['网络编辑', 'editor'],
  ['網絡編輯', 'editor'],
  ['本文编辑', 'editor'],
  ['本文編輯', 'editor'],
  ['责编', 'editor'],
  ['責編', 'editor'],
  ['编辑', 'editor'],
  ['編輯', 'editor'],
  ['主编', 'editor'],
  ['主編', 'editor'],
  ['美编', 'editor'],
  ['美編', 'editor'],
  ['校对', 'editor'],
  ['校對', 'editor'],
  ['审核', 'editor'],
  ['審核', 'editor'],
  ['审校', 'editor'],
  ['審校', 'editor'],
  ['终审', 'editor'],
  ['終審', 'editor'],
  ['二审', 'editor'],
  ['二審', 'editor'],
  ['三审', 'editor'],
  ['三審', 'editor'],
  ['监制', 'editor'],
  ['编审', 'editor'],
  ['編審', 'editor'],
  ['统筹', 'editor'],
  ['統籌', 'editor'],
  ['策划', 'editor'],
  ['策劃', 'editor'],
  ['图片编辑', 'editor'],
  ['圖片編輯', 'editor'],
  ['视频编辑', 'editor'],
  ['視頻編輯', 'editor'],
  ['文字编辑', 'editor'],
  ['文字編輯', 'editor'],
  ['美术编辑', 'editor'],
  ['美術編輯', 'editor'],
  ['实习编辑', 'editor'],
  ['實習編輯', 'editor'],
  ['见习编辑', 'editor'],
  ['見習編輯', 'editor'],
  ['新媒体编辑', 'editor'],
  ['新媒體編輯', 'editor'],
  ['实习生', 'author'],
  ['實習生', 'author'],
  ['本报记者', 'author'],
  ['本報記者', 'author'],
  ['特约记者', 'author'],
  ['特約記者', 'author'],
  ['见习记者', 'author'],
  ['見習記者', 'author'],
  ['首席记者', 'author'],
  ['首席記者', 'author'],
  ['作者', 'author'],
  ['记者', 'author'],
  ['記者', 'author'],
  ['通讯员', 'author'],
  ['通訊員', 'author'],
  ['撰文', 'author'],
  // Compiled by: a round-up's credit (`整合 新华日报·交汇点记者 徐睿翔`).
  ['整合', 'author'],
  ['撰稿', 'author'],
  ['文图', 'author'],
  ['文圖', 'author'],
  ['图文', 'author'],
  ['圖文', 'author'],
  ['新闻来源', 'source'],
  ['新聞來源', 'source'],
  ['文章来源', 'source'],
  ['文章來源', 'source'],
  ['信息来源', 'source'],
  ['資料來源', 'source'],
  ['稿件来源', 'source'],
  ['稿件來源', 'source'],
  ['来源', 'source'],
  ['來源', 'source'],
  ['稿源', 'source'],
  ['出处', 'source'],
  ['转自', 'source'],
  ['出自', 'source'],
  ['发布时间', 'time'],
  ['發布時間', 'time'],
  ['發佈時間', 'time'],
  ['发表时间', 'time'],
  ['發表時間', 'time'],
  ['发布日期', 'time'],
  ['發布日期', 'time'],
  ['更新时间', 'time'],
  ['更新時間', 'time'],
  ['发稿时间', 'time'],
  ['發稿時間', 'time'],
  ['时间', 'time'],
  ['時間', 'time'],
  ['日期', 'time'],
  ['发布于', 'time'],
  ['發布於', 'time'],
  // Dates of other things: a member's sign-up, a blog's creation.
  ['注册时间', 'ignore'],
  ['註冊時間', 'ignore'],
  ['注册日期', 'ignore'],
  ['加入时间', 'ignore'],
  ['建立于', 'ignore'],
  ['创建于', 'ignore'],
  ['点击数', 'ignore'],
  ['點擊數', 'ignore'],
  ['点击量', 'ignore'],
  ['點擊量', 'ignore'],
  ['点击', 'ignore'],
  ['點擊', 'ignore'],
  ['浏览次数', 'ignore'],
  ['瀏覽次數', 'ignore'],
  ['浏览量', 'ignore'],
  ['瀏覽量', 'ignore'],
  ['浏览', 'ignore'],
  ['瀏覽', 'ignore'],
  ['阅读量', 'ignore'],
  ['閱讀量', 'ignore'],
  ['阅读数', 'ignore'],
  ['閱讀數', 'ignore'],
  ['字号', 'ignore'],
  ['字號', 'ignore'],
  ['评论', 'ignore'],
  ['評論', 'ignore'],
  ['Published', 'time'],
  ['Posted', 'time'],
  ['Updated', 'ignore'],
  ['Last updated', 'ignore'],
  ['Source', 'source'],
  ['Author', 'author'],
  ['Written by', 'author'],
  ['Reporting by', 'author'],
  ['Editing by', 'editor'],
  ['Edited by', 'editor'],
  ['Editor', 'editor'],
  ['By', 'author'],
];
const FIELD = new Map<string, Field>(LABELS);
/** The roles of people who wrote a story, which an outlet's name or the name itself may touch. */
const REPORTER_ROLES = '记者|記者|通讯员|通訊員|实习生|實習生';
const REPORTER_ROLE_END = new RegExp(`(?:${REPORTER_ROLES})$`, 'u');
/**
 * A reporter credited with the outlet glued on: `澎湃新闻记者`, `湖南日报全媒体记者`, `新华社记者`,
 * and an outlet's app after a middle dot (`新华日报·交汇点记者`).
 */
const OUTLET_REPORTER = `\\p{Script=Han}{2,10}(?:·\\p{Script=Han}{2,10})?(?:${REPORTER_ROLES})`;
const LABEL_ALT = LABELS.map(([label]) => label).join('|');
/** A label with a colon may sit anywhere, glued to the previous value. */
const STRONG_LABEL = new RegExp(`(${LABEL_ALT})\\s?[:：]`, 'gu');
/** A label without colon must stand after a boundary and before a space: `来源 新华网 作者 张三`. */
const WEAK_LABEL = new RegExp(
  `(?<=^|[\\s|｜/【\\[(（])(${LABEL_ALT}|文|${OUTLET_REPORTER})(?=\\s|[/／])`,
  'gu',
);

/**
 * A publication's name: what a reprint's dateline names beside the date (`2003-7-24 钱江晚报`,
 * `人民日报 2024年3月5日`).
 */
const PUBLICATION = /^\p{Script=Han}{1,12}(?:[报网社]|周刊|杂志|通讯社|电台|电视台)$/u;

const VALUE_STOP = /\s{2,}|[|｜丨]|\s(?=\d{4}[-/年])/u;
const NAME = /^[\p{L}·•.'’ -]{1,30}$/u;
const HAN_NAME = /^[\p{Script=Han}·•]{2,12}$/u;

/** A person's name as credits write it: two or more Han characters, or a Latin name. */
function isName(part: string): boolean {
  return /\p{Script=Han}/u.test(part) ? HAN_NAME.test(part) : part.length > 1 && NAME.test(part);
}

interface Marker {
  start: number;
  end: number;
  field: Field;
  role: string;
}

function weakField(role: string): Field {
  if (role === '文' || REPORTER_ROLE_END.test(role)) return 'author';
  return FIELD.get(role) ?? 'ignore';
}

function labelMarkers(line: string, allowWeak: boolean): Marker[] {
  const markers: Marker[] = [];
  for (const m of line.matchAll(STRONG_LABEL)) {
    const role = m[1]!;
    markers.push({
      start: m.index,
      end: m.index + m[0].length,
      field: FIELD.get(role) ?? 'ignore',
      role,
    });
  }
  if (allowWeak) {
    for (const m of line.matchAll(WEAK_LABEL)) {
      const role = m[1]!;
      const end =
        m.index + m[0].length + (/^[/／]/u.test(line.slice(m.index + m[0].length)) ? 1 : 0);
      if (markers.some((k) => k.start <= m.index && m.index < k.end)) continue;
      markers.push({
        start: m.index,
        end,
        field: weakField(role),
        role,
      });
    }
  }
  return markers.sort((a, b) => a.start - b.start);
}

/** Names in a credit value: `张三、李四`, `张三 李四`, `Jane Doe and John Smith`. */
export function splitNames(value: string): string[] {
  const cleaned = trimStartSet(trimEndSet(value, ' )）]】'), ' :：/／(（[【');
  const parts = /\p{Script=Han}/u.test(cleaned)
    ? cleaned.split(/[、,，;；/／\s]+/u)
    : cleaned.split(/[,;&]|\band\b/u);
  return parts
    .map((p) => trimStartSet(trimEndSet(p.trim(), ' ·•-|'), ' ·•-|'))
    .filter((p) => !DATELINE_PART.test(p))
    .map((p) => p.replace(GLUED_ROLE, ''))
    .filter(isName);
}

/** Where the reporter filed from, after the names: `彭冲 山东冠县报道`, `发自北京`. */
const DATELINE_PART = /(?:报道|報導|報道)$|^(?:发自|發自)/u;
/** A role glued to the name after it, with no space: `记者惠禾`. */
const GLUED_ROLE = new RegExp(`^(?:${REPORTER_ROLES})(?=\\p{Script=Han}{2,4}$)`, 'u');

export interface ParsedMeta {
  fields: MetaFields;
  /** Share of the line's letters and digits explained as labels, values or the date. */
  coverage: number;
  /** Number of labelled values or dates found. */
  found: number;
}

export interface MetaOptions {
  /** Zone for times that carry none. */
  zone: string | null;
  /** Accept labels without a colon (`记者 张三`); always on inside byline brackets. */
  weakLabels: boolean;
}

function emptyFields(): MetaFields {
  return { published: null, source: null, authors: [], editors: [] };
}

/** Meta lines are short: longer lines are prose (or junk) and are not parsed. */
const META_MAX_LENGTH = 160;

/** Reads every labelled value and the date out of a line (a longer line is no meta line). */
export function parseMeta(line: string, options: MetaOptions): ParsedMeta {
  const fields = emptyFields();
  // Label matching costs grow with labels × line length: a meta line is short, a page-long
  // "line" of repeated labels is not one, and is not read.
  if (line.length > META_MAX_LENGTH) return { fields, coverage: 0, found: 0 };
  const date = findDate(line, options.zone);
  const covered = new Array<boolean>(line.length).fill(false);
  const cover = (from: number, to: number): void => {
    for (let i = from; i < to; i++) covered[i] = true;
  };
  let found = 0;
  if (date) {
    fields.published = date.iso;
    cover(date.index, date.index + date.length);
    found++;
  }
  const markers = labelMarkers(line, options.weakLabels);
  markers.forEach((marker, i) => {
    const next = Math.min(
      markers[i + 1]?.start ?? line.length,
      date && date.index >= marker.end ? date.index : line.length,
    );
    const raw = line.slice(marker.end, next);
    const stop = VALUE_STOP.exec(raw.trimStart());
    const lead = raw.length - raw.trimStart().length;
    const value = (stop ? raw.trimStart().slice(0, stop.index) : raw).trim();
    cover(marker.start, marker.end + lead + (stop ? stop.index : raw.length - lead));
    if (!value && marker.field !== 'time') return;
    found += addValue(fields, marker, value, options.zone);
  });
  if (date && markers.length === 0) {
    const rest = `${line.slice(0, date.index)} ${line.slice(date.index + date.length)}`.trim();
    if (PUBLICATION.test(rest)) {
      fields.source = rest;
      cover(0, line.length);
      found++;
    }
  }
  return { fields, coverage: coverage(line, covered), found };
}

function addValue(fields: MetaFields, marker: Marker, value: string, zone: string | null): number {
  switch (marker.field) {
    case 'author': {
      const names = splitNames(value);
      for (const name of names) if (!fields.authors.includes(name)) fields.authors.push(name);
      return names.length > 0 ? 1 : 0;
    }
    case 'editor': {
      const names = splitNames(value);
      for (const name of names) fields.editors.push({ role: marker.role, name });
      return names.length > 0 ? 1 : 0;
    }
    case 'source': {
      const source = trimStartSet(trimEndSet(value, ')）】]'), '(（【[').trim();
      if (!source || textUnits(source) > 20) return 0;
      fields.source ??= source;
      return 1;
    }
    case 'time':
      if (!fields.published) fields.published = findDate(value, zone)?.iso ?? null;
      return 0;
    case 'ignore':
      return 0;
  }
}

function coverage(line: string, covered: boolean[]): number {
  let total = 0;
  let hit = 0;
  for (let i = 0; i < line.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(line[i]!)) continue;
    total++;
    if (covered[i]) hit++;
  }
  return total === 0 ? 0 : hit / total;
}

const META_MIN_COVERAGE = 0.85;

/**
 * The line is a meta line: short, nothing but labelled values and a date. Returns its fields,
 * or null when the line is anything else.
 */
export function readMetaLine(line: string, options: MetaOptions): MetaFields | null {
  if (line.length > META_MAX_LENGTH || /[。！？]$/u.test(line)) return null;
  const parsed = parseMeta(line, options);
  if (parsed.found === 0 || parsed.coverage < META_MIN_COVERAGE) return null;
  return parsed.fields;
}

/** Merges credits found later (end bylines, footers) into what the meta line gave. */
export function mergeFields(into: MetaFields, from: MetaFields): void {
  into.published ??= from.published;
  into.source ??= from.source;
  for (const name of from.authors) if (!into.authors.includes(name)) into.authors.push(name);
  for (const editor of from.editors) {
    if (!into.editors.some((e) => e.role === editor.role && e.name === editor.name))
      into.editors.push(editor);
  }
}

export { emptyFields };
