import { describe, expect, it } from 'vitest';
import { atOffset, dateFromUrl, findDate, shownOffset } from '../../src/rules/datetime.js';

describe('publish dates', () => {
  it.each([
    ['2023-11-30 11:15:27', '+08:00', '2023-11-30T11:15:27+08:00'],
    ['2023年11月30日 11:15', '+08:00', '2023-11-30T11:15+08:00'],
    ['2023年11月30日11时15分', '+08:00', '2023-11-30T11:15+08:00'],
    ['2024年03月12日05:52', '+08:00', '2024-03-12T05:52+08:00'],
    ['2023/7/31', '+08:00', '2023-07-31'],
    ['2023.7.31', null, '2023-07-31'],
    ['2023-11-30T03:15:27Z', '+08:00', '2023-11-30T03:15:27+00:00'],
    ['2023-11-30T11:15:27+0800', null, '2023-11-30T11:15:27+08:00'],
    ['March 5, 2024 10:21 AM', null, '2024-03-05T10:21'],
    ['Published 5 March 2024', null, '2024-03-05'],
    ['Mar. 5, 2024 at 3:05 p.m.', null, '2024-03-05T15:05'],
    ['2023年11月30日 下午3:15', '+08:00', '2023-11-30T15:15+08:00'],
  ])('%s', (text, zone, iso) => expect(findDate(text, zone)?.iso).toBe(iso));

  it('rejects impossible dates', () => {
    expect(findDate('2023-02-30')).toBeNull();
    expect(findDate('2023-13-01')).toBeNull();
    expect(findDate('电话 0731-8888-1234')).toBeNull();
  });

  it('reads dates from URL paths as a last resort', () => {
    expect(dateFromUrl('https://hn.cri.cn/20231130/abc.html')).toBe('2023-11-30');
    expect(dateFromUrl('https://www.example.com/2024/03/05/story')).toBe('2024-03-05');
    expect(dateFromUrl('http://www.news.cn/local/2024-03/18/c_1130091.htm')).toBe('2024-03-18');
    expect(dateFromUrl('https://example.com/about')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });

  it('reads the zone a page shows a zoned time in (publisher-local-time)', () => {
    expect(shownOffset('2022-02-06T12:48:06+00:00', '06/02/2022 - 13:48')).toBe('+01:00');
    expect(shownOffset('2022-02-06T23:30:00+00:00', '07.02.2022 07:30')).toBe('+08:00');
    expect(shownOffset('2022-02-06T12:48:06-05:00', '17:48')).toBe('+00:00');
    // The same clock, no clock, or a difference that is no zone: nothing to say.
    expect(shownOffset('2022-02-06T12:48:06+00:00', '12:48')).toBeNull();
    expect(shownOffset('2022-02-06T12:48:06+00:00', '6 February 2022')).toBeNull();
    expect(shownOffset('2022-02-06T12:48:06+00:00', '13:55')).toBeNull();
    expect(shownOffset('2022-02-06', '13:48')).toBeNull();
  });

  it('writes the same instant at another offset', () => {
    expect(atOffset('2022-02-06T12:48:06+00:00', '+01:00')).toBe('2022-02-06T13:48:06+01:00');
    expect(atOffset('2022-02-06T20:15+00:00', '+08:00')).toBe('2022-02-07T04:15+08:00');
    expect(atOffset('2022-02-06T01:00:00+00:00', '-05:00')).toBe('2022-02-05T20:00:00-05:00');
    expect(atOffset('2022-02-06', '+01:00')).toBe('2022-02-06');
  });
});
