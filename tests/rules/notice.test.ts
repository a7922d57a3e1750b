import { describe, expect, it } from 'vitest';
import {
  contactLine,
  continuesNotice,
  copyrightLine,
  endMark,
  isNoticeStart,
  printEdition,
  qrPrompt,
  registrationNumber,
  siteCredits,
} from '../../src/rules/notice.js';

describe('copyright-notice (a block from its heading to its end)', () => {
  it.each([
    '国际在线版权与信息产品内容销售的声明',
    '版权声明：本文为湖南日报原创稿件，未经授权，任何媒体、网站和个人不得转载、摘编。',
    '免责声明',
    '本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。',
    '凡本网注明“来源：XXX”的作品，均转载自其它媒体。',
    '未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。',
  ])('starts at %s', (line) => expect(isNoticeStart(line)).toBe(true));

  it.each([
    '法院审理认为，被告未经授权转载原告的摄影作品，构成侵权。',
    '“12338”是由全国妇联设立的全国统一号码、统一规范的妇女维权公益服务热线。',
    '他发表声明说，公司将继续投资。',
  ])('does not start at a story paragraph: %s', (line) => expect(isNoticeStart(line)).toBe(false));

  it('continues only over lines in the notice vocabulary', () => {
    expect(
      continuesNotice(
        '2、凡本网注明“来源:国际在线”的所有信息内容,未经书面授权,任何单位及个人不得转载。',
      ),
    ).toBe(true);
    expect(continuesNotice('经授权转载的，应注明“来源：湖南日报”。')).toBe(true);
    expect(continuesNotice('秋去冬来,硕果累累。')).toBe(false);
  });
});

describe('footer lines', () => {
  it('registration-number', () => {
    expect(registrationNumber.test('京ICP证000006号 京公网安备11000002000008号')).toBe(true);
    expect(registrationNumber.test('湘ICP备13008979号-1')).toBe(true);
    expect(registrationNumber.test('公司去年完成了ICO备案工作。')).toBe(false);
  });
  it('copyright-line', () => {
    expect(copyrightLine.test('Copyright © 2000-2024 XINHUANET.com All Rights Reserved.')).toBe(
      true,
    );
    expect(copyrightLine.test('版权所有：新华网股份有限公司')).toBe(true);
    expect(copyrightLine.test('The court ruled on the copyright dispute on Monday.')).toBe(false);
  });
  it('contact-line', () => {
    expect(
      contactLine.test('违法和不良信息举报电话：15699110281 举报邮箱：jubao@chinanews.com.cn'),
    ).toBe(true);
    expect(contactLine.test('澎湃新闻报料：021-962866')).toBe(true);
    expect(contactLine.test('联系电话：0731-88888888')).toBe(false);
  });
  it('qr-prompt', () => {
    expect(qrPrompt.test('扫码下载澎湃新闻客户端')).toBe(true);
    expect(qrPrompt.test('扫一扫，关注我们的微信公众号')).toBe(true);
    expect(
      qrPrompt.test(
        '在长沙市开福区文昌阁社区一株百年老樟树下，“巾帼课堂”定期开课，中国妇女十三大精神由此进入千家万户，居民扫码即可报名参加。',
      ),
    ).toBe(false);
  });
  it('end-mark', () => {
    expect(endMark.test('（完）')).toBe(true);
    expect(endMark.test('(END)')).toBe(true);
    expect(endMark.test('完')).toBe(true);
    expect(endMark.test('完成')).toBe(false);
  });
  it('print-edition', () => {
    expect(printEdition.test('《 人民日报 》（ 2024年03月12日 第 01 版）')).toBe(true);
    expect(printEdition.test('《人民日报》报道了这一消息。')).toBe(false);
  });
  it('site-credits', () => {
    expect(siteCredits.test('主办：长沙市人民政府办公厅 承办：长沙市数据资源管理局')).toBe(true);
    expect(siteCredits.test('主办方表示，活动将持续三天。')).toBe(false);
  });
});
