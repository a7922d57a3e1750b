/**
 * Calendar arithmetic on plain dates (no time zones: every date here is a local calendar date),
 * and the Chinese lunisolar calendar through Intl, for festivals such as 春节 and 中秋.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(date: Ymd): number {
  const day = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: Ymd): Ymd {
  return addDays(date, 1 - weekday(date));
}

/** ISO 8601 week: `2023-W47`. */
export function isoWeek(date: Ymd): string {
  const thursday = addDays(date, 4 - weekday(date));
  const first = { y: thursday.y, m: 1, d: 1 };
  const firstThursday = addDays(first, (4 - weekday(first) + 7) % 7);
  const diff =
    Date.UTC(thursday.y, thursday.m - 1, thursday.d) -
    Date.UTC(firstThursday.y, firstThursday.m - 1, firstThursday.d);
  const week = Math.round(diff / (7 * 864e5)) + 1;
  return `${thursday.y}-W${String(week).padStart(2, '0')}`;
}

const lunarCache = new Map<number, Map<string, Ymd>>();
let lunarFormat: Intl.DateTimeFormat | null = null;

/** Lunar month/day → Gregorian date, for the lunar year that begins in Gregorian `year`. */
export function lunarToSolar(year: number, month: number, day: number, leap = false): Ymd | null {
  let table = lunarCache.get(year);
  if (!table) {
    table = buildLunarYear(year);
    lunarCache.set(year, table);
  }
  return table.get(`${leap ? 'L' : ''}${month}-${day}`) ?? null;
}

/** Days of the lunar year `year` (from its 正月初一 in Jan/Feb to the next one), keyed `month-day`. */
function buildLunarYear(year: number): Map<string, Ymd> {
  lunarFormat ??= new Intl.DateTimeFormat('zh-u-ca-chinese', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const table = new Map<string, Ymd>();
  let date: Ymd = { y: year, m: 1, d: 15 };
  for (let i = 0; i < 420; i++, date = addDays(date, 1)) {
    const parts = lunarFormat.formatToParts(new Date(Date.UTC(date.y, date.m - 1, date.d)));
    const related = Number(parts.find((p) => (p.type as string) === 'relatedYear')?.value ?? NaN);
    const monthText = parts.find((p) => p.type === 'month')?.value ?? '';
    const dayNumber = Number(parts.find((p) => p.type === 'day')?.value ?? NaN);
    if (related !== year) continue;
    const leap = /闰|bis/u.test(monthText);
    const monthNumber = Number(monthText.replace(/\D/gu, '')) || chineseMonth(monthText);
    table.set(`${leap ? 'L' : ''}${monthNumber}-${dayNumber}`, date);
  }
  return table;
}

const MONTH_NAMES = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '腊'];

function chineseMonth(text: string): number {
  const name = text.replace(/[闰月]/gu, '');
  const index = MONTH_NAMES.indexOf(name);
  return index < 0 ? (name === '冬' ? 11 : NaN) : index + 1;
}

/** The last day of the lunar year that begins in `year` (除夕). */
export function lunarNewYearsEve(year: number): Ymd | null {
  const next = lunarToSolar(year + 1, 1, 1);
  return next ? addDays(next, -1) : null;
}

/** The 24 solar terms: month and the 21st-century constant of the standard approximation. */
const SOLAR_TERMS: Record<string, [number, number]> = {
  小寒: [1, 5.4055],
  大寒: [1, 20.12],
  立春: [2, 3.87],
  雨水: [2, 18.73],
  惊蛰: [3, 5.63],
  春分: [3, 20.646],
  清明: [4, 4.81],
  谷雨: [4, 20.1],
  立夏: [5, 5.52],
  小满: [5, 21.04],
  芒种: [6, 5.678],
  夏至: [6, 21.37],
  小暑: [7, 7.108],
  大暑: [7, 22.83],
  立秋: [8, 7.5],
  处暑: [8, 23.13],
  白露: [9, 7.646],
  秋分: [9, 23.042],
  寒露: [10, 8.318],
  霜降: [10, 23.438],
  立冬: [11, 7.438],
  小雪: [11, 22.36],
  大雪: [12, 7.18],
  冬至: [12, 21.94],
};

export const SOLAR_TERM_NAMES = Object.keys(SOLAR_TERMS);

/**
 * The date of a solar term in a Gregorian year (the common approximation for 1901–2099: right
 * within a day). 小寒 and 大寒 close the solar year, so they fall in January of the next year.
 */
export function solarTerm(name: string, year: number): Ymd | null {
  const term = SOLAR_TERMS[name];
  if (!term || year < 1901 || year > 2099) return null;
  const [month, c] = term;
  const y = month <= 1 ? year + 1 : year;
  const yy = y % 100;
  const century = y >= 2000 ? c : c + (y < 2000 ? 0.6 : 0);
  const leapAdjust = month <= 2 ? Math.floor((yy - 1) / 4) : Math.floor(yy / 4);
  const day = Math.floor(yy * 0.2422 + century) - leapAdjust;
  return isValidDate(y, month, day) ? { y, m: month, d: day } : null;
}

/** Seasons by the solar terms that open them (立春, 立夏, 立秋, 立冬). */
export function season(name: '春' | '夏' | '秋' | '冬', year: number): [Ymd, Ymd] | null {
  const opening = { 春: '立春', 夏: '立夏', 秋: '立秋', 冬: '立冬' } as const;
  const next = {
    春: ['立夏', year],
    夏: ['立秋', year],
    秋: ['立冬', year],
    冬: ['立春', year + 1],
  } as const;
  const start = solarTerm(opening[name], year);
  const [nextName, nextYear] = next[name];
  const after = solarTerm(nextName, nextYear);
  return start && after ? [start, addDays(after, -1)] : null;
}
