import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/entities/numbers.js';
import { numeralValue } from '../../src/entities/numerals.js';

const one = (text: string) => {
  const [n] = findNumbers(text);
  return (
    n && {
      text: n.text,
      value: n.value,
      valueTo: n.valueTo,
      approx: n.approx,
      unit: n.unit,
      kind: n.kind,
      currency: n.currency,
    }
  );
};

describe('numerals', () => {
  it.each([
    ['三', 3],
    ['十七', 17],
    ['二〇二三', 2023],
    ['两千', 2000],
    ['一百二十三万', 1230000],
    ['九万四', 94000],
    ['一千三', 1300],
    ['5萬4千6百', 54600],
    ['1,234.5', 1234.5],
    ['3.5', 3.5],
    ['三分之一', 1 / 3],
    ['负三十二', -32],
    ['2千零30万', 20300000],
    ['1.8亿', 180000000],
  ])('%s = %d', (text, value) => expect(numeralValue(text)).toBeCloseTo(value, 9));
});

describe('numbers in text', () => {
  it.each([
    [
      '宣讲3万余场',
      {
        text: '3万余场',
        value: 30000,
        valueTo: null,
        approx: 'over',
        unit: '场',
        kind: 'count',
        currency: null,
      },
    ],
    [
      '培训24万人次',
      {
        text: '24万人次',
        value: 240000,
        valueTo: null,
        approx: null,
        unit: '人次',
        kind: 'count',
        currency: null,
      },
    ],
    [
      '达成就业意向近16万人',
      {
        text: '近16万人',
        value: 160000,
        valueTo: null,
        approx: 'under',
        unit: '人',
        kind: 'count',
        currency: null,
      },
    ],
    [
      '点击量达1.8亿',
      {
        text: '1.8亿',
        value: 180000000,
        valueTo: null,
        approx: null,
        unit: null,
        kind: 'count',
        currency: null,
      },
    ],
    [
      '约3000人左右',
      {
        text: '约3000人左右',
        value: 3000,
        valueTo: null,
        approx: 'about',
        unit: '人',
        kind: 'count',
        currency: null,
      },
    ],
    [
      '投资１.６亿元',
      {
        text: '１.６亿元',
        value: 160000000,
        valueTo: null,
        approx: null,
        unit: '元',
        kind: 'amount',
        currency: 'CNY',
      },
    ],
    [
      '耗资2.4亿美元',
      {
        text: '2.4亿美元',
        value: 240000000,
        valueTo: null,
        approx: null,
        unit: '美元',
        kind: 'amount',
        currency: 'USD',
      },
    ],
    [
      '增长了约35%',
      {
        text: '约35%',
        value: 35,
        valueTo: null,
        approx: 'about',
        unit: '%',
        kind: 'percent',
        currency: null,
      },
    ],
    [
      '占百分之三十',
      {
        text: '百分之三十',
        value: 30,
        valueTo: null,
        approx: null,
        unit: '%',
        kind: 'percent',
        currency: null,
      },
    ],
    [
      '第十七次会议',
      {
        text: '第十七次',
        value: 17,
        valueTo: null,
        approx: null,
        unit: '次',
        kind: 'ordinal',
        currency: null,
      },
    ],
    [
      '妇女十三大精神',
      {
        text: '十三大',
        value: 13,
        valueTo: null,
        approx: null,
        unit: '大',
        kind: 'ordinal',
        currency: null,
      },
    ],
    [
      '任期3至5年',
      {
        text: '3至5年',
        value: 3,
        valueTo: 5,
        approx: null,
        unit: '年',
        kind: 'count',
        currency: null,
      },
    ],
    [
      '补贴10-20万',
      {
        text: '10-20万',
        value: 100000,
        valueTo: 200000,
        approx: null,
        unit: null,
        kind: 'count',
        currency: null,
      },
    ],
    [
      '精确到1,234,567.89',
      {
        text: '1,234,567.89',
        value: 1234567.89,
        valueTo: null,
        approx: null,
        unit: null,
        kind: 'decimal',
        currency: null,
      },
    ],
    [
      '落实2030可持续发展议程',
      {
        text: '2030',
        value: 2030,
        valueTo: null,
        approx: null,
        unit: null,
        kind: 'year',
        currency: null,
      },
    ],
  ])('%s', (text, expected) => expect(one(text)).toEqual(expected));

  it('keeps codes out of quantities: hotlines, phone numbers, area codes, digits in names', () => {
    expect(findNumbers('“您好,12338,帮她帮到家。”').map((n) => [n.text, n.kind, n.value])).toEqual([
      ['12338', 'code', null],
    ]);
    expect(findNumbers('咨询电话010-68891000')[0]).toMatchObject({
      text: '010-68891000',
      kind: 'code',
    });
    expect(findNumbers('发布“0731倾听你的声音”倡议书')[0]).toMatchObject({
      text: '0731',
      kind: 'code',
    });
    expect(findNumbers('身份证号430102199001011234')[0]).toMatchObject({ kind: 'code' });
    expect(findNumbers('市级“4+N”妇女儿童维权服务中心')[0]).toMatchObject({
      text: '4',
      kind: 'code',
    });
    expect(findNumbers('详见 https://example.com/2023/11/30/12338.html 页面')).toEqual([]);
  });

  it('reads money with a sign before it, a currency named before it, and a yuan with its jiao', () => {
    const money = (text: string) =>
      findNumbers(text)
        .filter((n) => n.kind === 'amount')
        .map((n) => [n.text, n.value, n.currency]);
    expect(money('价格是$20，300美圆, ￥300')).toEqual([
      ['$20', 20, 'USD'],
      ['300美圆', 300, 'USD'],
      ['￥300', 300, 'CNY'],
    ]);
    expect(money('人民币 8千元')).toEqual([['人民币 8千元', 8000, 'CNY']]);
    expect(money('这个手机壳五元三毛')).toEqual([['五元三毛', 5.3, 'CNY']]);
    expect(money('50元6角三分')).toEqual([['50元6角三分', 50.63, 'CNY']]);
    expect(money('到期定存单5306亿台币')).toEqual([['5306亿台币', 530600000000, 'TWD']]);
    // An English scale word after a signed amount belongs to it.
    expect(money('approves a $1.2 billion budget and a $5m fund')).toEqual([
      ['$1.2 billion', 1200000000, 'USD'],
      ['$5m', 5000000, 'USD'],
    ]);
    // A full-width comma groups thousands between full-width digits only.
    expect(money('１，２３４元')).toEqual([['１，２３４元', 1234, 'CNY']]);
  });

  it("reads Taiwan's two-digit area codes as codes and a hyphen between digits as no minus", () => {
    expect(findNumbers('洽詢專線04-22289111').map((n) => [n.text, n.kind])).toEqual([
      ['04-22289111', 'code'],
    ]);
    expect(findNumbers('比分3-1').map((n) => n.value)).toEqual([3, 1]);
    expect(findNumbers('气温-5度').map((n) => n.value)).toEqual([-5]);
  });

  it('does not take words for numbers', () => {
    for (const text of ['一些人', '统一规范', '千家万户', '大家一起来', '一直以来', '万一出错'])
      expect(findNumbers(text)).toEqual([]);
  });

  it('leaves digits claimed by dates alone', () => {
    expect(findNumbers('2023年7月31日发布', { taken: (s, e) => s < 10 && e > 0 })).toEqual([]);
  });
});
