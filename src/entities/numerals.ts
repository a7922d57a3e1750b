/**
 * Chinese and Arabic numerals to values: `一百二十三万` → 1230000, `二〇二三` → 2023,
 * `九万四` → 94000, `5萬4千6百` → 54600, `三分之一` → 0.333…, `负三十二` → -32.
 */

export const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  洞: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  弎: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
export const CN_SMALL_UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
export const CN_BIG_UNITS: Record<string, number> = {
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  兆: 1e12,
};

export const DIGIT_CHARS = Object.keys(CN_DIGITS).join('');
export const UNIT_CHARS = [...Object.keys(CN_SMALL_UNITS), ...Object.keys(CN_BIG_UNITS)].join('');

type Token =
  | { kind: 'num'; value: number; chinese: boolean }
  | { kind: 'small'; value: number }
  | { kind: 'big'; value: number }
  | { kind: 'zero' };

/** Splits an integer numeral (no sign, point or fraction) into digits, numbers and units. */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  const chars = text.replace(/[\s,]/gu, '');
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < chars.length && chars[j]! >= '0' && chars[j]! <= '9') j++;
      tokens.push({ kind: 'num', value: Number(chars.slice(i, j)), chinese: false });
      i = j - 1;
    } else if (c in CN_DIGITS) {
      const value = CN_DIGITS[c]!;
      tokens.push(value === 0 ? { kind: 'zero' } : { kind: 'num', value, chinese: true });
    } else if (c in CN_SMALL_UNITS) tokens.push({ kind: 'small', value: CN_SMALL_UNITS[c]! });
    else if (c in CN_BIG_UNITS) tokens.push({ kind: 'big', value: CN_BIG_UNITS[c]! });
    else return null;
  }
  return tokens;
}

/** Below 10000: `一百零十` → 110, `一千三` → 1300 (a bare digit after a unit is one unit lower). */
function small(tokens: Token[]): number | null {
  if (tokens.length === 0) return 0;
  const digits = tokens.filter((t) => t.kind === 'num' || t.kind === 'zero');
  // Digit by digit, as years are written: 二〇二三.
  if (digits.length === tokens.length && digits.length > 1) {
    if (!digits.every((t) => t.kind === 'zero' || (t.kind === 'num' && t.chinese))) return null;
    // Only years are written digit by digit: four digits, or a 〇 among them.
    if (digits.length < 4 && !digits.some((t) => t.kind === 'zero')) return null;
    return Number(digits.map((t) => (t.kind === 'num' ? t.value : 0)).join(''));
  }
  let result = 0;
  let current: number | null = null;
  let lastUnit: number | null = null;
  let zeroAfterUnit = false;
  for (const t of tokens) {
    if (t.kind === 'num') {
      if (current !== null) return null;
      current = t.value;
    } else if (t.kind === 'zero') {
      zeroAfterUnit = true;
      current = null;
    } else if (t.kind === 'small') {
      if (lastUnit !== null && t.value >= lastUnit && current === null) return null;
      result += (current ?? 1) * t.value;
      lastUnit = t.value;
      current = null;
      zeroAfterUnit = false;
    } else {
      return null;
    }
  }
  if (current !== null)
    result +=
      lastUnit !== null && !zeroAfterUnit && lastUnit >= 100 ? (current * lastUnit) / 10 : current;
  return result;
}

/** Any integer: split at the last 亿, then the last 万 (`十万亿`, `10万万`, `四千萬零六千`). */
function integer(tokens: Token[]): number | null {
  let last = -1;
  let unit = 0;
  for (const big of [1e12, 1e8, 1e4]) {
    last = tokens.findLastIndex((t) => t.kind === 'big' && t.value === big);
    if (last >= 0) {
      unit = big;
      break;
    }
  }
  if (last < 0) return small(tokens);
  const left = tokens.slice(0, last);
  const right = tokens.slice(last + 1);
  const high = left.length === 0 ? 1 : integer(left);
  if (high === null) return null;
  // `九万四`: a lone digit right after a big unit counts in the unit below it.
  const lone = right.length === 1 && right[0]!.kind === 'num' && right[0]!.chinese;
  const low = lone ? (right[0] as { value: number }).value * (unit / 10) : integer(right);
  if (low === null) return null;
  return high * unit + low;
}

const DECIMAL_POINT = /[点點.]/u;

/** A numeral without sign or fraction: integer part, optional decimal digits. */
function unsigned(text: string): number | null {
  const [whole = '', fraction] = text.split(DECIMAL_POINT);
  const tokens = tokenize(whole);
  if (!tokens) return null;
  const base = whole.trim() === '' && fraction !== undefined ? 0 : integer(tokens);
  if (base === null) return null;
  if (fraction === undefined) return base;
  const digits = [...fraction.replace(/\s/gu, '')].map((c) =>
    c >= '0' && c <= '9' ? Number(c) : CN_DIGITS[c],
  );
  if (digits.length === 0 || digits.some((d) => d === undefined)) return null;
  return base + Number(`0.${digits.join('')}`);
}

/**
 * The value of a numeral as written: signs (`负`, `-`), fractions (`三分之一`, `3/2`), mixed
 * fractions (`五又三分之一`), scientific notation (`2e5`) and thousands separators.
 */
export function numeralValue(raw: string): number | null {
  const text = raw.replace(/\s+/gu, ' ').trim();
  const negative = /^[负負\-−]/u.test(text);
  const body = negative ? text.slice(1).trim() : text;
  if (/^\d[\d,]*(?:\.\d+)?e[+-]?\d+$/iu.test(body) || /^\.\d+$/u.test(body)) {
    const value = Number(body.replace(/,/gu, ''));
    return Number.isFinite(value) ? (negative ? -value : value) : null;
  }
  const power = /^(\d+(?:\.\d+)?)\^([+-]*)(\d+)$/u.exec(body);
  if (power) {
    const minus = (power[2]!.match(/-/gu)?.length ?? 0) % 2 === 1;
    const value = Number(power[1]) ** ((minus ? -1 : 1) * Number(power[3]));
    return Number.isFinite(value) ? (negative ? -value : value) : null;
  }
  const arabicMixed = /^(\d+)\s+(\d+)\s?\/\s?(\d+)$/u.exec(body);
  if (arabicMixed) {
    const value = Number(arabicMixed[1]) + Number(arabicMixed[2]) / Number(arabicMixed[3]);
    return Number(arabicMixed[3]) === 0 ? null : negative ? -value : value;
  }
  // Split at markers with indexOf, not with lazy regexes that backtrack on hostile input.
  const and = body.indexOf('又');
  if (and > 0) {
    const whole = numeralValue(body.slice(0, and));
    const part = numeralValue(body.slice(and + 1));
    return whole === null || part === null ? null : (negative ? -1 : 1) * (whole + part);
  }
  const per = /分\s*之/u.exec(body);
  const slash = per ? null : /^(\d+(?:\.\d+)?)\s?\/\s?(\d+(?:\.\d+)?)$/u.exec(body);
  if ((per && per.index > 0) || slash) {
    const denominatorText = per ? body.slice(0, per.index) : slash![2]!;
    const numeratorText = per ? body.slice(per.index + per[0].length) : slash![1]!;
    if (numeratorText.trim() === '') return null;
    const denominator = numeralValue(denominatorText);
    const numerator = numeralValue(numeratorText);
    if (denominator === null || numerator === null || denominator === 0) return null;
    return (negative ? -1 : 1) * (numerator / denominator);
  }
  // `1.8亿`, `3.5万`, `10万万`: an Arabic number scaled by trailing big units.
  const scaled = /^(\d[\d,]*(?:\.\d+)?)\s?([万亿萬億]+)$/u.exec(body);
  if (scaled) {
    const base = Number(scaled[1]!.replace(/,/gu, ''));
    const factor = [...scaled[2]!].reduce((f, c) => f * (c === '万' || c === '萬' ? 1e4 : 1e8), 1);
    return tidy((negative ? -1 : 1) * base * factor);
  }
  const value = unsigned(body.replace(/,(?=\d{3}(?:\D|$))/gu, ''));
  return value === null ? null : negative ? -value : value;
}

/** Rounds away binary noise (0.1 + 0.2) so values print as written. */
export function tidy(value: number): number {
  return Number.parseFloat(value.toPrecision(15));
}
