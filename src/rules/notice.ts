/**
 * Tail boilerplate: copyright and reprint notices, ICP and police registration numbers, contact
 * lines, QR-code prompts, end marks. A multi-line notice is removed whole, from its heading line
 * to its last line, and only lines that speak its vocabulary can continue it — never a story
 * paragraph that merely mentions copyright.
 */
import type { LineRule, Rule } from './rule.js';
import { textUnits } from './shape.js';

/** The heading of a notice: `版权声明`, `免责声明`, `国际在线版权与信息产品内容销售的声明`. */
const NOTICE_HEADING =
  /(?:版权|免责|郑重|特别|法律|转载|投稿|稿件|使用)[^。！？!?]{0,20}(?:声明|说明|须知)[:：]?$|^声明[:：]?$/u;
const NOTICE_FIRST_LINE =
  /^(?:版权声明|免责声明|郑重声明|特别声明|版权所有|Copyright|©|\(c\)|本(?:网站?|站|报)所?(?:刊登|刊载|刊发|发布|转载)|凡本[网站报]注明|本文(?:系|为|来源于?|转载自)|转载请注明|未经(?:本网|本站|书面)?(?:许可|授权))/iu;
/** Words only a notice uses together; a continuation line needs one of them. */
const NOTICE_VOCABULARY =
  /授权|转载|版权|本网|本站|侵权|法律责任|著作权|摘编|复制|不代表|观点|真实性|联系|来源[:：]|作品|稿件|使用时|声明|权益|Copyright|rights reserved|reprint|permission/iu;
const REPRINT_BAN =
  /未经.{0,30}(?:许可|授权|同意).{0,30}(?:不得|禁止|严禁|请勿).{0,12}(?:转载|复制|摘编|使用|镜像)/u;

export const copyrightNotice: Rule = {
  id: 'copyright-notice',
  reason: 'a copyright or reprint notice, removed from its heading line to its end',
};

/** A line that starts a notice block. */
export function isNoticeStart(line: string): boolean {
  if (line.length > 300) return false;
  if (NOTICE_HEADING.test(line) && textUnits(line) <= 40) return true;
  return NOTICE_FIRST_LINE.test(line) || (line.length <= 200 && REPRINT_BAN.test(line));
}

/** A line that continues a notice already started: numbered clause or notice vocabulary. */
export function continuesNotice(line: string): boolean {
  return NOTICE_VOCABULARY.test(line) && line.length <= 600;
}

const ICP =
  /ICP\s*(?:备|证|经营许可证)|公网安备|公安(?:机关)?备案|网络文化经营许可证|互联网新闻信息服务许可证|广播电视节目制作经营许可证|信息网络传播视听节目许可证/iu;

export const registrationNumber: LineRule = {
  id: 'registration-number',
  reason: 'an ICP or public-security registration number from the page footer',
  test: (line) => line.length <= 300 && ICP.test(line),
};

export const copyrightLine: LineRule = {
  id: 'copyright-line',
  reason: 'a one-line copyright statement',
  test(line) {
    if (line.length > 200) return false;
    return (
      /^(?:Copyright|版权所有|©|\(c\)|Ⓒ)/iu.test(line) ||
      /(?:Copyright|©)\s*(?:\d{4}|[(（]c[)）])/iu.test(line) ||
      /All rights reserved/iu.test(line) ||
      (line.includes('版权所有') && textUnits(line) <= 40) ||
      REPRINT_BAN.test(line)
    );
  },
};

// Footer-only contact phrases: a notice's own 联系电话 or 地址 is content and stays.
// Footer-only contact phrases: a notice's own 联系电话 or 地址 is content and stays.
const CONTACT_START =
  /^[【[(（]?(?:联系我们|投稿邮箱|投稿信箱|客服电话|新闻热线|爆料热线|广告热线|广告服务|Contact us)\s*(?:[:：】\])）|]|$)/iu;
const CONTACT_ANYWHERE =
  /违法和不良信息举报|不良信息举报|举报电话|举报邮箱|服务邮箱|报料(?:热线|电话|邮箱)?[:：]/u;

export const contactLine: LineRule = {
  id: 'contact-line',
  reason: 'a contact line (telephone, e-mail, address, complaint hotline) from the page footer',
  test: (line) => line.length <= 160 && (CONTACT_START.test(line) || CONTACT_ANYWHERE.test(line)),
};

const QR_PROMPT =
  /扫一扫|扫描二维码|扫码|长按(?:识别|关注)|二维码|关注(?:我们的)?(?:微信)?公众号|下载.{0,8}客户端|Follow us on/iu;

export const qrPrompt: LineRule = {
  id: 'qr-prompt',
  reason: 'a prompt to scan a QR code or follow an account',
  test: (line) => QR_PROMPT.test(line) && textUnits(line) <= 40,
};

export const endMark: LineRule = {
  id: 'end-mark',
  reason: 'an end-of-story mark such as (完) or (END)',
  test: (line) => /^[(（【[]?\s*(?:完|全文完|END|end|-30-)\s*[)）】\]]?$/u.test(line),
};

export const printEdition: LineRule = {
  id: 'print-edition',
  reason: 'the print edition and page the story ran in',
  test: (line) =>
    line.length <= 80 &&
    /^《[^》]{2,20}》\s*[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第\s*\d{1,3}\s*版\s*|\d{1,3}\s*版\s*)?[)）]$/u.test(
      line,
    ),
};

export const siteCredits: LineRule = {
  id: 'site-credits',
  reason: "the site's operator credits from the page footer (主办, 承办, 技术支持)",
  test: (line) =>
    line.length <= 160 &&
    /^(?:主办|承办|主管|协办|技术支持|运营|运维|网站维护)(?:单位)?\s*[:：]/u.test(line),
};

export const adLabel: LineRule = {
  id: 'ad-label',
  reason: 'an advertisement or sponsored-content label',
  test: (line) =>
    line.length <= 80 &&
    /^[【[(（]?\s*(?:广告|推广|赞助|Advertisement|Sponsored(?: content)?|Ad)\s*[】\])）:：]/iu.test(
      `${line} `,
    ),
};

export const FOOTER_RULES: readonly LineRule[] = [
  adLabel,
  siteCredits,
  printEdition,
  registrationNumber,
  copyrightLine,
  contactLine,
  qrPrompt,
  endMark,
];
