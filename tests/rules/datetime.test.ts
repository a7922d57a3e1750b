import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDate } from '../../src/rules/datetime.js';

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
});
