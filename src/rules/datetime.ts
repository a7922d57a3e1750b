/**
 * Publish dates as pages write them, to ISO 8601. Used for meta lines, `<meta>` values,
 * JSON-LD and URLs. Chinese pages without a zone are China Standard Time (+08:00).
 */

export interface FoundDate {
  /** ISO 8601: `2023-11-30`, `2023-11-30T11:15`, `2023-11-30T11:15:27+08:00`. */
  iso: string;
  /** Index and length of the match in the searched text. */
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

const ISO =
  /(?<!\d)(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?\s?(Z|[+-]\d{2}:?\d{2})?(?!\d)/u;
const CJK =
  /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)(?:\s*日)?(?:\s*(?:(上午|下午|晚上|早上|凌晨|中午)\s*)?(\d{1,2})\s*[:：时點点]\s*(\d{1,2})(?!\d)(?:\s*分)?(?:(?:\s*[:：])?\s*(\d{1,2})(?!\d)(?:\s*秒)?)?)?/u;
/** `9/17/2004 5:54:13 AM`: month first when the first number can be a month, as US pages write it. */
const SLASH_MDY =
  /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP])\.?M\.?)?/iu;
const ENGLISH_MDY =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b(?:[,\s]+(?:at\s+)?(\d{1,2}):(\d{2})\s*([ap])\.?m\.?)?/iu;
const ENGLISH_DMY =
  /\b(\d{1,2})\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(\d{4})\b(?:[,\s]+(?:at\s+)?(\d{1,2}):(\d{2}))?/iu;

function valid(y: number, m: number, d: number, h = 0, min = 0, s = 0): boolean {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || h > 23 || min > 59 || s > 59)
    return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function isoOf(
  y: number,
  m: number,
  d: number,
  time: [number, number, number | null] | null,
  zone: string | null,
): string {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  const [h, min, s] = time;
  const clock = s === null ? `${pad(h)}:${pad(min)}` : `${pad(h)}:${pad(min)}:${pad(s)}`;
  return `${date}T${clock}${zone ?? ''}`;
}

function normalizeZone(zone: string | undefined): string | null {
  if (!zone) return null;
  if (zone === 'Z') return '+00:00';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function to24(h: number, part: string | undefined): number {
  if (!part) return h;
  if ((part === '下午' || part === '晚上' || part === 'p') && h < 12) return h + 12;
  if ((part === 'a' || part === '凌晨' || part === '早上' || part === '上午') && h === 12) return 0;
  return h;
}

/**
 * Labels of dates of something other than the page: a blog's creation, a member's sign-up, a
 * deadline. (An update time is still the page's, and the best there is when nothing else is.)
 */
const LABEL_WINDOW = 12;
const OTHER_DATE_LABEL =
  /(?:建立于|创建于|注册于|加入于|注册时间|加入时间|注册日期|生日|到期|截止)\s*(?:[:：]\s*)?$/u;

/**
 * The first publish-style date in `text`. `zone` is added to times that carry none
 * (`+08:00` for Chinese pages); dates without a time never get a zone. A date under a label
 * of something else (`注册时间：2003-01-01`) is no publish date and is not returned.
 */
export function findDate(text: string, zone: string | null = null): FoundDate | null {
  const candidates: FoundDate[] = [];
  const iso = ISO.exec(text);
  if (iso) {
    const [y, m, d, h, min] = [iso[1], iso[2], iso[3], iso[4], iso[5]].map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const s = iso[6] === undefined ? null : Number(iso[6]);
    if (valid(y, m, d, h, min, s ?? 0)) {
      candidates.push({
        iso: isoOf(y, m, d, [h, min, s], normalizeZone(iso[7]) ?? zone),
        index: iso.index,
        length: iso[0].length,
      });
    }
  }
  const cjk = CJK.exec(text);
  if (cjk) {
    const [y, m, d] = [cjk[1], cjk[2], cjk[3]].map(Number) as [number, number, number];
    const hasTime = cjk[5] !== undefined && cjk[6] !== undefined;
    const h = hasTime ? to24(Number(cjk[5]), cjk[4]) : 0;
    const min = hasTime ? Number(cjk[6]) : 0;
    const s = cjk[7] === undefined ? null : Number(cjk[7]);
    if (valid(y, m, d, h, min, s ?? 0)) {
      candidates.push({
        iso: isoOf(y, m, d, hasTime ? [h, min, s] : null, zone),
        index: cjk.index,
        length: cjk[0].length,
      });
    }
  }
  const slash = SLASH_MDY.exec(text);
  if (slash) {
    const [a, b, y] = [slash[1], slash[2], slash[3]].map(Number) as [number, number, number];
    const [m, d] = a <= 12 ? [a, b] : [b, a];
    const hasTime = slash[4] !== undefined;
    const h = hasTime ? to24(Number(slash[4]), slash[7]!.toLowerCase()) : 0;
    const min = hasTime ? Number(slash[5]) : 0;
    const s = slash[6] === undefined ? null : Number(slash[6]);
    if (valid(y, m, d, h, min, s ?? 0)) {
      candidates.push({
        iso: isoOf(y, m, d, hasTime ? [h, min, s] : null, zone),
        index: slash.index,
        length: slash[0].length,
      });
    }
  }
  for (const [re, order] of [
    [ENGLISH_MDY, 'mdy'],
    [ENGLISH_DMY, 'dmy'],
  ] as const) {
    const e = re.exec(text);
    if (!e) continue;
    const month = MONTHS[(order === 'mdy' ? e[1] : e[2])!.toLowerCase()] ?? 0;
    const day = Number(order === 'mdy' ? e[2] : e[1]);
    const y = Number(e[3]);
    const hasTime = e[4] !== undefined;
    const h = hasTime ? to24(Number(e[4]), order === 'mdy' ? e[6]?.toLowerCase() : undefined) : 0;
    const min = hasTime ? Number(e[5]) : 0;
    if (valid(y, month, day, h, min)) {
      candidates.push({
        iso: isoOf(y, month, day, hasTime ? [h, min, null] : null, null),
        index: e.index,
        length: e[0].length,
      });
    }
  }
  const publishable = candidates.filter(
    (c) => !OTHER_DATE_LABEL.test(text.slice(Math.max(0, c.index - LABEL_WINDOW), c.index)),
  );
  if (publishable.length === 0) return null;
  // The earliest match wins; at one place, the longest (most precise) one.
  publishable.sort((a, b) => a.index - b.index || b.length - a.length);
  return publishable[0]!;
}

/** A date found in a URL path (`/2023/11/30/`, `/20231130/`, `/2023-11/30/`): day precision. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /(?<!\d)(20\d{2}|19\d{2})[/_-]?(\d{2})[/_-]?(\d{2})(?!\d)/u.exec(path) ??
    /(?<!\d)(20\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/u.exec(path);
  if (!m) return null;
  const [y, mo, d] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  return valid(y, mo, d) ? isoOf(y, mo, d, null, null) : null;
}

const YEAR_MONTH =
  /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])|-(\d{2})(?![\d-]))/u;

/** A month-precise date (`1998年3月号`, `2003-05`) → `1998-03`, for pages that give no day. */
export function findMonth(text: string): string | null {
  const m = YEAR_MONTH.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const month = Number(m[2] ?? m[3]);
  return valid(y, month, 1) ? `${y}-${pad(month)}` : null;
}

const ZONED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)([+-]\d{2}:\d{2})$/u;
const CLOCK = /(?<!\d)([01]?\d|2[0-3])[:：]([0-5]\d)(?![\d:])/u;
/** Offsets in use run from -12:00 to +14:00, in quarter hours. */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The zone the page shows a zoned time in: `<time datetime="2022-02-06T12:48:06+00:00">06/02/2022
 * - 13:48</time>` is shown at +01:00. Null when the shown text has no clock, or shows the same
 * clock, or a difference that is no zone offset.
 */
export function shownOffset(datetime: string, shown: string): string | null {
  const zoned = ZONED.exec(datetime.trim());
  const clock = CLOCK.exec(shown);
  if (!zoned || !clock) return null;
  const instant = Date.parse(`${zoned[1]}${zoned[2]}`);
  if (Number.isNaN(instant)) return null;
  const utc = new Date(instant);
  const shownMinutes = Number(clock[1]) * 60 + Number(clock[2]);
  const utcMinutes = utc.getUTCHours() * 60 + utc.getUTCMinutes();
  let offset = shownMinutes - utcMinutes;
  if (offset < MIN_OFFSET) offset += 24 * 60;
  if (offset > MAX_OFFSET) offset -= 24 * 60;
  if (offset < MIN_OFFSET || offset > MAX_OFFSET || offset % 15 !== 0) return null;
  const text = offsetText(offset);
  return text === zoned[2] ? null : text;
}

/** The same instant written at another offset: `2022-02-06T12:48:06+00:00` at `+01:00` → `…13:48:06+01:00`. */
export function atOffset(iso: string, offset: string): string {
  const zoned = ZONED.exec(iso);
  const m = /^([+-])(\d{2}):(\d{2})$/u.exec(offset);
  if (!zoned || !m) return iso;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const local = new Date(Date.parse(`${zoned[1]}${zoned[2]}`) + minutes * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const seconds = zoned[1]!.length > 16 ? `:${pad(local.getUTCSeconds())}` : '';
  return `${date}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${seconds}${offset}`;
}
