import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/entities/dates.js';

const base = '2023-11-30T11:15:27+08:00';
const dates = (text: string, baseDate: string | null = base) =>
  findDates(text, { baseDate }).map((d) => [d.text, d.value, d.granularity, d.inferred.join(',')]);

describe('dates', () => {
  it.each([
    ['2023年7月31日,长沙推出', [['2023年7月31日', '2023-07-31', 'day', '']]],
    ['发布于2023-11-30 11:15:27', [['2023-11-30 11:15:27', '2023-11-30T11:15:27', 'second', '']]],
    ['2023/7/31', [['2023/7/31', '2023-07-31', 'day', '']]],
    ['2023.7.31', [['2023.7.31', '2023-07-31', 'day', '']]],
    ['11月29日上午,大会开幕', [['11月29日上午', '2023-11-29', 'day', 'year']]],
    ['自2021年初长沙发布', [['2021年初', '2021', 'year', '']]],
    ['2021年上半年', [['2021年上半年', '2021-01/2021-06', 'half', '']]],
    ['11月中旬', [['11月中旬', '2023-11-11/2023-11-20', 'day', 'year']]],
    ['二〇二三年十一月', [['二〇二三年十一月', '2023-11', 'month', '']]],
    ['晚上8时', [['晚上8时', '2023-11-30T20', 'hour', 'year,month,day']]],
    ['今天', [['今天', '2023-11-30', 'day', 'year,month,day']]],
    ['昨日', [['昨日', '2023-11-29', 'day', 'year,month,day']]],
    ['近日', [['近日', '2023-11-30', 'day', 'year,month,day']]],
    ['上周', [['上周', '2023-11-20/2023-11-26', 'week', 'year,month,day']]],
    ['去年', [['去年', '2022', 'year', 'year']]],
    ['今年前三季度', [['今年前三季度', '2023-01/2023-09', 'quarter', 'year']]],
    ['7月31日至8月6日', [['7月31日至8月6日', '2023-07-31/2023-08-06', 'day', 'year']]],
    ['2012年元宵节', [['2012年元宵节', '2012-02-06', 'day', '']]],
    ['三年前', [['三年前', '2020', 'year', 'year,month,day']]],
    // A quarter of an hour, and a minute and a half, counted from the base time.
    ['一刻钟后', [['一刻钟后', '2023-11-30T11:30:27', 'second', 'year,month,day']]],
    ['一分半钟前', [['一分半钟前', '2023-11-30T11:13:57', 'second', 'year,month,day']]],
    // A time after a date and a dash, as some pages stamp it.
    ['2021-09-12-11：23', [['2021-09-12-11：23', '2021-09-12T11:23', 'minute', '']]],
    // A page's timestamp without its year; a score before a kick-off time is no date.
    ['发布于 11-29 08:30', [['11-29 08:30', '2023-11-29T08:30', 'minute', 'year']]],
    ['比分 3-1 20:00开球', [['20:00', '2023-11-30T20:00', 'minute', 'year,month,day']]],
    // This one and the next, as one range; a few days from now in speech.
    ['今明两年经济增长', [['今明两年', '2023/2024', 'year', 'year']]],
    ['今明两天有雨', [['今明两天', '2023-11-30/2023-12-01', 'day', 'year,month,day']]],
    ['他说再过两天再来', [['过两天', '2023-12-02', 'day', 'year,month,day']]],
    // Two years sharing one 年; a short year with a leading zero, and what came after it.
    ['1995-1997年的收入很不乐观', [['1995-1997年', '1995/1997', 'year', '']]],
    ['他07年以后就没再来过', [['07年以后', '2007/2023-11-30T11:15:27', 'year', 'year,month,day']]],
    ['自2010年以来', [['2010年以来', '2010/2023-11-30T11:15:27', 'year', 'year,month,day']]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));

  it('does not take durations for dates', () => {
    expect(dates('用五年的时间')).toEqual([]);
    expect(dates('历时3个月')).toEqual([]);
    expect(dates('工作了10年')).toEqual([]);
    expect(dates('经过两天的努力')).toEqual([]);
    expect(dates('过了两天他走了')).toEqual([]);
    expect(dates('超过两天')).toEqual([]);
  });

  it('writes partial dates without a base as ISO --MM-DD-free values: nothing relative is guessed', () => {
    expect(dates('昨天', null)).toEqual([]);
    expect(dates('2023年7月31日', null)).toEqual([['2023年7月31日', '2023-07-31', 'day', '']]);
  });
});
