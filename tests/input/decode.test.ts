import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decode, declaredEncoding } from '../../src/input/decode.js';
import { InputError } from '../../src/errors.js';

const STORY =
  '<p>长沙市妇联发起“12338帮她帮到家”妇女维权公益服务热线宣传周活动，为三市女性增添幸福感。</p>';
const page = (head: string): string =>
  `<html><head>${head}<title>测试</title></head><body>${STORY.repeat(5)}</body></html>`;
const bytes = (text: string, encoding: string): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding));

describe('decoding', () => {
  it('follows a BOM', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(STORY)])).encoding).toBe(
      'utf-8',
    );
    const le = decode(bytes(`\uFEFF${STORY}`, 'utf-16le'));
    expect([le.encoding, le.text]).toEqual(['utf-16le', STORY]);
    const be = decode(bytes(`\uFEFF${STORY}`, 'utf-16be'));
    expect([be.encoding, be.text]).toEqual(['utf-16be', STORY]);
  });

  it('reads <meta charset>, http-equiv and the XML declaration; GBK labels decode as GB18030', () => {
    expect(decode(bytes(page('<meta charset="gbk">'), 'gbk')).encoding).toBe('gb18030');
    expect(
      decode(
        bytes(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gbk'),
      ).text,
    ).toContain('妇女维权');
    expect(declaredEncoding(Buffer.from('<?xml version="1.0" encoding="big5"?><html>'))).toBe(
      'big5',
    );
    expect(canonicalEncoding('GB2312')).toBe('gb18030');
    expect(canonicalEncoding('no-such-charset')).toBeNull();
  });

  it('detects GBK and Big5 without any declaration', () => {
    const gbk = decode(bytes(page(''), 'gbk'));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toContain('长沙市妇联发起');
    const traditional = `<html><body>${'<p>長沙市婦聯發起婦女維權公益服務熱線宣傳週活動，為三市女性增添幸福感。</p>'.repeat(5)}</body></html>`;
    const big5 = decode(bytes(traditional, 'big5'));
    expect(big5.encoding).toBe('big5');
    expect(big5.text).toContain('長沙市婦聯發起');
  });

  it('overrides a declaration the bytes contradict, with a warning', () => {
    const liar = decode(bytes(page('<meta charset="utf-8">'), 'gbk'));
    expect(liar.encoding).toBe('gb18030');
    expect(liar.text).toContain('妇女维权');
    expect(liar.warnings[0]).toMatch(/declared charset utf-8 does not match/u);
    const other = decode(new Uint8Array(Buffer.from(page('<meta charset="gbk">'))));
    expect(other.encoding).toBe('utf-8');
    expect(other.warnings).toHaveLength(1);
  });

  it('decodes GB18030 four-byte sequences', () => {
    expect(decode(new Uint8Array([0x95, 0x32, 0x82, 0x36]), 'gbk').text).toBe('\u{20000}');
  });

  it('keeps UTF-8 with one bad byte sequence, and says so', () => {
    const text = Buffer.concat([
      Buffer.from(page('<meta charset="utf-8">').slice(0, 200)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(STORY),
    ]);
    const decoded = decode(new Uint8Array(text));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings[0]).toMatch(/replaced with U\+FFFD/u);
  });

  it('lets --encoding force a charset, and refuses an unknown one', () => {
    expect(decode(bytes(STORY, 'big5'), 'big5').encoding).toBe('big5');
    expect(() => decode(bytes(STORY, 'gbk'), 'klingon')).toThrow(InputError);
  });
});
