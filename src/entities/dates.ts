/**
 * Dates and times in Chinese text: full (`2023年7月31日`, `2023-11-30 11:15:27`), partial
 * (`11月29日`, `2021年`, `11月中旬`), in Chinese numerals (`二〇二三年十一月`), with parts of the
 * day (`晚上8时`), relative (`今天`, `去年`, `上周`, `今年前三季度`) resolved against a base date,
 * festivals (`春节`, `中秋`), and ranges (`7月31日至8月6日`). Values are ISO 8601 cut to their
 * granularity, ranges ISO intervals; `inferred` names the parts taken from the base date.
 * Durations (`五年`, `3个月`) are not dates.
 */
import type { DateEntity, DatePart, Granularity } from '../document/types.js';
import { simplified } from './traditional.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  isValidDate,
  lunarNewYearsEve,
  lunarToSolar,
  mondayOf,
  season,
  SOLAR_TERM_NAMES,
  solarTerm,
  weekday,
  type Ymd,
} from './calendar.js';
import { numeralValue } from './numerals.js';
import { alternation } from './words.js';

/** A date entity before it is placed in an article: UTF-16 offsets in the text. */
export type FoundDate = Omit<DateEntity, 'at'> & { start: number; end: number };

/** A resolved moment, as precise as its granularity. */
interface Moment {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
  s: number;
}

interface Reading {
  /** An open side (`3年以前` has no start, `半年之后` no end). */
  open?: 'start' | 'end';
  from: Moment;
  to: Moment;
  /** How precise each end is. */
  fromG: Granularity;
  toG: Granularity;
  granularity: Granularity;
  inferred: Set<DatePart>;
  end: number;
}

const RANK: Record<Granularity, number> = {
  year: 0,
  half: 1,
  quarter: 2,
  month: 3,
  week: 4,
  day: 5,
  hour: 6,
  minute: 7,
  second: 8,
};

const CN = '零〇○一二两三四五六七八九十廿卅';
const NUM = `(?:\\d{1,4}|[${CN}]{1,4})`;

function num(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.replace(/廿/gu, '二十').replace(/卅/gu, '三十');
  if (/^[零〇○一二三四五六七八九]{2,4}$/u.test(t)) {
    return Number(
      [...t]
        .map((c) => '零〇○一二三四五六七八九'.indexOf(c))
        .map((i) => (i <= 2 ? 0 : i - 2))
        .join(''),
    );
  }
  return numeralValue(t);
}

/** Two-digit years: 03年 → 2003, 98年 → 1998 (nearest to the base year). */
function fullYear(y: number, digits: number, base: Ymd | null): number {
  if (digits > 2) return y;
  // News looks back: the latest such year not after the base year (`98年` → 1998, `03年` → 2003).
  const pivot = base?.y ?? 2000;
  const century = Math.floor(pivot / 100) * 100;
  return century + y <= pivot + 1 ? century + y : century - 100 + y;
}

function moment(y: number, m = 1, d = 1, h = 0, min = 0, s = 0): Moment {
  return { y, m, d, h, min, s };
}

function endOf(x: Moment, g: Granularity): Moment {
  switch (g) {
    case 'year':
      return moment(x.y, 12, 31, 23, 59, 59);
    case 'half':
    case 'quarter':
    case 'month':
      return moment(x.y, x.m, daysInMonth(x.y, x.m), 23, 59, 59);
    case 'week':
      return { ...moment(x.y, x.m, x.d), ...addDays(x, 6), h: 23, min: 59, s: 59 };
    case 'day':
      return moment(x.y, x.m, x.d, 23, 59, 59);
    case 'hour':
      return moment(x.y, x.m, x.d, x.h, 59, 59);
    case 'minute':
      return moment(x.y, x.m, x.d, x.h, x.min, 59);
    case 'second':
      return x;
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ISO 8601 cut to a granularity (`2023`, `2023-11`, `2023-11-29`, `2023-11-29T20`, `…T20:35`). */
function iso(x: Moment, g: Granularity): string {
  const year = pad(x.y, 4);
  if (g === 'year') return year;
  if (g === 'month' || g === 'half' || g === 'quarter') return `${year}-${pad(x.m)}`;
  const day = `${year}-${pad(x.m)}-${pad(x.d)}`;
  if (g === 'day' || g === 'week') return day;
  if (g === 'hour') return `${day}T${pad(x.h)}`;
  if (g === 'minute') return `${day}T${pad(x.h)}:${pad(x.min)}`;
  return `${day}T${pad(x.h)}:${pad(x.min)}:${pad(x.s)}`;
}

function single(x: Moment, g: Granularity, end: number, inferred: DatePart[] = []): Reading {
  return {
    from: x,
    to: endOf(x, g),
    fromG: g,
    toG: g,
    granularity: g,
    inferred: new Set(inferred),
    end,
  };
}

function span(
  from: Moment,
  fromG: Granularity,
  to: Moment,
  toG: Granularity,
  g: Granularity,
  end: number,
  inferred: DatePart[],
): Reading {
  return { from, to: endOf(to, toG), fromG, toG, granularity: g, inferred: new Set(inferred), end };
}

// ---- the grammar: each reader tries to read at `at` and returns where it stopped ----

interface Ctx {
  text: string;
  base: Ymd | null;
  /** Seconds into the base day, when the base has a time. */
  clock: number;
}

type Reader = (ctx: Ctx, at: number) => Reading | null;

function sticky(source: string): RegExp {
  return new RegExp(source, 'uy');
}

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const NUMERIC_DATE = sticky(
  String.raw`(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)\s*[日号]?`,
);
const COMPACT_DATE = sticky(
  String.raw`(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)`,
);
/**
 * `09-01 20:01`: a month and day, both of two digits, read as a date only before a clock (a
 * page's timestamp); `3-1 20:00` is more likely a score.
 */
const NUMERIC_MONTH_DAY = sticky(
  String.raw`(?<![\d.\-/])(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=\s+\d{1,2}[:：]\d{2}(?!\d))`,
);
const NUMERIC_YEAR_MONTH = sticky(
  String.raw`(?<![\d.])((?:19|20)\d{2})[.\-/](0[1-9]|1[0-2])(?![\d.\-/])`,
);
const YMD = sticky(
  String.raw`(\d{4}|\d{2}|[零〇○一二三四五六七八九]{2,4})\s*年(?:\s*(${NUM})\s*月(?:\s*(${NUM})\s*[日号])?)?`,
);
const MD = sticky(String.raw`(${NUM})\s*月(?:\s*(${NUM})(?:\s*[日号]|(?![\d${CN}月年])))?`);
const DAY = sticky(String.raw`(${NUM})\s*[日号](?![前后]?[子常本报])`);

function yearOf(text: string, base: Ymd | null): number | null {
  const value = num(text);
  if (value === null) return null;
  const digits = /^\d+$/u.test(text) ? text.length : [...text].length;
  return fullYear(value, digits, base);
}

const readNumericDate: Reader = (ctx, at) => {
  const m = exec(NUMERIC_DATE, ctx.text, at) ?? exec(COMPACT_DATE, ctx.text, at);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(y, mo, d)) return null;
  return single(moment(y, mo, d), 'day', at + m[0].length);
};

const readNumericMonthDay: Reader = (ctx, at) => {
  const m = exec(NUMERIC_MONTH_DAY, ctx.text, at);
  if (!m || !ctx.base) return null;
  const [mo, d] = [Number(m[1]), Number(m[2])];
  if (!isValidDate(ctx.base.y, mo, d)) return null;
  return single(moment(ctx.base.y, mo, d), 'day', at + m[0].length, ['year']);
};

const readNumericYearMonth: Reader = (ctx, at) => {
  const m = exec(NUMERIC_YEAR_MONTH, ctx.text, at);
  if (!m) return null;
  return single(moment(Number(m[1]), Number(m[2])), 'month', at + m[0].length);
};

const readYmd: Reader = (ctx, at) => {
  const m = exec(YMD, ctx.text, at);
  if (!m) return null;
  const y = yearOf(m[1]!, ctx.base);
  if (y === null || (y < 1000 && m[1]!.length > 2)) return null;
  const mo = num(m[2]);
  const d = num(m[3]);
  if (mo === null) return single(moment(y), 'year', at + m[0].length);
  if (mo < 1 || mo > 12) return null;
  if (d === null) return single(moment(y, mo), 'month', at + m[0].length);
  if (!isValidDate(y, mo, d)) return null;
  return single(moment(y, mo, d), 'day', at + m[0].length);
};

const readMonthDay: Reader = (ctx, at) => {
  const m = exec(MD, ctx.text, at);
  if (!m) return null;
  const mo = num(m[1]);
  const d = num(m[2]);
  if (mo === null || mo < 1 || mo > 12) return null;
  if (!ctx.base) return null;
  const y = ctx.base.y;
  if (d === null) return single(moment(y, mo), 'month', at + m[0].length, ['year']);
  if (!isValidDate(y, mo, d)) return null;
  return single(moment(y, mo, d), 'day', at + m[0].length, ['year']);
};

const readDay: Reader = (ctx, at) => {
  const m = exec(DAY, ctx.text, at);
  if (!m || !ctx.base) return null;
  // A bare day needs to stand apart: `统一号码` holds no date.
  if (
    at > 0 &&
    /\p{Script=Han}/u.test(ctx.text[at - 1]!) &&
    !/[于在至到从自的和与及、]/u.test(ctx.text[at - 1]!)
  )
    return null;
  const d = num(m[1]);
  if (d === null || !isValidDate(ctx.base.y, ctx.base.m, d)) return null;
  return single(moment(ctx.base.y, ctx.base.m, d), 'day', at + m[0].length, ['year', 'month']);
};

const RELATIVE_DAYS: Record<string, number> = {
  今天: 0,
  今日: 0,
  当天: 0,
  当日: 0,
  今晚: 0,
  今早: 0,
  今晨: 0,
  今夜: 0,
  昨天: -1,
  昨日: -1,
  昨晚: -1,
  昨夜: -1,
  前天: -2,
  前日: -2,
  大前天: -3,
  明天: 1,
  明日: 1,
  明晚: 1,
  明早: 1,
  次日: 1,
  翌日: 1,
  后天: 2,
  大后天: 3,
  近日: 0,
  日前: 0,
  连日: 0,
  现在: 0,
  目前: 0,
  当前: 0,
  如今: 0,
};
const RELATIVE_DAY = sticky(alternation(Object.keys(RELATIVE_DAYS)));

const readRelativeDay: Reader = (ctx, at) => {
  const m = exec(RELATIVE_DAY, ctx.text, at);
  if (!m || !ctx.base) return null;
  const date = addDays(ctx.base, RELATIVE_DAYS[m[0]]!);
  if (m[0] === '现在' && ctx.clock > 0) {
    const now = nowOf(ctx);
    return single(now.at, now.g, at + m[0].length, ['year', 'month', 'day']);
  }
  const reading = single(moment(date.y, date.m, date.d), 'day', at + m[0].length, [
    'year',
    'month',
    'day',
  ]);
  // `今晚`, `昨晚`: the part of the day comes with the word.
  const part = /晚|夜/u.test(m[0]) ? '晚上' : /早|晨/u.test(m[0]) ? '早上' : null;
  return part ? (withTime(ctx, reading, reading.end, part) ?? reading) : reading;
};

/** `1995-1997年`, `2019至2021年`: two years sharing one 年. */
const YEAR_RANGE = sticky(
  String.raw`(\d{4})\s*[-–—~～至到]\s*(\d{4})\s*年(?![\d零一二三四五六七八九十]{1,2}月)`,
);

const readYearRange: Reader = (ctx, at) => {
  const m = exec(YEAR_RANGE, ctx.text, at);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (to <= from || to - from > 200) return null;
  return span(moment(from), 'year', moment(to), 'year', 'year', at + m[0].length, []);
};

/** `今明两年`, `今明两天`: this year (day) and the next, one range. */
const THIS_AND_NEXT = sticky('今明两([年天日])');

const readThisAndNext: Reader = (ctx, at) => {
  const m = exec(THIS_AND_NEXT, ctx.text, at);
  if (!m || !ctx.base) return null;
  const end = at + m[0].length;
  if (m[1] === '年')
    return span(moment(ctx.base.y), 'year', moment(ctx.base.y + 1), 'year', 'year', end, ['year']);
  return dayRange(ctx.base, addDays(ctx.base, 1), 'day', end, ['year', 'month', 'day']);
};

/** `过两天`, `过几天`: a few days from the base, in speech (not `过了两天`, which is a duration). */
const IN_A_FEW_DAYS = sticky('过([两二三四五六七八九十几]|一两)天');

const readInAFewDays: Reader = (ctx, at) => {
  const m = exec(IN_A_FEW_DAYS, ctx.text, at);
  if (!m || !ctx.base) return null;
  const n = m[1] === '几' || m[1] === '一两' ? 2 : num(m[1]!);
  if (n === null) return null;
  const day = addDays(ctx.base, n);
  return single(moment(day.y, day.m, day.d), 'day', at + m[0].length, ['year', 'month', 'day']);
};

const RELATIVE_YEARS: Record<string, number> = {
  今年: 0,
  本年: 0,
  当年: 0,
  去年: -1,
  上年: -1,
  上一年: -1,
  前年: -2,
  大前年: -3,
  明年: 1,
  来年: 1,
  下一年: 1,
  后年: 2,
  大后年: 3,
};
const RELATIVE_YEAR = sticky(alternation(Object.keys(RELATIVE_YEARS)));

const readRelativeYear: Reader = (ctx, at) => {
  const m = exec(RELATIVE_YEAR, ctx.text, at);
  if (!m || !ctx.base) return null;
  const y = ctx.base.y + RELATIVE_YEARS[m[0]]!;
  const end = at + m[0].length;
  // `去年9月`, `去年6月上旬`: month and day follow.
  const lunar = readLunarIn(ctx, end, y, ['year']);
  if (lunar) return lunar;
  const md = exec(MD, ctx.text, end);
  if (md) {
    const inner = readMonthDay({ ...ctx, base: { y, m: 1, d: 1 } }, end);
    if (inner) return { ...inner, inferred: new Set(['year']) };
  }
  return single(moment(y), 'year', end, ['year']);
};

const RELATIVE_MONTHS: Record<string, number> = {
  本月: 0,
  当月: 0,
  这个月: 0,
  这月: 0,
  上月: -1,
  上个月: -1,
  下月: 1,
  下个月: 1,
  次月: 1,
};
const RELATIVE_MONTH = sticky(alternation(Object.keys(RELATIVE_MONTHS)));

const readRelativeMonth: Reader = (ctx, at) => {
  const m = exec(RELATIVE_MONTH, ctx.text, at);
  if (!m || !ctx.base) return null;
  const { y, m: mo } = addMonths(ctx.base.y, ctx.base.m, RELATIVE_MONTHS[m[0]]!);
  const end = at + m[0].length;
  const day = exec(DAY, ctx.text, end);
  const d = day ? num(day[1]) : null;
  if (day && d !== null && isValidDate(y, mo, d))
    return single(moment(y, mo, d), 'day', end + day[0].length, ['year', 'month']);
  return single(moment(y, mo), 'month', end, ['year', 'month']);
};

const WEEKDAYS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  末: 6,
};
const WEEK = sticky(
  String.raw`(上上|下下|上|下|这|本|该)?个?(?:周|星期|礼拜)([一二三四五六日天末])?`,
);

const readWeek: Reader = (ctx, at) => {
  const m = exec(WEEK, ctx.text, at);
  if (!m || !ctx.base || (!m[1] && !m[2])) return null;
  const shift = { 上上: -2, 下下: 2, 上: -1, 下: 1, 这: 0, 本: 0, 该: 0 }[m[1] ?? '这'] ?? 0;
  const monday = addDays(mondayOf(ctx.base), shift * 7);
  const end = at + m[0].length;
  if (!m[2]) return weekFrom(monday, end, ['year', 'month', 'day']);
  const day = addDays(monday, WEEKDAYS[m[2]]! - 1);
  if (m[2] === '末') {
    return dayRange(day, addDays(monday, 6), 'day', end, ['year', 'month', 'day']);
  }
  return single(moment(day.y, day.m, day.d), 'day', end, ['year', 'month', 'day']);
};

/** The days from `from` to `to`, both whole, read at granularity `g`. */
function dayRange(from: Ymd, to: Ymd, g: Granularity, end: number, inferred: DatePart[]): Reading {
  return span(
    moment(from.y, from.m, from.d),
    'day',
    moment(to.y, to.m, to.d),
    'day',
    g,
    end,
    inferred,
  );
}

/** The week from `monday` to its Sunday, read at week granularity. */
function weekFrom(monday: Ymd, end: number, inferred: DatePart[]): Reading {
  return dayRange(monday, addDays(monday, 6), 'week', end, inferred);
}

const SOLAR_FESTIVALS: Record<string, [number, number]> = {
  元旦: [1, 1],
  情人节: [2, 14],
  妇女节: [3, 8],
  三八妇女节: [3, 8],
  植树节: [3, 12],
  消费者权益日: [3, 15],
  愚人节: [4, 1],
  劳动节: [5, 1],
  五一劳动节: [5, 1],
  青年节: [5, 4],
  儿童节: [6, 1],
  六一儿童节: [6, 1],
  建党节: [7, 1],
  建军节: [8, 1],
  教师节: [9, 10],
  国庆节: [10, 1],
  国庆: [10, 1],
  平安夜: [12, 24],
  圣诞节: [12, 25],
  世界儿童日: [11, 20],
  国际儿童日: [11, 20],
};
const LUNAR_FESTIVALS: Record<string, [number, number]> = {
  春节: [1, 1],
  大年初一: [1, 1],
  元宵节: [1, 15],
  元宵: [1, 15],
  龙抬头: [2, 2],
  端午节: [5, 5],
  端午: [5, 5],
  七夕节: [7, 7],
  七夕: [7, 7],
  中元节: [7, 15],
  中秋节: [8, 15],
  中秋: [8, 15],
  重阳节: [9, 9],
  重阳: [9, 9],
  腊八节: [12, 8],
  腊八: [12, 8],
  小年: [12, 23],
};
/** Festivals on the nth weekday of a month: 母亲节, 父亲节, 感恩节. */
const WEEKDAY_FESTIVALS: Record<string, [number, number, number]> = {
  母亲节: [5, 7, 2],
  父亲节: [6, 7, 3],
  感恩节: [11, 4, 4],
};

const FESTIVAL = sticky(
  alternation([
    ...Object.keys(SOLAR_FESTIVALS),
    ...Object.keys(LUNAR_FESTIVALS),
    ...Object.keys(WEEKDAY_FESTIVALS),
    '除夕',
    '大年三十',
  ]),
);

function festivalDate(name: string, year: number): Ymd | null {
  const byWeekday = WEEKDAY_FESTIVALS[name];
  if (byWeekday) {
    const [m, wd, n] = byWeekday;
    const first = { y: year, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const solar = SOLAR_FESTIVALS[name];
  if (solar) return { y: year, m: solar[0], d: solar[1] };
  if (name === '除夕' || name === '大年三十') return lunarNewYearsEve(year);
  const lunar = LUNAR_FESTIVALS[name];
  return lunar ? lunarToSolar(year, lunar[0], lunar[1]) : null;
}

function readFestivalIn(ctx: Ctx, at: number, year: number, inferred: DatePart[]): Reading | null {
  const m = exec(FESTIVAL, ctx.text, at);
  if (!m) return null;
  const date = festivalDate(m[0], year);
  if (!date) return null;
  return single(moment(date.y, date.m, date.d), 'day', at + m[0].length, inferred);
}

const readFestival: Reader = (ctx, at) =>
  ctx.base
    ? (readFestivalIn(ctx, at, ctx.base.y, ['year']) ??
      readSolarTerm(ctx, at, ctx.base.y, ['year']))
    : null;

const CENTURY = sticky(
  String.raw`(\d{1,2}|[${CN}]{1,3})世纪(?:(\d0|[一二三四五六七八九]十)年代)?(初|末|中叶)?`,
);
const DECADE = sticky(String.raw`((?:19|20)?\d0|[一二三四五六七八九]十)年代`);

const readCentury: Reader = (ctx, at) => {
  const m = exec(CENTURY, ctx.text, at);
  if (m) {
    const c = num(m[1]);
    if (c === null || c < 1 || c > 30) return null;
    const first = (c - 1) * 100;
    const decade = m[2] ? num(m[2]) : null;
    if (decade !== null)
      return span(
        moment(first + decade),
        'year',
        moment(first + decade + 9),
        'year',
        'year',
        at + m[0].length,
        [],
      );
    if (m[3] === '初')
      return span(moment(first), 'year', moment(first + 19), 'year', 'year', at + m[0].length, []);
    return span(moment(first), 'year', moment(first + 99), 'year', 'year', at + m[0].length, []);
  }
  const d = exec(DECADE, ctx.text, at);
  if (!d) return null;
  const value = num(d[1]);
  if (value === null) return null;
  const start = value >= 100 ? value : 1900 + value;
  return span(
    moment(start),
    'year',
    moment(start + 9),
    'year',
    'year',
    at + d[0].length,
    value >= 100 ? [] : ['year'],
  );
};

const LUNAR_MONTHS: Record<string, number> = {
  正: 1,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  冬: 11,
  十二: 12,
  腊: 12,
};
const LUNAR_DATE = sticky(
  String.raw`(农历|阴历)?(闰)?(正|十一|十二|冬|腊|[一二三四五六七八九十])月(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[一二三四五六七八九十])?(?![日号\d])`,
);
const LUNAR_NUMERIC = sticky(
  String.raw`(农历|阴历)(\d{1,2})月(\d{1,2}|[初十廿二三][一二三四五六七八九十]?)?`,
);

/** Lunar dates: `农历十月`, `正月十五`, `五月初五`, `八月十五` (a Chinese-numeral day without 日 is lunar). */
function readLunarIn(ctx: Ctx, at: number, year: number, inferred: DatePart[]): Reading | null {
  const m = exec(LUNAR_DATE, ctx.text, at) ?? exec(LUNAR_NUMERIC, ctx.text, at);
  if (!m) return null;
  const numeric = m.length === 4;
  const marked = Boolean(m[1]);
  const monthText = numeric ? m[2]! : m[3]!;
  const dayText = numeric ? m[3] : m[4];
  const month = numeric ? Number(monthText) : LUNAR_MONTHS[monthText];
  const leap = !numeric && m[2] === '闰';
  const special = !numeric && /^[正冬腊]$/u.test(monthText);
  // Without 农历, 闰 or a lunar month name, only a 初X/十X day marks a lunar date.
  if (!marked && !leap && !special && (dayText === undefined || !/^(?:初|廿|十五$)/u.test(dayText)))
    return null;
  if (month === undefined || month < 1 || month > 12) return null;
  const end = at + m[0].length;
  if (dayText === undefined) {
    const first = lunarToSolar(year, month, 1, leap);
    if (!first) return null;
    const next =
      lunarToSolar(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) ??
      addDays(first, 29);
    const last = addDays(next, -1);
    return dayRange(first, last, 'month', end, inferred);
  }
  const day = num(dayText.replace(/^初/u, '')) ?? NaN;
  const date = lunarToSolar(year, month, day, leap);
  return date ? single(moment(date.y, date.m, date.d), 'day', end, inferred) : null;
}

const readLunar: Reader = (ctx, at) =>
  ctx.base ? readLunarIn(ctx, at, ctx.base.y, ['year']) : null;

const QUARTER_ALONE = sticky(
  String.raw`(上|下|本|这|该)?个?季度(末|初)?|第?([一二三四1-4])季度(末|初)?`,
);

const readQuarter: Reader = (ctx, at) => {
  const m = exec(QUARTER_ALONE, ctx.text, at);
  if (!m || !ctx.base) return null;
  const current = Math.ceil(ctx.base.m / 3);
  const shift = m[1] === '上' ? -1 : m[1] === '下' ? 1 : 0;
  let q = m[3] ? num(m[3])! : current + shift;
  let y = ctx.base.y;
  if (q < 1) {
    q += 4;
    y -= 1;
  }
  if (q > 4) {
    q -= 4;
    y += 1;
  }
  if (!m[3] && !m[1]) return null;
  const edge = m[2] ?? m[4];
  const end = at + m[0].length;
  if (edge === '末') return single(moment(y, q * 3), 'month', end, ['year']);
  if (edge === '初') return single(moment(y, q * 3 - 2), 'month', end, ['year']);
  return span(moment(y, q * 3 - 2), 'month', moment(y, q * 3), 'month', 'quarter', end, ['year']);
};

const OFFSET_UNITS: Record<string, Granularity> = {
  年: 'year',
  个月: 'month',
  月: 'month',
  季度: 'quarter',
  周: 'week',
  星期: 'week',
  礼拜: 'week',
  天: 'day',
  日: 'day',
  小时: 'hour',
  个小时: 'hour',
  钟头: 'hour',
  个钟头: 'hour',
  分钟: 'minute',
  // `一分半钟`: a minute and a half.
  分半钟: 'minute',
  刻钟: 'minute',
  秒: 'second',
  秒钟: 'second',
};
const OFFSET = sticky(
  String.raw`(\d{1,3}|[零一二两三四五六七八九十百千]{1,4}|半)(个)?(半|多)?(年|月|季度|周|星期|礼拜|天|日|小时|钟头|分半钟|分钟|刻钟|秒钟?)(半)?(多)?(以前|之前|前|以后|之后|后|以来|来|以内|之内|内)`,
);
const AROUND = sticky(
  String.raw`(近|最近|过去的?|未来|今后)(\d{1,4}|[零一二两三四五六七八九十百]{1,4}|半)(个)?(多)?(年|个?月|周|星期|礼拜|天|日|个?小时|个?钟头|分钟|秒钟?)`,
);

interface Shifted {
  at: Moment;
  g: Granularity;
}

/** The moment `count` units away from the base; halves step down a unit (`七年半后` → months). */
function shift(base: Ymd, unit: Granularity, count: number, half: boolean, clock = 0): Shifted {
  const months =
    unit === 'year' ? count * 12 + (half ? 6 : 0) : unit === 'month' ? count + (half ? 0.5 : 0) : 0;
  if (months !== 0 || unit === 'year' || unit === 'month') {
    const whole = Math.trunc(months);
    const { y, m } = addMonths(base.y, base.m, whole);
    const g: Granularity = unit === 'year' && !half ? 'year' : 'month';
    return { at: moment(y, m, Math.min(base.d, daysInMonth(y, m))), g };
  }
  const days = unit === 'week' ? count * 7 : unit === 'day' ? count + (half ? 0.5 : 0) : 0;
  if (unit === 'week' || unit === 'day') {
    const d = addDays(base, Math.trunc(days));
    return { at: moment(d.y, d.m, d.d), g: 'day' };
  }
  const seconds =
    unit === 'hour'
      ? count * 3600 + (half ? 1800 : 0)
      : unit === 'minute'
        ? count * 60 + (half ? 30 : 0)
        : count;
  const t = new Date(Date.UTC(base.y, base.m - 1, base.d) + (clock + seconds) * 1000);
  // From a base with a time, minutes and hours away land on a second.
  const g: Granularity = clock > 0 ? 'second' : unit;
  return {
    at: moment(
      t.getUTCFullYear(),
      t.getUTCMonth() + 1,
      t.getUTCDate(),
      t.getUTCHours(),
      t.getUTCMinutes(),
      t.getUTCSeconds(),
    ),
    g,
  };
}

function unitOf(text: string): Granularity {
  return (
    OFFSET_UNITS[text.replace(/^个/u, '个')] ??
    OFFSET_UNITS[text] ??
    OFFSET_UNITS[text.replace(/^个/u, '')]!
  );
}

const readOffset: Reader = (ctx, at) => {
  const m = exec(OFFSET, ctx.text, at);
  if (!m || !ctx.base) return null;
  const count = m[1] === '半' ? 0 : num(m[1]);
  if (count === null || count > 200) return null;
  // `4月前` is before April; a span of months says 个 (`3个月前`). Hours too (`3个小时`) may.
  if (m[4] === '月' && !m[2]) return null;
  // `07年以后`, `98年前` name a year written short (after 2007, before 1998), not a span of years.
  if (m[4] === '年' && !m[2] && /^(?:0\d|[3-9]\d)$/u.test(m[1]!)) return null;
  const half = m[1] === '半' || m[5] === '半' || m[3] === '半' || m[4] === '分半钟';
  let unit = unitOf(m[4]!);
  let amount = m[1] === '半' ? 0 : count;
  if (unit === 'quarter') {
    unit = 'month';
    amount *= 3;
  }
  // A quarter of an hour: 刻钟 counts in minutes (`OFFSET_UNITS`), fifteen to each.
  if (m[4] === '刻钟') amount *= 15;
  const sign = /前|以来|来/u.test(m[7]!) ? -1 : 1;
  const halfUnits = half
    ? {
        year: ['month', 6],
        month: ['day', 15],
        week: ['day', 3],
        day: ['hour', 12],
        hour: ['minute', 30],
        minute: ['second', 30],
      }[unit as 'year']
    : undefined;
  const target = shift(ctx.base, unit, sign * amount, false, ctx.clock);
  const point = halfUnits
    ? shift(
        { y: target.at.y, m: target.at.m, d: target.at.d },
        halfUnits[0] as Granularity,
        sign * (halfUnits[1] as number),
        false,
        target.at.h * 3600 + target.at.min * 60 + target.at.s,
      )
    : target;
  const end = at + m[0].length;
  const { at: now, g: nowG } = nowOf(ctx);
  const all: DatePart[] = ['year', 'month', 'day'];
  switch (m[7]) {
    case '以来':
    case '来':
      return span(point.at, point.g, now, nowG, point.g, end, all);
    case '以内':
    case '之内':
    case '内':
      return span(now, nowG, point.at, point.g, point.g, end, all);
    case '以前':
    case '之前':
      return { ...single(point.at, point.g, end, all), open: 'start' };
    case '以后':
    case '之后':
      return { ...single(point.at, point.g, end, all), open: 'end' };
    default:
      return single(point.at, point.g, end, all);
  }
};

const readAround: Reader = (ctx, at) => {
  const m = exec(AROUND, ctx.text, at);
  if (!m || !ctx.base) return null;
  const count = m[2] === '半' ? 0 : num(m[2]);
  if (count === null) return null;
  const unit = unitOf(m[5]!);
  const forward = /未来|今后/u.test(m[1]!);
  let target = shift(ctx.base, unit, (forward ? 1 : -1) * count, m[2] === '半', ctx.clock);
  const { at: now, g: nowG } = nowOf(ctx);
  // From a base with a time, `近30天` starts at that time of day.
  if (ctx.clock > 0 && RANK[target.g] <= RANK.day)
    target = { at: { ...target.at, h: now.h, min: now.min, s: now.s }, g: 'second' };
  const g: Granularity = RANK[target.g] > RANK.day ? target.g : 'day';
  return forward
    ? span(now, nowG, target.at, g, g, at + m[0].length, ['year', 'month', 'day'])
    : span(target.at, g, now, nowG, g, at + m[0].length, ['year', 'month', 'day']);
};

const YEAR_EDGE = sticky(String.raw`(?:年底|年末|岁末|年初|年中|上半年|下半年)`);

/** `年底前`, `上半年`: a period of the base year. */
const readYearEdge: Reader = (ctx, at) => {
  const m = exec(YEAR_EDGE, ctx.text, at);
  if (!m || !ctx.base) return null;
  const year = single(moment(ctx.base.y), 'year', at, ['year']);
  const refined = refineYear(ctx, year);
  return refined === year ? null : refined;
};

const DATE_READERS: Reader[] = [
  readNumericDate,
  readNumericMonthDay,
  readNumericYearMonth,
  readCentury,
  readAround,
  readOffset,
  readYmd,
  readYearRange,
  readThisAndNext,
  readInAFewDays,
  readRelativeYear,
  readRelativeMonth,
  readQuarter,
  readYearEdge,
  readLunar,
  readMonthDay,
  readRelativeDay,
  readWeek,
  readFestival,
  readDay,
];

// ---- refinements after a date: periods, quarters, weeks of a month, festivals, times ----

const DAY_OF_YEAR = sticky(String.raw`(?:的)?第([一二三四五六七八九十百]{1,5}|\d{1,3})天`);
const WEEK_OF_YEAR = sticky(String.raw`第([一二三四五六七八九十]{1,3}|\d{1,2})个?(?:周|星期|礼拜)`);
const SOLAR_TERM = sticky(`(?:${SOLAR_TERM_NAMES.join('|')})`);

function readSolarTerm(ctx: Ctx, at: number, year: number, inferred: DatePart[]): Reading | null {
  const m = exec(SOLAR_TERM, ctx.text, at);
  if (!m) return null;
  const date = solarTerm(m[0], year);
  return date ? single(moment(date.y, date.m, date.d), 'day', at + m[0].length, inferred) : null;
}

const YEAR_PERIOD = sticky(
  String.raw`(?:的)?(年初|年底|年末|岁末|年中|伊始|初|底|末|上半年|下半年|前半年|后半年|首月|春季|夏季|秋季|冬季|春天|夏天|秋天|冬天|春|夏|秋|冬|暑假|寒假)`,
);
const QUARTER = sticky(
  String.raw`(?:的)?(?:第?([一二三四1-4])|(前|后)([一二两三1-3])个?)季度(末|初)?`,
);
const MONTHS_SPAN = sticky(String.raw`(?:的)?(前|后)([一二两三四五六七八九十]{1,2}|\d{1,2})个?月`);
const MONTH_PERIOD = sticky(String.raw`(?:的)?(上旬|中旬|下旬|月初|月中|月底|月末|初|底|末|中)`);
const WEEK_OF_MONTH = sticky(
  String.raw`第([一二三四五1-5])(?:个)?(?:周|星期|礼拜)(?:([一二三四五六日天]))?`,
);
const FIRST_DAYS = sticky(String.raw`前([一二两三四五六七八九十]|\d{1,2})天`);

function refineYear(ctx: Ctx, r: Reading): Reading {
  if (r.granularity !== 'year' || RANK[r.fromG] !== RANK.year || r.from.y !== r.to.y) return r;
  const y = r.from.y;
  const inferred = [...r.inferred];
  const festival =
    readFestivalIn(ctx, r.end, y, inferred) ??
    readLunarIn(ctx, r.end, y, inferred) ??
    readSolarTerm(ctx, r.end, y, inferred);
  if (festival) return festival;
  const nth = exec(DAY_OF_YEAR, ctx.text, r.end);
  if (nth) {
    const n = num(nth[1]);
    if (n !== null && n >= 1 && n <= 366) {
      const day = addDays({ y, m: 1, d: 1 }, n - 1);
      if (day.y === y)
        return single(moment(day.y, day.m, day.d), 'day', r.end + nth[0].length, inferred);
    }
  }
  const week = exec(WEEK_OF_YEAR, ctx.text, r.end);
  if (week) {
    const n = num(week[1])!;
    const first = { y, m: 1, d: 1 };
    const monday = addDays(addDays(first, (8 - weekday(first)) % 7), (n - 1) * 7);
    return weekFrom(monday, r.end + week[0].length, inferred);
  }
  const p = exec(YEAR_PERIOD, ctx.text, r.end);
  if (p) {
    const end = r.end + p[0].length;
    const name = p[1]!;
    // 年初 and the seasons stay at year precision: which months they cover is a convention.
    if (/^(?:年初|初)$/u.test(name)) return { ...r, end };
    if (name === '伊始') return single(moment(y, 1), 'month', end, inferred);
    const seasonName = /^([春夏秋冬])/u.exec(name)?.[1] as '春' | '夏' | '秋' | '冬' | undefined;
    if (seasonName && !/假/u.test(name)) {
      const bounds = season(seasonName, y);
      if (bounds) return dayRange(bounds[0], bounds[1], 'day', end, inferred);
    }
    if (/^(?:年底|年末|岁末|底|末)$/u.test(name))
      return span(moment(y, 11), 'month', moment(y, 12), 'month', 'month', end, inferred);
    if (name === '年中')
      return span(moment(y, 6), 'month', moment(y, 7), 'month', 'month', end, inferred);
    if (/上半年|前半年/u.test(name))
      return span(moment(y, 1), 'month', moment(y, 6), 'month', 'half', end, inferred);
    if (/下半年|后半年/u.test(name))
      return span(moment(y, 7), 'month', moment(y, 12), 'month', 'half', end, inferred);
    if (name === '首月') return single(moment(y, 1), 'month', end, inferred);
    if (name === '暑假')
      return span(moment(y, 7), 'month', moment(y, 8), 'month', 'month', end, inferred);
    if (name === '寒假')
      return span(moment(y, 1), 'month', moment(y, 2), 'month', 'month', end, inferred);
    return { ...r, end };
  }
  const q = exec(QUARTER, ctx.text, r.end);
  if (q) {
    const end = r.end + q[0].length;
    if (q[1]) {
      const n = num(q[1])!;
      const last = moment(y, n * 3);
      if (q[4] === '末') return single(last, 'month', end, inferred);
      return span(moment(y, n * 3 - 2), 'month', last, 'month', 'quarter', end, inferred);
    }
    const n = num(q[3])!;
    return q[2] === '前'
      ? span(moment(y, 1), 'month', moment(y, n * 3), 'month', 'quarter', end, inferred)
      : span(moment(y, 13 - n * 3), 'month', moment(y, 12), 'month', 'quarter', end, inferred);
  }
  const months = exec(MONTHS_SPAN, ctx.text, r.end);
  if (months) {
    const n = num(months[2])!;
    const end = r.end + months[0].length;
    if (n < 1 || n > 12) return r;
    return months[1] === '前'
      ? span(moment(y, 1), 'month', moment(y, n), 'month', 'month', end, inferred)
      : span(moment(y, 13 - n), 'month', moment(y, 12), 'month', 'month', end, inferred);
  }
  const md = exec(MD, ctx.text, r.end);
  if (md && !/^\d{4}/u.test(ctx.text.slice(r.end)) && !readLunarIn(ctx, r.end, y, inferred)) {
    const inner = readMonthDay({ ...ctx, base: { y, m: 1, d: 1 } }, r.end);
    if (inner) return { ...inner, inferred: new Set(inferred) };
  }
  return r;
}

function refineMonth(ctx: Ctx, r: Reading): Reading {
  if (
    r.granularity !== 'month' ||
    r.fromG !== 'month' ||
    r.from.m !== r.to.m ||
    r.from.y !== r.to.y
  )
    return r;
  const { y, m } = r.from;
  const inferred = [...r.inferred];
  const last = daysInMonth(y, m);
  const p = exec(MONTH_PERIOD, ctx.text, r.end);
  if (p) {
    const end = r.end + p[0].length;
    const name = p[1]!;
    const days: Record<string, [number, number]> = {
      上旬: [1, 10],
      中旬: [11, 20],
      下旬: [21, last],
      月初: [1, 10],
      初: [1, 10],
      月中: [11, 20],
      中: [11, 20],
      月底: [last - 6, last],
      月末: [last - 6, last],
      底: [last - 6, last],
      末: [last - 6, last],
    };
    const [from, to] = days[name]!;
    return span(moment(y, m, from), 'day', moment(y, m, to), 'day', 'day', end, inferred);
  }
  const w = exec(WEEK_OF_MONTH, ctx.text, r.end);
  if (w) {
    const n = num(w[1])!;
    // Weeks of a month start on its first Monday.
    const first = { y, m, d: 1 };
    const monday = addDays(first, (8 - weekday(first)) % 7);
    const start = addDays(monday, (n - 1) * 7);
    const end = r.end + w[0].length;
    if (w[2]) {
      // `第3个星期日`: the third Sunday of the month.
      const firstDay = addDays(first, (WEEKDAYS[w[2]]! - weekday(first) + 7) % 7);
      const day = addDays(firstDay, (n - 1) * 7);
      if (day.m !== m) return r;
      return single(moment(day.y, day.m, day.d), 'day', end, inferred);
    }
    return weekFrom(start, end, inferred);
  }
  const firstDays = exec(FIRST_DAYS, ctx.text, r.end);
  if (firstDays) {
    const n = num(firstDays[1])!;
    if (n >= 1 && n <= last)
      return span(
        moment(y, m, 1),
        'day',
        moment(y, m, n),
        'day',
        'day',
        r.end + firstDays[0].length,
        inferred,
      );
  }
  return r;
}

const PARTS_OF_DAY: Record<string, [number, number]> = {
  凌晨: [0, 5],
  黎明: [4, 6],
  清晨: [5, 8],
  早上: [6, 9],
  早晨: [6, 9],
  早间: [6, 9],
  上午: [8, 11],
  中午: [12, 13],
  午间: [12, 13],
  下午: [13, 17],
  午后: [13, 17],
  傍晚: [17, 19],
  晚上: [19, 23],
  晚间: [19, 23],
  夜里: [20, 23],
  夜间: [20, 23],
  半夜: [23, 23],
  午夜: [0, 0],
  深夜: [22, 23],
  白天: [6, 18],
  晚: [19, 23],
  早: [6, 9],
  夜: [20, 23],
};
const PART_OF_DAY = sticky(alternation(Object.keys(PARTS_OF_DAY)));
/** A time after a date, after a space or a dash (`2021-09-12-11：23`). */
const CLOCK = sticky(String.raw`(?:\s*|-)(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?`);
const HOUR = sticky(
  String.raw`\s*(\d{1,2}|[${CN}]{1,3})\s*[点時时](?:\s*(半)|\s*([一二三1-3])刻|\s*(\d{1,2}|[${CN}]{1,3})\s*分?(?:\s*(\d{1,2}|[${CN}]{1,3})\s*秒)?|\s*(整|许|多钟|多))?`,
);

function to24(hour: number, part: string | null): number {
  if (part === null) return hour;
  const [from] = PARTS_OF_DAY[part]!;
  if (from >= 12 && hour < 12) return hour + 12;
  if ((part === '半夜' || part === '午夜') && hour === 12) return 0;
  return hour;
}

/** A part of the day and/or clock time after a day: `上午`, `晚上8时`, `下午3:00`, `十一点半`. */
function withTime(
  ctx: Ctx,
  r: Reading,
  at: number,
  knownPart: string | null = null,
): Reading | null {
  let pos = at;
  let part = knownPart;
  const p = exec(PART_OF_DAY, ctx.text, pos);
  if (p) {
    part = p[0];
    pos += p[0].length;
  }
  const clock = exec(CLOCK, ctx.text, pos);
  const hour = clock ? null : exec(HOUR, ctx.text, pos);
  const day = r.from;
  if (clock) {
    const h = to24(Number(clock[1]), part);
    const min = Number(clock[2]);
    const s = clock[3] === undefined ? null : Number(clock[3]);
    if (h > 23 || min > 59 || (s ?? 0) > 59) return null;
    const x = moment(day.y, day.m, day.d, h, min, s ?? 0);
    return single(x, s === null ? 'minute' : 'second', pos + clock[0].length, [...r.inferred]);
  }
  if (hour) {
    const h0 = num(hour[1]);
    if (h0 === null || h0 > 24) return null;
    const h = to24(h0 === 24 ? 0 : h0, part);
    const quarter = hour[3] ? num(hour[3])! * 15 : null;
    const min = hour[2] ? 30 : (quarter ?? (hour[4] ? num(hour[4]) : null));
    const s = hour[5] ? num(hour[5]) : null;
    if (min !== null && (min > 59 || min < 0)) return null;
    const x = moment(day.y, day.m, day.d, h, min ?? 0, s ?? 0);
    return single(
      x,
      s !== null ? 'second' : min !== null ? 'minute' : 'hour',
      pos + hour[0].length,
      [...r.inferred],
    );
  }
  if (part && r.granularity === 'day') {
    // A part of the day without a clock keeps the day's precision: `11月29日上午` is 2023-11-29.
    return { ...r, end: pos };
  }
  return null;
}

/** A date expression at `at`, with its refinements and time. */
function readPoint(ctx: Ctx, at: number): Reading | null {
  for (const reader of DATE_READERS) {
    let r = reader(ctx, at);
    if (!r) continue;
    r = refineYear(ctx, r);
    r = refineMonth(ctx, r);
    if (r.granularity === 'day' && RANK[r.fromG] === RANK.day) r = withTime(ctx, r, r.end) ?? r;
    return r;
  }
  // A time alone (`晚上8点`, `下午3:00`) is today's, given a base.
  if (
    ctx.base &&
    /^[\d零一二三四五六七八九十两早午晚夜凌黎清上中下傍半深白]/u.test(ctx.text.slice(at, at + 2))
  ) {
    const today = single(moment(ctx.base.y, ctx.base.m, ctx.base.d), 'day', at, [
      'year',
      'month',
      'day',
    ]);
    const timed = withTime(ctx, today, at);
    if (timed && timed.end > at && RANK[timed.granularity] > RANK.day) return timed;
  }
  return null;
}

const RANGE_JOIN = sticky(String.raw`\s*(?:至|到|~|～|－|—{1,2}|-|起至|直至)\s*`);

/** `7月31日至8月6日`, `2019年4月12-19日`: the second end borrows what it leaves out from the first. */
function readRange(ctx: Ctx, first: Reading): Reading {
  const join = exec(RANGE_JOIN, ctx.text, first.end);
  if (!join) return first;
  const at = first.end + join[0].length;
  const base = { y: first.from.y, m: first.from.m, d: first.from.d };
  // Relative words on the right keep the document's base (`去年到现在`); partial dates take the left's year.
  let second = readPoint(ctx, at);
  const bareTime =
    second !== null &&
    RANK[second.granularity] >= RANK.hour &&
    second.inferred.has('day') &&
    RANK[first.granularity] >= RANK.day;
  if (second && (second.inferred.has('year') || bareTime)) second = readPoint({ ...ctx, base }, at);
  // A bare number after the join is a day (`12-19日`) or month (`1-五月`) of the first.
  if (!second) {
    const dayOnly = exec(sticky(String.raw`(${NUM})\s*[日号]`), ctx.text, at);
    const monthOnly = exec(sticky(String.raw`(${NUM})\s*月`), ctx.text, at);
    if (dayOnly && first.granularity === 'day') {
      const d = num(dayOnly[1]);
      if (d !== null && isValidDate(base.y, base.m, d))
        second = single(moment(base.y, base.m, d), 'day', at + dayOnly[0].length);
    } else if (monthOnly && first.granularity === 'month') {
      const mo = num(monthOnly[1]);
      if (mo !== null && mo >= 1 && mo <= 12)
        second = single(moment(base.y, mo), 'month', at + monthOnly[0].length);
    }
  }
  // `下午1点10分到3点`: a bare later hour keeps the first's afternoon.
  if (
    second &&
    RANK[second.granularity] >= RANK.hour &&
    RANK[first.granularity] >= RANK.hour &&
    compare(second.from, first.from) < 0 &&
    second.from.h < 12
  ) {
    const h = second.from.h + 12;
    second = { ...second, from: { ...second.from, h }, to: { ...second.to, h } };
  }
  if (!second || compare(second.to, first.from) < 0) return first;
  const g =
    RANK[first.granularity] >= RANK[second.granularity] ? first.granularity : second.granularity;
  return {
    from: first.from,
    to: second.to,
    fromG: first.fromG,
    toG: second.toG,
    granularity: g,
    inferred: first.inferred,
    end: second.end,
  };
}

/** A bare number before the join that the second end completes: `2019年4月12-19日`, `2019年1-五月`. */
function readLeadingPartial(ctx: Ctx, at: number): Reading | null {
  const m = exec(
    sticky(
      String.raw`((?:\d{4}|[零〇○一二三四五六七八九]{2,4})年)?(?:(${NUM})月)?(${NUM})(?=\s*(?:至|到|-|~|～|－)\s*${NUM}\s*[日号月])`,
    ),
    ctx.text,
    at,
  );
  if (!m || (!m[1] && !m[2])) return null;
  const y = m[1] ? yearOf(m[1].slice(0, -1), ctx.base) : (ctx.base?.y ?? null);
  if (y === null) return null;
  const monthGiven = m[2] !== undefined;
  const mo = monthGiven ? num(m[2]) : num(m[3]);
  if (mo === null || mo < 1 || mo > 12) return null;
  if (!monthGiven) return single(moment(y, mo), 'month', at + m[0].length, m[1] ? [] : ['year']);
  const d = num(m[3]);
  if (d === null || !isValidDate(y, mo, d)) return null;
  return single(moment(y, mo, d), 'day', at + m[0].length, m[1] ? [] : ['year']);
}

const BEFORE = sticky(String.raw`(?:之前|以前|前)(?![天年月日个周])`);
const SINCE = sticky(String.raw`(?:起|以来|至今|以后|之后)`);

/** `明年6月之前`, `年底前`: from the base to the date; `从去年9月起`: from the date to the base. */
function readOpenEnd(ctx: Ctx, r: Reading): Reading {
  if (!ctx.base) return r;
  const { at: now, g } = nowOf(ctx);
  const before = exec(BEFORE, ctx.text, r.end);
  if (before && compare(r.to, now) > 0) {
    return {
      from: now,
      to: r.to,
      fromG: g,
      toG: r.toG,
      granularity: r.granularity,
      inferred: new Set([...r.inferred, 'year', 'month', 'day']),
      end: r.end + before[0].length,
    };
  }
  const since = exec(SINCE, ctx.text, r.end);
  if (since && compare(r.from, now) <= 0) {
    return {
      from: r.from,
      to: endOf(now, g),
      fromG: r.fromG,
      toG: g,
      granularity: r.granularity,
      inferred: new Set([...r.inferred, 'year', 'month', 'day']),
      end: r.end + since[0].length,
    };
  }
  return r;
}

/** The base as a moment: with its time when the base has one. */
function nowOf(ctx: Ctx): { at: Moment; g: Granularity } {
  const b = ctx.base!;
  if (ctx.clock === 0) return { at: moment(b.y, b.m, b.d), g: 'day' };
  const h = Math.floor(ctx.clock / 3600);
  const min = Math.floor((ctx.clock % 3600) / 60);
  return { at: moment(b.y, b.m, b.d, h, min, ctx.clock % 60), g: 'second' };
}

function compare(a: Moment, b: Moment): number {
  return a.y - b.y || a.m - b.m || a.d - b.d || a.h - b.h || a.min - b.min || a.s - b.s;
}

function format(r: Reading): string {
  if (r.open === 'start') return `../${iso(r.to, r.toG)}`;
  if (r.open === 'end') return `${iso(r.from, r.fromG)}/..`;
  const from = iso(r.from, r.fromG);
  const sameEnd = compare(endOf(r.from, r.fromG), r.to) === 0;
  if (sameEnd) return from;
  return `${from}/${iso(r.to, r.toG === 'week' ? 'day' : r.toG)}`;
}

const INFERRED_ORDER: DatePart[] = ['year', 'month', 'day'];

/** Where a date could start: digits, numerals before a date unit, relative words, festivals. */
const TRIGGER_WORDS = [
  '前天',
  '后天',
  '大前',
  '大后',
  '去年',
  '次日',
  '翌日',
  '本季度',
  '季度',
  '年底',
  '年末',
  '岁末',
  '年初',
  '年中',
  '上半年',
  '下半年',
  '过去',
  '未来',
  '农历',
  '阴历',
  '正月',
  '腊月',
  '冬月',
  '上上',
  '下下',
  '日前',
  '连日',
  '现在',
  '目前',
  '当前',
  '如今',
  '凌晨',
  '黎明',
  '清晨',
  '上午',
  '中午',
  '下午',
  '傍晚',
  '半夜',
  '深夜',
  '白天',
  '来年',
  '后年',
  '除夕',
  ...Object.keys(SOLAR_FESTIVALS),
  ...Object.keys(LUNAR_FESTIVALS),
  ...Object.keys(WEEKDAY_FESTIVALS),
];
const TRIGGER = new RegExp(
  [
    String.raw`\d`,
    String.raw`[${CN}]{1,4}(?=\s*(?:年|月|日|号|点|时|世纪|年代)|多?个|多?[天周]|小时|分钟|分半钟|刻钟|秒|星期|礼拜|季度)`,
    String.raw`当[天日月年]`,
    String.raw`本[月年周]`,
    String.raw`这个?(?:[月周]|季度)`,
    String.raw`[上下][个一]?(?:[月周年]|礼拜|星期|季度)`,
    String.raw`半(?=[年个天小钟分])`,
    // `过两天` (in a couple of days), not `经过两天`, `度过两天`, `超过两天` (durations).
    String.raw`(?<![经度通超不越穿跨错闯难渡熬挨])过(?=(?:[两二三四五六七八九十几]|一两)天)`,
    alternation(TRIGGER_WORDS),
    '[今昨明近最早晚夜周星礼午闰]',
  ].join('|'),
  'gu',
);

/** Words the trigger catches that are not dates here (`明显`, `晚会`, `前天` in `前天下`…). */
const NOT_DATE =
  /^(?:明显|明确|明白|晚会|晚报|早已|早就|早期|周围|周边|周年|周期|今后|当年度|星级|礼物|礼堂|夜班|午餐|晚餐|早餐|当月度)/u;

export interface DateOptions {
  /** ISO date (or date-time) that relative and partial dates resolve against. */
  baseDate?: string | null;
}

function baseOf(value: string | null | undefined): Ymd | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(value) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

function clockOf(value: string | null | undefined): number {
  const m = value ? /T(\d{2}):(\d{2})(?::(\d{2}))?/u.exec(value) : null;
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : 0;
}

export function findDates(original: string, options: DateOptions = {}): FoundDate[] {
  const text = simplified(original);
  const ctx: Ctx = { text, base: baseOf(options.baseDate), clock: clockOf(options.baseDate) };
  const found: FoundDate[] = [];
  let after = 0;
  for (const t of text.matchAll(TRIGGER)) {
    const at = t.index;
    if (at < after) continue;
    if (NOT_DATE.test(text.slice(at, at + 4))) continue;
    if (at > 0 && /\d/u.test(text[at - 1]!) && /\d/u.test(text[at]!)) continue;
    const first = readLeadingPartial(ctx, at) ?? readPoint(ctx, at);
    if (!first) continue;
    const r = readOpenEnd(ctx, readRange(ctx, first));
    if (r.end <= at) continue;
    // A year alone needs 年 (`2021年`); bare `2018` is a number, and `3年` after a count is a duration.
    const matched = text.slice(at, r.end);
    if (isDuration(text, at, r.end, matched)) continue;
    found.push({
      start: at,
      end: r.end,
      text: original.slice(at, r.end),
      value: format(r),
      granularity: r.granularity,
      inferred: INFERRED_ORDER.filter((p) => r.inferred.has(p)),
    });
    after = r.end;
  }
  return found;
}

/** `五年`, `3年` (durations) look like years: a year needs four digits or a following month. */
function isDuration(text: string, start: number, end: number, matched: string): boolean {
  const yearOnly = /^(\d{1,3}|[零〇○一二两三四五六七八九十]{1,3})\s*年$/u.exec(matched);
  if (!yearOnly) return false;
  // `03年`, `九七年` are years; `3年`, `五年`, `十年` are spans of time.
  const digits = yearOnly[1]!;
  // Two digits are a year when written like one (`03年`, `98年`); `10年` and `20年` are spans of time.
  const twoDigitYear =
    /^(?:0\d|[3-9]\d)$/u.test(digits) || /^[零〇○一二三四五六七八九]{2}$/u.test(digits);
  const next = text.slice(end, end + 2);
  // A leading zero counts no years (`07年以后` is after 2007).
  if (/^0\d$/u.test(digits)) return false;
  return (
    !twoDigitYear ||
    /^(?:[来多半以间内里后前]|的时间)/u.test(next) ||
    /[近约余多]$/u.test(text.slice(Math.max(0, start - 1), start))
  );
}
