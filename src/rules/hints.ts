/**
 * Class and id hints for HTML: names that mark an element as the story or as page furniture.
 * Names are split into tokens (`article-body` → article, body; `shareBar` → share, bar), and only
 * whole tokens match, so `shadow` never counts as `ad`.
 */
import type { Rule } from './rule.js';
import { cachedByValue } from '../memo.js';

/** Tokens that mark the story container (calibrated as a set with NEGATIVE on the bench pages). */
export const POSITIVE_HINTS = new Set([
  'article',
  'articles',
  'content',
  'contents',
  'abody',
  'artibody',
  'body',
  'main',
  'post',
  'entry',
  'story',
  'text',
  'txt',
  'zw',
  'zhengwen',
  'news',
  'detail',
  'details',
  'trs',
  'editor',
  'maintext',
  'blog',
  'page',
  'paragraph',
  'paragraphs',
  'cont',
  'con',
  'context',
  'single',
  'rich',
  'richtext',
  'prose',
  'markdown',
  'articlebody',
  'storybody',
  'postbody',
  'newsbody',
  'article_content',
  '正文',
]);

/** Tokens that mark furniture wherever they stand: comments, share bars, related links, ads. */
export const STRONG_NEGATIVE_HINTS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menus',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'share',
  'sharing',
  'social',
  'sns',
  'bdshare',
  'jiathis',
  'comment',
  'comments',
  'reply',
  'replies',
  'respond',
  'discuss',
  'disqus',
  'related',
  'relate',
  'recommend',
  'recommended',
  'recommendation',
  'recommendations',
  'tuijian',
  'xgxw',
  'xgyd',
  'hotnews',
  'popular',
  'trending',
  'rank',
  'ranking',
  'paihang',
  'copyright',
  'banquan',
  'ad',
  'ads',
  'adv',
  'advs',
  'adbox',
  'advert',
  'advertisement',
  'adsbygoogle',
  'sponsor',
  'sponsored',
  'promo',
  'promotion',
  'guanggao',
  'subscribe',
  'subscription',
  'newsletter',
  'signup',
  'login',
  'register',
  'popup',
  'modal',
  'cookie',
  'cookies',
  'consent',
  'tags',
  'keywords',
  'friendlink',
  'qrcode',
  'erweima',
  'author-bio',
  'newsletter-signup',
  'outbrain',
  'taboola',
  'sr-only',
  'visually-hidden',
]);

/** Layout words that also name wrappers holding the story (`and-w-sidebar`, `footer-wrap`). */
export const WEAK_NEGATIVE_HINTS = new Set([
  'footer',
  'masthead',
  'topbar',
  'toolbar',
  'sidebar',
  'aside',
  'hot',
  'gg',
  'banner',
  'most',
]);

/**
 * Embedded posts quoted by the story (`twitter-tweet`, `instagram-media`, `social-media-embed`):
 * the story's own material, even when their class also says social.
 */
const EMBED_HINTS = new Set(['embed', 'embedded', 'tweet', 'twitter-tweet', 'instagram-media']);

/** Layout state classes (`has-sidebar`, `no-comments`) describe the page, not the element. */
const STATE_CLASS =
  /^(?:has|with|without|no|show|hide|is|js|enable|disable)[-_]|[-_](?:enabled|disabled|active|open|visible|hidden|on|off|loaded|ready)$/u;

export const hintedBoilerplate: Rule = {
  id: 'marked-boilerplate',
  reason:
    'inside an element whose class or id names page furniture (nav, share, comment, related, ad…)',
};

/** Tokens of a class or id value: split on non-letters and camelCase. */
export function hintTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** 1 story, -1 layout furniture (weak), -2 furniture (strong), 0 neither. */
export type Polarity = 1 | 0 | -1 | -2;

/** Tokens and whole names: the whole value is also tried (`article_content`, `author-bio`). */
function hintWords(classAndId: string): string[] {
  return [...hintTokens(classAndId), ...classAndId.toLowerCase().split(/\s+/u)];
}

// The same class strings repeat across a page (and pages of a site): each judgement below is
// computed once per string, in a cache emptied when it grows past a bound.

/** The class names a quoted post. */
export const isEmbedHint = cachedByValue(
  (value) => value !== '' && hintWords(value).some((t) => EMBED_HINTS.has(t)),
);

export const hintPolarity = cachedByValue(computePolarity);

function computePolarity(value: string): Polarity {
  const classAndId = value
    .split(/\s+/u)
    .filter((name) => !STATE_CLASS.test(name.toLowerCase()))
    .join(' ');
  if (classAndId.length === 0) return 0;
  const words = hintWords(classAndId);
  if (words.some((t) => EMBED_HINTS.has(t))) return 0;
  // Furniture wins over story words: `article-footer`, `content-sidebar`, `footer-bottom-text`.
  if (words.some((t) => STRONG_NEGATIVE_HINTS.has(t))) return -2;
  if (words.some((t) => WEAK_NEGATIVE_HINTS.has(t))) return -1;
  return words.some((t) => POSITIVE_HINTS.has(t)) ? 1 : 0;
}
