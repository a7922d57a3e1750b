/** Evaluating a date value (ISO, cut to a granularity, or an ISO interval) against an expected span. */

export interface Interval {
  start: number;
  end: number;
}

const UNITS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
export type Unit = (typeof UNITS)[number];

function parts(iso: string): { fields: number[]; unit: Unit } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2}))?)?)?)?)?$/u.exec(iso);
  if (!m) return null;
  const fields = m
    .slice(1)
    .filter((x) => x !== undefined)
    .map(Number);
  return { fields, unit: UNITS[fields.length - 1]! };
}

function startOf(fields: number[]): number {
  const [y, mo = 1, d = 1, h = 0, mi = 0, s = 0] = fields;
  return Date.UTC(y!, mo - 1, d, h, mi, s);
}

function endOf(fields: number[]): number {
  const [y, mo, d, h, mi, s] = fields;
  if (mo === undefined) return Date.UTC(y! + 1, 0, 1) - 1000;
  if (d === undefined) return Date.UTC(y!, mo, 1) - 1000;
  if (h === undefined) return Date.UTC(y!, mo - 1, d + 1) - 1000;
  if (mi === undefined) return Date.UTC(y!, mo - 1, d, h + 1) - 1000;
  if (s === undefined) return Date.UTC(y!, mo - 1, d, h, mi + 1) - 1000;
  return Date.UTC(y!, mo - 1, d, h, mi, s);
}

/** The interval a value covers, and its finest unit. */
export function valueInterval(
  value: string,
): { interval: Interval; unit: Unit; endUnit: Unit } | null {
  const [a, b] = value.split('/');
  // Open intervals: `../2019-12`, `2021-12/..`.
  if (a === '..' || b === '..') {
    const known = valueInterval(a === '..' ? b! : a!);
    if (!known) return null;
    return {
      interval:
        a === '..'
          ? { start: -Infinity, end: known.interval.end }
          : { start: known.interval.start, end: Infinity },
      unit: known.unit,
      endUnit: known.endUnit,
    };
  }
  const pa = parts(a!);
  if (!pa) return null;
  const pb = b === undefined ? pa : parts(b);
  if (!pb) return null;
  const unit = UNITS.indexOf(pa.unit) >= UNITS.indexOf(pb.unit) ? pa.unit : pb.unit;
  return { interval: { start: startOf(pa.fields), end: endOf(pb.fields) }, unit, endUnit: pb.unit };
}

/** `YYYY-MM-DD HH:MM:SS` (or `inf`) to ms. */
export function stamp(text: string, side: 'start' | 'end'): number {
  if (/inf/u.test(text)) return side === 'start' ? -Infinity : Infinity;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?/u.exec(text);
  if (!m) return NaN;
  return Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
}

/** The finest unit both ends of an expected span are aligned to (its granularity). */
export function spanUnit(start: number, end: number): Unit {
  if (start === end) return 'second';
  // The coarsest unit both ends align to; an end may be inclusive (…:59) or a boundary (20:00:00).
  const aligned = (t: number, unit: Unit): boolean => {
    if (!Number.isFinite(t)) return true;
    const d = new Date(t);
    const checks: Record<Unit, boolean> = {
      second: true,
      minute: d.getUTCSeconds() === 0,
      hour: d.getUTCSeconds() === 0 && d.getUTCMinutes() === 0,
      day: d.getUTCSeconds() === 0 && d.getUTCMinutes() === 0 && d.getUTCHours() === 0,
      month:
        d.getUTCSeconds() === 0 &&
        d.getUTCMinutes() === 0 &&
        d.getUTCHours() === 0 &&
        d.getUTCDate() === 1,
      year:
        d.getUTCSeconds() === 0 &&
        d.getUTCMinutes() === 0 &&
        d.getUTCHours() === 0 &&
        d.getUTCDate() === 1 &&
        d.getUTCMonth() === 0,
    };
    return checks[unit];
  };
  for (const unit of ['year', 'month', 'day', 'hour', 'minute'] as const) {
    if (aligned(start, unit) && (aligned(end + 1000, unit) || aligned(end, unit))) return unit;
  }
  return 'second';
}

function unitLength(unit: Unit): number {
  return {
    year: 365 * 864e5,
    month: 28 * 864e5,
    day: 864e5,
    hour: 36e5,
    minute: 6e4,
    second: 1000,
  }[unit];
}

/** Inside the expected span, and no coarser than it. */
export function withinSpan(value: string, start: number, end: number): boolean {
  const v = valueInterval(value);
  if (!v) return false;
  const tolerance = 1000;
  // A range's end names a unit (`至下午8点`): it is inside when that unit starts by the expected end.
  const lastUnitStart = v.interval.end - unitLength(v.endUnit) + 1000;
  const inside =
    v.interval.start >= start - tolerance &&
    (v.interval.end <= end + tolerance || lastUnitStart <= end + tolerance);
  return inside && UNITS.indexOf(v.unit) >= UNITS.indexOf(spanUnit(start, end));
}
