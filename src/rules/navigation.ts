/** Navigation clutter: menus, breadcrumbs, share rows, page toolbars, previous/next links. */
import type { LineRule } from './rule.js';
import { endsWithPunctuation, hasHan, textUnits } from './shape.js';

const NAV_SEPARATORS = /[|｜丨·•／/]|\s{2,}/u;
const NAV_ITEM_MAX_HAN = 8;
const NAV_ITEM_MAX_WORDS = 4;
const NAV_MIN_ITEMS = 3;

function isShortItem(item: string): boolean {
  if (!/\p{L}/u.test(item)) return false;
  return hasHan(item)
    ? [...item].length <= NAV_ITEM_MAX_HAN
    : item.split(/\s+/).length <= NAV_ITEM_MAX_WORDS && item.length <= 24;
}

export const navigationBar: LineRule = {
  id: 'navigation-bar',
  reason: 'a line of short links separated by |, ·, / or runs of spaces',
  test(line) {
    if (endsWithPunctuation(line)) return false;
    const items = line
      .split(NAV_SEPARATORS)
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
    return items.length >= NAV_MIN_ITEMS && items.every(isShortItem);
  },
};

const BREADCRUMB_START =
  /^(?:首页|主页|网站首页|Home|[您你]?(?:当前|现在)?(?:的|所在)?位置)\s*(?:[>＞»›→:：]|$)/iu;
/** The last crumb of a two-item trail names the page type: `新华网 > 正文`. */
const LAST_CRUMB = /^(?:正文|内容|详情|文章|Article|Story)$/iu;
const BREADCRUMB_SEP = /[>＞»›→]/u;

export const breadcrumb: LineRule = {
  id: 'breadcrumb',
  reason: 'a breadcrumb trail (首页 > 频道 > …)',
  test(line) {
    if (line.length > 120) return false;
    if (BREADCRUMB_START.test(line)) return true;
    const items = line
      .split(BREADCRUMB_SEP)
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
    const short = items.every((item) => textUnits(item) <= 10 && !endsWithPunctuation(item));
    return short && (items.length >= 3 || (items.length === 2 && LAST_CRUMB.test(items[1]!)));
  },
};

const SHARE =
  /^(?:分享到|分享至|分享|转发到|Share(?: this(?: article| story)?)?|Share on)\s*[:：]?/iu;
const SHARE_TARGETS =
  /微信|朋友圈|微博|新浪微博|QQ空间|QQ好友|QQ|豆瓣|人人网|腾讯微博|Facebook|Twitter|X|LinkedIn|WhatsApp|Email|E-mail|Telegram|Reddit|Pinterest|复制链接|Copy link/giu;

export const shareRow: LineRule = {
  id: 'share-row',
  reason: 'a "share to" row of social buttons',
  test(line) {
    if (line.length > 80) return false;
    if (SHARE.test(line) && textUnits(line) <= 16) return true;
    const rest = line.replace(SHARE_TARGETS, '').replace(/[\s|｜丨·•/,，、:：]+/gu, '');
    return rest.length === 0 && SHARE_TARGETS.test(line);
  },
};

const TOOLBAR_WORDS =
  /字号|字体|[大中小]|默认|超大|打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|收藏(?:本页)?|纠错|我要纠错|推荐给朋友|返回顶部|返回首页|回到顶部|复制链接|评论|扫码|在手机上阅读|Print|Close|Font size|A\+|A-/giu;

/** Buttons that make a line of their own. */
const TOOLBAR_ALONE =
  /^[【[]?(?:打印|关闭|纠错|我要纠错|返回顶部|返回首页|回到顶部|字号|大字号|小字号|参与互动|我要评论|评论|听新闻|收藏|点赞|分享|打开APP|Listen|Print this page)[】\]]?$/iu;

export const pageToolbar: LineRule = {
  id: 'page-toolbar',
  reason: 'a page toolbar (font size, print, close, report an error)',
  test(line) {
    if (line.length > 60) return false;
    const words = line.match(TOOLBAR_WORDS);
    if (!words || words.length < 2) return TOOLBAR_ALONE.test(line);
    const rest = line.replace(TOOLBAR_WORDS, '').replace(/[\s【】[\]()（）|｜:：·,，、/]+/gu, '');
    return rest.length <= 1;
  },
};

export const prevNext: LineRule = {
  id: 'prev-next',
  reason: 'a link to the previous or next article',
  test(line) {
    return (
      /^(?:上一篇|下一篇|上一页|下一页|Previous(?: article| story)?|Next(?: article| story)?)\s*[:：]/iu.test(
        line,
      ) && line.length <= 120
    );
  },
};

export const NAVIGATION_RULES: readonly LineRule[] = [
  breadcrumb,
  navigationBar,
  shareRow,
  pageToolbar,
  prevNext,
];
