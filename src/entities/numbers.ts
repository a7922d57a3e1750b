/**
 * Numbers in Chinese (and English) text, found by our own scanner — jieba splits digit runs —
 * with value, approximation, unit and kind. Codes (hotlines, phone numbers, area codes, ID-like
 * strings, digits inside names and URLs) are never quantities. Digits inside a date belong to
 * the date (the caller passes the dates' spans as taken).
 */
import type { Approx, NumberEntity, NumberKind } from '../document/types.js';
import { CN_DIGITS, DIGIT_CHARS, numeralValue, tidy, UNIT_CHARS } from './numerals.js';
import { simplified } from './traditional.js';
import { alternation } from './words.js';

/** A number entity before it is placed in an article: UTF-16 offsets in the text. */
export type FoundNumber = Omit<NumberEntity, 'at'> & { start: number; end: number };

/** Spans already claimed (dates): numbers never overlap them. */
export type Taken = (start: number, end: number) => boolean;

// Money, longest first, with the ISO code and the factor folded into the unit (`亿元`).
const CURRENCIES: ReadonlyArray<readonly [string, string, number]> = [
  ['万亿元', 'CNY', 1e12],
  ['亿元', 'CNY', 1e8],
  ['万元', 'CNY', 1e4],
  ['千元', 'CNY', 1e3],
  ['元人民币', 'CNY', 1],
  ['人民币', 'CNY', 1],
  ['元', 'CNY', 1],
  ['块钱', 'CNY', 1],
  ['块', 'CNY', 1],
  ['亿美元', 'USD', 1e8],
  ['万美元', 'USD', 1e4],
  ['美元', 'USD', 1],
  ['美金', 'USD', 1],
  ['亿欧元', 'EUR', 1e8],
  ['万欧元', 'EUR', 1e4],
  ['欧元', 'EUR', 1],
  ['英镑', 'GBP', 1],
  ['亿日元', 'JPY', 1e8],
  ['万日元', 'JPY', 1e4],
  ['日元', 'JPY', 1],
  ['日圆', 'JPY', 1],
  ['港元', 'HKD', 1],
  ['港币', 'HKD', 1],
  ['澳元', 'AUD', 1],
  ['加拿大元', 'CAD', 1],
  ['加元', 'CAD', 1],
  ['卢布', 'RUB', 1],
  ['韩元', 'KRW', 1],
  ['瑞士法郎', 'CHF', 1],
  ['法郎', 'CHF', 1],
  ['新台币', 'TWD', 1],
  ['新加坡元', 'SGD', 1],
  ['印度卢比', 'INR', 1],
  ['卢比', 'INR', 1],
  ['泰铢', 'THB', 1],
  ['澳门币', 'MOP', 1],
  ['台币', 'TWD', 1],
  ['美圆', 'USD', 1],
  ['奈拉', 'NGN', 1],
  ['比特币', 'BTC', 1],
];
/** Currency signs written before the amount: `$20`, `￥300`, `€5`. */
const SIGN_BEFORE = /(?:US\$|HK\$|[$＄￥¥€£])\s?$/u;
const SIGN_CODES: Record<string, string> = {
  US$: 'USD',
  HK$: 'HKD',
  $: 'USD',
  '＄': 'USD',
  '￥': 'CNY',
  '¥': 'CNY',
  '€': 'EUR',
  '£': 'GBP',
};
const SCALE_WORD = /^\s?(thousand|million|billion|trillion|bn|m)\b/iu;
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};
/** `人民币 50元`: the currency named before the amount belongs to it. */
const NAMED_BEFORE = /人民币\s*$/u;
/** Tenths and hundredths of a yuan after it: `五元三毛`, `50元6角三分`, `3块5`. */
const JIAO_FEN =
  /^([零一二两三四五六七八九\d])[角毛](?:([零一二两三四五六七八九\d])(?:分(?!钟))?)?|^([一二两三四五六七八九\d])分(?!钟)/u;
const CURRENCY = new Map(CURRENCIES.map(([u, code]) => [u, code]));
const UNIT_FACTOR = new Map<string, number>([
  ...CURRENCIES.map(([u, , f]) => [u, f] as const),
  ['万人次', 1e4],
  ['万人', 1e4],
  ['万亩', 1e4],
  ['万户', 1e4],
  ['万吨', 1e4],
  ['亿人次', 1e8],
  ['亿人', 1e8],
  ['打', 12],
]);

/** Measures and classifiers, longest first when matched. */
const UNITS = [
  '万人次',
  '亿人次',
  '万人',
  '亿人',
  '人次',
  '个百分点',
  '百分点',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '公里',
  '千米',
  '厘米',
  '毫米',
  '米',
  '公斤',
  '千克',
  '毫克',
  '克',
  '公顷',
  '万亩',
  '亩',
  '万吨',
  '吨',
  '斤',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '瓦',
  '摄氏度',
  '度',
  '小时',
  '分钟',
  '秒钟',
  '秒',
  '个月',
  '周岁',
  '岁',
  '倍',
  '年',
  '天',
  '周',
  '人',
  '个',
  '名',
  '雙',
  '塊',
  '對',
  '位',
  '次',
  '场',
  '期',
  '件',
  '份',
  '项',
  '条',
  '家',
  '所',
  '座',
  '台',
  '辆',
  '架',
  '艘',
  '部',
  '本',
  '张',
  '只',
  '头',
  '万户',
  '户',
  '批',
  '届',
  '轮',
  '枚',
  '颗',
  '支',
  '篇',
  '首',
  '套',
  '栋',
  '层',
  '间',
  '种',
  '类',
  '起',
  '例',
  '宗',
  '笔',
  '处',
  '片',
  '株',
  '棵',
  '双',
  '对',
  '匹',
  '集',
  '章',
  '节',
  '段',
  '句',
  '遍',
  '趟',
  '回',
  '打',
  '架次',
  '班次',
  '车次',
  '亿',
  '万',
];
const UNIT_RE = new RegExp(`^${alternation([...CURRENCIES.map(([u]) => u), ...UNITS])}`, 'u');

const APPROX: Record<string, Approx> = {
  超过: 'over',
  超出: 'over',
  多达: 'over',
  逾: 'over',
  超: 'over',
  余: 'over',
  多: 'over',
  以上: 'over',
  来: 'over',
  许: 'over',
  几: 'over',
  幾: 'over',
  将近: 'under',
  接近: 'under',
  不到: 'under',
  不足: 'under',
  近: 'under',
  以下: 'under',
  以内: 'under',
  大约: 'about',
  约为: 'about',
  大概: 'about',
  约: 'about',
  左右: 'about',
  上下: 'about',
  前后: 'about',
  差不多: 'about',
};
const PREFIX = /(?:超过|超出|多达|将近|接近|不到|不足|大约|约为|大概|差不多|[逾超近约])$/u;
const SUFFIX = /^[余多来许]/u;
const AFTER_UNIT = /^(?:以上|以下|以内|左右|上下|前后)/u;

const D = DIGIT_CHARS + '倆';
const U = `${UNIT_CHARS}兆`;
const ARABIC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?(?:\^[+-]*\d+)?(?:\s?[kK](?![a-zA-Z])|M(?![a-zA-Z]))?|\.\d+`;
const CN_PART = String.raw`[${D}${U}]`;
const PART = String.raw`(?:${ARABIC}|${CN_PART})`;
/** Spaces inside a numeral only next to a Chinese part: `四百 点 五`, `7 萬5 千`, never `2019 500`. */
const JOIN = String.raw`(?:(?<=[${D}${U}点點之又/])\s*|\s*(?=[${D}${U}点點分又/])|(?<=\d)\s(?=\d+\s?\/\s?\d))`;
const NUMERAL_BODY = String.raw`${PART}(?:${JOIN}(?:${PART}|[点點](?=\s*[${D}\d])|[几幾余多](?=\s*[万萬亿億])|分\s*之(?=\s*[负負${D}\d])|(?<=之\s*)[负負](?=\s*[${D}\d])|又(?=\s*[${D}${U}\d]+\s*分\s*之)|\/(?=\d)))*`;
// A hyphen right after a digit or a letter joins (`3-1`, `A-4`); only elsewhere is it a minus.
const NUMERAL = String.raw`(?:[负負]\s*|(?<![\dA-Za-z])-(?=\.?\d))?(?:${NUMERAL_BODY})`;
const CANDIDATE = new RegExp(NUMERAL, 'gu');
const LEADING = new RegExp(`^${NUMERAL}`, 'u');

const RANGE_JOIN = /^\s?[至到~～\-—－]\s?/u;
/** Phone numbers: mainland area codes of 3–4 digits, Taiwan's of 2 (`04-22289111`), mobiles. */
const PHONE = /^(?:0\d{1,3}-\d{7,8}|\d{3,4}-\d{3,4}-\d{4}|400-?\d{3}-?\d{4}|1[3-9]\d{9})(?!\d)/u;
const CODE_CONTEXT =
  /(?:热线|专线|电话|号码|拨打|致电|手机|传真|邮编|编号|代码|账号|QQ|微信号|备案号|许可证|ICP|No\.?|#)\s*(?:[:：]\s*)?$/iu;
const URL = /(?:https?:\/\/|www\.)[^\s，。、“”]+/giu;
const MAIL_CHAR = /[\w.+-]/u;
/** `十三大`: the 13th party or women's congress. */
const CONGRESS = /^大(?=精神|以来|报告|代表|召开|会议|胜利|期间|提出|[的上后前])/u;
/** Words that begin with 一 and a classifier-looking char but count nothing (`一起`, `一度`). */
const ONE_WORDS = /^一(?:[起度道同并路向行样直定旦切律致些时再举带线流手体心意般共生世]|点儿)/u;

/** Financial numerals double as words (`陆地`, `拾起`): alone they are not numbers. */
const FINANCIAL = /^[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]$/u;
/** Single Chinese digits stand for a number only set apart: `答案是四不是五`, `“一”和“五”`. */
const ISOLATED_BEFORE = /(?:^|[\P{Script=Han}是为和或与及到前])$/u;
const ISOLATED_AFTER = /^(?:$|[\P{Script=Han}和而不却那这的是或与])/u;

/**
 * Full-width digits and signs become ASCII, one char for one char, so offsets hold. A full-width
 * comma groups thousands only between full-width digits (`１，２３４`); after ASCII digits it is
 * the clause comma (`$20，300美圆` is two prices).
 */
export function normalizeDigits(text: string): string {
  return text
    .replace(/(?<=[\uFF10-\uFF19])，(?=[\uFF10-\uFF19]{3}(?![\uFF10-\uFF19]))/gu, ',')
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF05\uFF0E\uFF0D\uFF0B\uFF0F]/giu, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    );
}

/** URLs and e-mail addresses hold digits that are not numbers: blank them out, length kept. */
function maskLinks(text: string): string {
  let out = text.replace(URL, (m) => ' '.repeat(m.length));
  // E-mail addresses: grown outward from each @ by a loop (a regex would be quadratic on long runs).
  for (let at = out.indexOf('@'); at >= 0; at = out.indexOf('@', at + 1)) {
    let from = at;
    let to = at + 1;
    while (from > 0 && MAIL_CHAR.test(out[from - 1]!)) from--;
    while (to < out.length && MAIL_CHAR.test(out[to]!)) to++;
    if (from < at && to > at + 1) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** A unit at the start of `after`, spaces inside it allowed (`个 百 分 点`); length counts them. */
function readUnit(after: string): { unit: string | null; length: number } {
  const lead = /^\s*/u.exec(after)![0].length;
  const compact: number[] = [];
  let squeezed = '';
  for (let i = lead; i < after.length && squeezed.length < 8; i++) {
    if (/\s/u.test(after[i]!)) continue;
    squeezed += after[i]!;
    compact.push(i);
  }
  // The text is in simplified characters already (`findNumbers`): `個` arrives as `个`.
  const m = UNIT_RE.exec(squeezed);
  if (!m) return { unit: null, length: 0 };
  return { unit: m[0], length: compact[m[0].length - 1]! + 1 };
}

const DIGIT_END = new RegExp(`[\\d${DIGIT_CHARS}]$`, 'u');

interface Core {
  value: number;
  approx: Approx | null;
  length: number;
}

/** The value of the numeral, or of its longest valid prefix (`五十千` → 五十). */
function parseCore(numeral: string): Core | null {
  let text = numeral.trimEnd();
  while (text.length > 0) {
    const inner = /[几幾余多](?=\s*[万萬亿億])/u.exec(text);
    const cleaned = text.replace(/[几幾余多](?=\s*[万萬亿億])/gu, '').replace(/倆/gu, '两');
    const value = numeralValue(scaleSuffix(cleaned));
    if (value !== null)
      return {
        value: tidy(value * suffixFactor(cleaned)),
        approx: inner ? 'over' : null,
        length: text.length,
      };
    // Shrink past trailing units and signs only: cutting between digits (二|三十) would invent a number.
    if (DIGIT_END.test(text.slice(0, -1).trimEnd()) && DIGIT_END.test(text)) return null;
    text = text.slice(0, -1).trimEnd();
  }
  return null;
}

function scaleSuffix(text: string): string {
  return text.replace(/\s?[kKM]$/u, '');
}

function suffixFactor(text: string): number {
  const m = /\d\s?([kKM])$/u.exec(text);
  if (!m) return 1;
  return m[1] === 'M' ? 1e6 : 1e3;
}

/** A plain integer written as a code: leading zero, very long, a service number, next to letters. */
function looksLikeCode(
  numeral: string,
  unit: string | null,
  before: string,
  after: string,
): boolean {
  if (
    /\p{Script=Latin}$/u.test(before) ||
    /^(?:\p{Script=Latin}(?![kKM](?:\P{L}|$))|\+)/u.test(after) ||
    /\+$/u.test(before)
  ) {
    return /^\d/u.test(numeral);
  }
  if (!/^\d+$/u.test(numeral)) return false;
  if (CODE_CONTEXT.test(before)) return true;
  if (unit !== null) return false;
  if (numeral.length >= 2 && numeral.startsWith('0')) return true;
  if (numeral.length >= 7) return true;
  return (
    (numeral.length === 5 && /^[19]/u.test(numeral)) ||
    /^(?:110|119|120|122|114|12315|12345)$/u.test(numeral)
  );
}

function classify(
  numeral: string,
  unit: string | null,
  ordinal: boolean,
  percent: boolean,
): NumberKind {
  if (ordinal) return 'ordinal';
  if (percent) return 'percent';
  if (unit !== null && CURRENCY.has(unit)) return 'amount';
  if (
    unit === null &&
    /^\d{4}$/u.test(numeral) &&
    Number(numeral) >= 1900 &&
    Number(numeral) <= 2100
  )
    return 'year';
  if (unit === null && /[.点點]/u.test(numeral) && !/[万亿萬億兆]$/u.test(numeral))
    return 'decimal';
  return 'count';
}

/** `N折`: one digit counts tens (九折 90 %), two digits as written (75折, 五五折 55 %). */
function discount(numeral: string, value: number): number {
  const chineseDigits = [...numeral.replace(/\s/gu, '')].filter((c) => c in CN_DIGITS);
  if (
    /^[\p{Script=Han}\s]+$/u.test(numeral) &&
    chineseDigits.length === 2 &&
    !/[十拾点點]/u.test(numeral)
  ) {
    return chineseDigits.reduce((v, c) => v * 10 + CN_DIGITS[c]!, 0);
  }
  return value < 10 ? tidy(value * 10) : value;
}

interface Percent {
  value: number;
  unit: string;
  length: number;
}

/** Percent forms after the numeral: `%`, `成` (and `七成六`, `三成半`), `折`, `个百分点`. */
function percentAfter(after: string, numeral: string, value: number): Percent | null {
  const sign = /^\s*%/u.exec(after);
  if (sign) return { value, unit: '%', length: sign[0].length };
  const cheng = /^\s*成(?:\s*([一二三四五六七八九\d])(?![\p{Script=Han}\d])|(半))?/u.exec(after);
  if (cheng && !/^\s*成[员为功立绩果本就交长熟都年人家型效分]/u.test(after)) {
    const extra = cheng[1] ? (CN_DIGITS[cheng[1]] ?? Number(cheng[1])) : cheng[2] ? 5 : 0;
    return { value: tidy(value * 10 + extra), unit: '成', length: cheng[0].length };
  }
  const zhe = /^\s*折/u.exec(after);
  if (zhe) return { value: discount(numeral, value), unit: '折', length: zhe[0].length };
  const unit = readUnit(after);
  if (unit.unit === '个百分点' || unit.unit === '百分点')
    return { value, unit: unit.unit, length: unit.length };
  return null;
}

interface Prefixed {
  /** Chars of the prefix before the numeral. */
  length: number;
  ordinal: boolean;
  /** Percent given before the numeral: 百分之 (1), 千分之 (0.1), 万分之 (0.01). */
  percentScale: number | null;
}

function prefixOf(before: string): Prefixed {
  if (/第\s*$/u.test(before))
    return { length: /第\s*$/u.exec(before)![0].length, ordinal: true, percentScale: null };
  return { length: 0, ordinal: false, percentScale: null };
}

/** Leading `百分之`, `千分之`, `万分之`… inside the numeral: a percent, scaled. */
function perPart(numeral: string): { scale: number; rest: string } | null {
  const m = /^([百佰千仟万萬]+)\s*分\s*之\s*/u.exec(numeral);
  if (!m) return null;
  const denominator = [...m[1]!].reduce(
    (v, c) =>
      v *
      ({ 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 萬: 1e4 } as Record<string, number>)[c]!,
    1,
  );
  return { scale: 100 / denominator, rest: numeral.slice(m[0].length) };
}

export interface NumberOptions {
  taken?: Taken;
}

export function findNumbers(raw: string, options: NumberOptions = {}): FoundNumber[] {
  const text = maskLinks(normalizeDigits(simplified(raw)));
  const taken = options.taken ?? (() => false);
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const number = readNumber(raw, text, m.index, m[0].trimEnd(), taken);
    if (number) found.push(number);
  }
  // 对折, 半折, 百分之百: percent words without digits.
  for (const m of text.matchAll(
    /(?<![一二三四五六七八九十\d])(?:对折|對折|半折|半成|百分之百)/gu,
  )) {
    const value = m[0] === '半成' ? 5 : m[0] === '百分之百' ? 100 : 50;
    found.push(
      entity(raw, m.index, m.index + m[0].length, {
        value,
        valueTo: null,
        approx: null,
        unit: m[0].endsWith('成') ? '成' : m[0].endsWith('折') ? '折' : '%',
        kind: 'percent',
        currency: null,
      }),
    );
  }
  return dropOverlaps(found);
}

function entity(
  raw: string,
  start: number,
  end: number,
  rest: Omit<FoundNumber, 'start' | 'end' | 'text'>,
): FoundNumber {
  return { start, end, text: raw.slice(start, end), ...rest };
}

function code(raw: string, start: number, end: number): FoundNumber {
  return entity(raw, start, end, {
    value: null,
    valueTo: null,
    approx: null,
    unit: null,
    kind: 'code',
    currency: null,
  });
}

function readNumber(
  raw: string,
  text: string,
  at: number,
  candidate: string,
  taken: Taken,
): FoundNumber | null {
  let start = at;
  const numeral = candidate;
  if (!/[\d零〇○一二两兩倆三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖十拾]/u.test(numeral)) return null;
  if (taken(start, start + numeral.length)) return null;
  const before = text.slice(Math.max(0, start - 12), start);
  const phone = PHONE.exec(text.slice(start));
  if (phone && /^\d/u.test(numeral)) return code(raw, start, start + phone[0].length);
  // A lone financial numeral inside a word (`登陆部队`, `拾起`) is that word.
  if (
    FINANCIAL.test(numeral) &&
    (readUnit(text.slice(start + 1, start + 5)).unit === null || /\p{Script=Han}$/u.test(before))
  )
    return null;
  if (numeral === '一' && ONE_WORDS.test(text.slice(start, start + 3))) return null;
  // A numeral opens with a digit, not a unit (`万一`, `千家`).
  if (
    /^[百佰千仟万萬亿億兆]/u.test(numeral) &&
    !/^[百佰千仟万萬]+\s*分\s*之/u.test(numeral) &&
    !/^[百千][一二三四五六七八九]$/u.test(numeral)
  )
    return null;
  if (
    /^\p{Script=Han}$/u.test(numeral) &&
    !/^大/u.test(text.slice(start + 1)) &&
    (numeral in CN_DIGITS || /[十拾]/u.test(numeral))
  ) {
    // A single Chinese digit needs a unit, an ordinal 第, or to stand apart.
    const after = text.slice(start + 1, start + 4);
    if (
      !prefixOf(before).ordinal &&
      readUnit(after).unit === null &&
      percentAfter(after, numeral, 0) === null
    ) {
      if (!(ISOLATED_BEFORE.test(before) && ISOLATED_AFTER.test(after))) return null;
    }
  }
  // Digit-by-digit Chinese numerals are years (二〇二三), not words (九九, 两两).
  if (
    /^[一二两三四五六七八九]{2,3}$/u.test(numeral) &&
    !/^[年届]/u.test(text.slice(start + numeral.length))
  ) {
    const after = text.slice(start + numeral.length);
    if (!/^\s*(?:折|成)/u.test(after)) return null;
  }
  const congress = CONGRESS.exec(text.slice(start + numeral.length));
  if (congress && /^[一二三四五六七八九十]{1,3}$/u.test(numeral)) {
    return entity(raw, start, start + numeral.length + 1, {
      value: numeralValue(numeral),
      valueTo: null,
      approx: null,
      unit: '大',
      kind: 'ordinal',
      currency: null,
    });
  }
  // `五五折`, `三八折`: two digits before 折 are read as written.
  const pair = /^([一二三四五六七八九])\s*([一二三四五六七八九])$/u.exec(numeral);
  const afterPair = /^\s*折/u.exec(text.slice(start + numeral.length));
  if (pair && afterPair) {
    const value = CN_DIGITS[pair[1]!]! * 10 + CN_DIGITS[pair[2]!]!;
    return entity(raw, start, start + numeral.length + afterPair[0].length, {
      value,
      valueTo: null,
      approx: null,
      unit: '折',
      kind: 'percent',
      currency: null,
    });
  }
  const per = perPart(numeral);
  const prefix = prefixOf(before);
  let percentScale = per ? per.scale : prefix.percentScale;
  const beforePercent = /[百佰]\s*分\s*之\s*$/u.exec(before);
  if (!per && beforePercent) {
    percentScale = 1;
    start -= beforePercent[0].length;
  }
  const body = per ? per.rest : numeral;
  const core = parseCore(body);
  if (!core) return null;
  let end = at + numeral.length - (body.length - core.length);
  if (per) end = at + (numeral.length - body.length) + core.length;
  const coreText = body.slice(0, core.length);
  if (prefix.ordinal) start -= prefix.length;
  return finish(raw, text, {
    start,
    end,
    numeral: coreText,
    value: core.value,
    approx: core.approx,
    ordinal: prefix.ordinal,
    percentScale,
    before,
  });
}

interface Partial {
  start: number;
  end: number;
  numeral: string;
  value: number;
  approx: Approx | null;
  ordinal: boolean;
  percentScale: number | null;
  before: string;
}

function finish(raw: string, text: string, p: Partial): FoundNumber {
  let { start, end, value, approx } = p;
  const after = text.slice(end, end + 16);
  if (p.percentScale !== null) {
    return entity(raw, start, end, {
      value: tidy(value * p.percentScale),
      valueTo: null,
      approx,
      unit: '%',
      kind: 'percent',
      currency: null,
    });
  }
  const percent = p.ordinal ? null : percentAfter(after, p.numeral, value);
  if (percent) {
    end += percent.length;
    const tail = AFTER_UNIT.exec(text.slice(end, end + 4));
    if (tail) {
      approx ??= APPROX[tail[0]] ?? null;
      end += tail[0].length;
    }
    const prefix = PREFIX.exec(p.before);
    if (prefix) {
      approx ??= APPROX[prefix[0]] ?? null;
      start -= prefix[0].length;
    }
    return entity(raw, start, end, {
      value: percent.value,
      valueTo: null,
      approx,
      unit: percent.unit,
      kind: 'percent',
      currency: null,
    });
  }
  // Approximation between numeral and unit: `3万余场`, `2000余人`, `十余个`.
  let rest = after;
  const suffix = SUFFIX.exec(rest);
  if (
    suffix &&
    (readUnit(rest.slice(suffix[0].length)).unit !== null ||
      !/^\p{L}/u.test(rest.slice(suffix[0].length)))
  ) {
    approx ??= APPROX[suffix[0]] ?? null;
    end += suffix[0].length;
    rest = rest.slice(suffix[0].length);
  }
  let { unit, length } = readUnit(rest);
  // `3万` then `人`: the multiplier is already in the numeral; the unit is what follows.
  if ((unit === '万' || unit === '亿') && /[万亿萬億兆]$/u.test(p.numeral))
    ({ unit, length } = { unit: null, length: 0 });
  if (unit === '万' || unit === '亿') {
    value = tidy(value * (unit === '万' ? 1e4 : 1e8));
    end += length;
    ({ unit, length } = readUnit(text.slice(end, end + 8)));
  }
  end += length;
  const afterUnit = AFTER_UNIT.exec(text.slice(end, end + 4));
  if (afterUnit) {
    approx ??= APPROX[afterUnit[0]] ?? null;
    end += afterUnit[0].length;
  }
  // A yuan's tenths and hundredths (`五元三毛` = 5.3).
  let cents = 0;
  if (unit !== null && /^(?:元|块)$/u.test(unit)) {
    const small = JIAO_FEN.exec(text.slice(end, end + 5));
    if (small) {
      const digit = (d: string | undefined): number =>
        d === undefined ? 0 : (CN_DIGITS[d] ?? Number(d));
      cents =
        small[3] !== undefined
          ? digit(small[3]) / 100
          : digit(small[1]) / 10 + digit(small[2]) / 100;
      end += small[0].length;
    }
  }
  const prefix = p.ordinal ? null : PREFIX.exec(p.before);
  if (prefix) {
    approx ??= APPROX[prefix[0]] ?? null;
    start -= prefix[0].length;
  }
  // A sign before the amount (`$20`) is its currency; `人民币 50元` takes the word in.
  const sign = p.ordinal || prefix ? null : SIGN_BEFORE.exec(p.before);
  const named = p.ordinal || prefix || sign ? null : NAMED_BEFORE.exec(p.before);
  if (sign && unit === null) {
    // `$1.2 billion`, `$8 million`: the English scale word belongs to the amount.
    const scale = SCALE_WORD.exec(text.slice(end, end + 10));
    if (scale) end += scale[0].length;
    return entity(raw, start - sign[0].length, end, {
      value: tidy(value * (scale ? SCALES[scale[1]!.toLowerCase()]! : 1)),
      valueTo: null,
      approx,
      unit: sign[0].trim(),
      kind: 'amount',
      currency: SIGN_CODES[sign[0].trim()] ?? null,
    });
  }
  if (named && unit !== null && CURRENCY.get(unit) === 'CNY') start -= named[0].length;
  if (!p.ordinal && looksLikeCode(p.numeral, unit, p.before, text.slice(p.end, p.end + 2)))
    return code(raw, p.start, p.end);
  const range = unit === null && !p.ordinal ? readRange(text, end, p.numeral, value) : null;
  if (range) {
    return entity(raw, start, range.end, {
      value: tidy(range.low * (UNIT_FACTOR.get(range.unit ?? '') ?? 1)),
      valueTo: tidy(range.high * (UNIT_FACTOR.get(range.unit ?? '') ?? 1)),
      approx,
      unit: range.unit,
      kind: classify(p.numeral, range.unit, false, false),
      currency: range.unit === null ? null : (CURRENCY.get(range.unit) ?? null),
    });
  }
  return entity(raw, start, end, {
    value: tidy(value * (unit === null ? 1 : (UNIT_FACTOR.get(unit) ?? 1)) + cents),
    valueTo: null,
    approx,
    unit,
    kind: classify(p.numeral, unit, p.ordinal, false),
    currency: unit === null ? null : (CURRENCY.get(unit) ?? null),
  });
}

/** `3至5年`, `10-20万`: the second numeral carries the multiplier and unit for both. */
function readRange(
  text: string,
  end: number,
  first: string,
  low: number,
): { low: number; high: number; unit: string | null; end: number } | null {
  const join = RANGE_JOIN.exec(text.slice(end, end + 3));
  if (!join) return null;
  const rest = text.slice(end + join[0].length);
  const second = LEADING.exec(rest);
  if (!second || /\d/u.test(second[0]) !== /\d/u.test(first)) return null;
  const secondText = second[0].trimEnd();
  const high = parseCore(secondText);
  if (!high || high.length !== secondText.length) return null;
  const multiplier = /[万萬]$/u.test(secondText) ? 1e4 : /[亿億]$/u.test(secondText) ? 1e8 : 1;
  const scaledLow = /[万亿萬億]$/u.test(first) ? low : tidy(low * multiplier);
  if (high.value <= scaledLow) return null;
  const unit = readUnit(rest.slice(secondText.length, secondText.length + 8));
  return {
    low: scaledLow,
    high: high.value,
    unit: unit.unit,
    end: end + join[0].length + secondText.length + unit.length,
  };
}

function dropOverlaps(found: FoundNumber[]): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const n of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (last && n.start < last.end) continue;
    out.push(n);
  }
  return out;
}
