/** Lists of related, recommended or popular headlines under a heading that announces them. */
import type { Rule } from './rule.js';
import { endsWithPunctuation, textUnits, trimEndSet } from './shape.js';

export const relatedLinks: Rule = {
  id: 'related-links',
  reason: 'a list of related or recommended headlines',
};

const RELATED_HEADING =
  /^[【[「]?(?:相关(?:新闻|阅读|报道|链接|文章|推荐|专题|资讯|文件|政策|解读|稿件)|推荐阅读|延伸阅读|扩展阅读|热门(?:推荐|文章|新闻|阅读|评论)|热点(?:新闻|推荐|关注|专题)|猜你喜欢|你可能还?(?:喜欢|感兴趣)|更多(?:精彩|新闻|阅读|报道|资讯)|精彩推荐|精彩图片|往期回顾|今日推荐|今日热点|热门排行|排行榜|点击排行|热文排行|编辑推荐|网友评论|Related(?: (?:stories|articles|news|coverage|content|reading|links))?|Read (?:more|next|also)|More (?:from|on|in|stories|news)(?: [\w ]{1,30})?|Recommended(?: for you| stories| reading)?|You may also like|You might also like|Most (?:read|popular|viewed|shared)|Trending(?: now)?|Top stories|Editor's picks|Você (?:também )?pode gostar|Veja também|Leia também|(?:Artigos|Posts|Notícias|Matérias) relacionad[oa]s|(?:También )?te puede interesar|Noticias relacionadas|Lee también|(?:À )?lire aussi|Sur le même sujet|Das könnte (?:Sie|dich) auch interessieren|Mehr zum Thema|Auch interessant|Weitere Artikel|Читайте также|Похожие (?:статьи|новости))[】\]」]?\s*(?:[:：>》]*|\.{3}|…)$/iu;
const ITEM_MAX_UNITS = 45;
const ITEM_MAX_CHARS = 200;
const TRAILING_DATE = /\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?[)）\]]?$/u;

export function isRelatedHeading(line: string): boolean {
  return line.length <= 60 && RELATED_HEADING.test(line);
}

/** One headline of such a list: short, unpunctuated or bulleted, maybe dated. */
export function isHeadlineItem(line: string): boolean {
  if (line.length > ITEM_MAX_CHARS || textUnits(line) > ITEM_MAX_UNITS) return false;
  if (/^(?:[-*•·▪■●◆>》]|\d{1,2}[.、]\s?)/u.test(line)) return true;
  return !endsWithPunctuation(trimEndSet(line.replace(TRAILING_DATE, ''), ' (（['));
}
