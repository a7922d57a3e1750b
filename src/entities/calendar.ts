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
  const diff = Date.UTC(thursday.y, thursday.m - 1, thursday.d) - Date.UTC(firstThursday.y, firstThursday.m - 1, firstThursday.d);
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
  lunarFormat ??= new Intl.DateTimeFormat('zh-u-ca-chinese', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
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
