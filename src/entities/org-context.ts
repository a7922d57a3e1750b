/**
 * Organizations the grammar cannot see in one span, found from their context: teams in a match
 * report or a list of teams, brands listed with a company, a quoted name that has a general
 * manager, and a bare head that refers back to a body named in full.
 */
import type { Token } from './segmenter.js';
import { ANY_COUNTRY, COMPANY, headOf, PLACE_TAGS, WEAK_HEADS } from './org-lexicon.js';
import type { FoundOrg } from './organizations.js';

/** A token as a found name. */
export const spanOf = (t: Token): FoundOrg => ({
  start: t.start,
  end: t.start + t.word.length,
  text: t.word,
});

const CONJUNCTION = /^[及和与、]$/u;
const BRAND_TAGS = new Set(['nr', 'nrt', 'nz', 'x', 'eng']);

/**
 * A brand listed with a company (`索尼及飞利浦公司`, `康佳、长虹和海尔集团`) is a company too:
 * a proper name joined to a name whose own first word is a proper name, not a place.
 * `starting` maps a token's start offset to its index.
 */
export function conjuncts(
  names: FoundOrg[],
  tokens: Token[],
  starting: Map<number, number>,
): FoundOrg[] {
  const out: FoundOrg[] = [];
  for (const name of names) {
    let k = starting.get(name.start);
    if (k === undefined || !COMPANY.test(name.text)) continue;
    if (!BRAND_TAGS.has(tokens[k]!.tag) && tokens[k]!.word !== name.text) continue;
    while (k >= 2 && CONJUNCTION.test(tokens[k - 1]!.word) && BRAND_TAGS.has(tokens[k - 2]!.tag)) {
      const t = tokens[k - 2]!;
      if (!/^\p{Script=Han}{2,}$|^[a-z]{2,}$/iu.test(t.word)) break;
      out.push(spanOf(t));
      k -= 2;
    }
  }
  return out;
}

/** A sentence that reports a match: a score, a result verb or a competition. */
const MATCH_CUE = /比赛|决赛|小组赛|\d[:：∶比]\d|战胜|击败|负于|逼平|出线|联赛|世界杯|锦标赛/u;
/** A programme's time slot, `8:50—9:20`: its sentence is a schedule, not a match report. */
const SCHEDULE = /\d{1,2}[:：][0-5]\d\s*[—–~～-]+\s*\d{1,2}[:：][0-5]\d/u;
/** Words a team stands beside in a match report: who beat whom, who met whom. */
const MATCH_BEFORE =
  /^(?:战胜|击败|负于|力克|迎战|[大小险完]?胜|[战逼]?平|输给|不敌|对阵|淘汰|[对与同和、])$/u;
const MATCH_AFTER = /^(?:战胜|击败|负于|逼平|力克|[以与和])$/u;
/** What follows a name in a list: a separator, 等, or the end of the clause. */
const LIST_GOES_ON = /^(?:[、，,和与及。；;].*|等.*)?$/u;
/** Words jieba tags as places that field no team of their own (with `ANY_COUNTRY`). */
const NOT_TEAM = /^(?:城市|普及)$/u;
/** After these a place names where a player comes from, not a team. */
const NOT_TEAM_AFTER = /^(?:的|选手|名将|[男女][单双]|运动员|队员|球员|主办)$/u;
/** The stretch between two places, or the two places together: `厦门与金门之间`. */
const BETWEEN = /^(?:之间|两地|一带|中间)$/u;
/**
 * People only a team has, in a match report or not: `保加利亚的队员`, `巴西的主教练`. Not its fans:
 * `中国的球迷` are the country's people as much as the team's.
 */
const TEAM_OWNS = /^(?:队员|球员|主教练|主帅|门将|前锋|后卫|中场)$/u;

/**
 * In a match report a country or a city beside a result verb names its team (`中国以3:1战胜日本`,
 * `2∶2平摩洛哥`), and so do its players anywhere (`保加利亚的队员`): the team is the
 * organization, not the place.
 */
export function matchTeams(tokens: Token[], text: string): FoundOrg[] {
  const out: FoundOrg[] = [];
  // The end of each sentence that reports a match, in order; tokens walk through them once.
  const reports: Array<{ start: number; end: number }> = [];
  let sentenceStart = 0;
  for (const sentence of text.split(/(?<=[。！？!?])/u)) {
    const end = sentenceStart + sentence.length;
    // (A schedule's clock times are no scores: `8:50—9:20 …演讲`.)
    if (MATCH_CUE.test(sentence) && !SCHEDULE.test(sentence))
      reports.push({ start: sentenceStart, end });
    sentenceStart = end;
  }
  let r = 0;
  tokens.forEach((t, k) => {
    while (r < reports.length && reports[r]!.end <= t.start) r++;
    if (!PLACE_TAGS.has(t.tag) || t.word.length < 2) return;
    if (NOT_TEAM.test(t.word) || ANY_COUNTRY.test(t.word)) return;
    const before = tokens[k - 1]?.word ?? '';
    const after = tokens[k + 1]?.word ?? '';
    if (after === '的' && TEAM_OWNS.test(tokens[k + 2]?.word ?? ''))
      return void out.push(spanOf(t));
    if (r === reports.length || t.start < reports[r]!.start) return;
    if (NOT_TEAM_AFTER.test(after)) return;
    // Two places with the stretch between them are where, not who (`厦门与金门之间的海域`).
    if (BETWEEN.test(after) || BETWEEN.test(tokens[k + 3]?.word ?? '')) return;
    // In a list a place stands alone between separators (`天津、福建、陕西`); a place with a word
    // after it names something else (`巴黎聚焦、法兰西随感` are columns).
    if (before === '、' && !LIST_GOES_ON.test(after)) return;
    if (MATCH_BEFORE.test(before) || MATCH_AFTER.test(after)) out.push(spanOf(t));
  });
  return out;
}

/** A count of teams before a colon: what follows is a list of them (`有11个队保持大门不失：`). */
const TEAM_COUNT = /[\d一二三四五六七八九十两几]{1,4}[个支]球?队[^。！？：:]{0,12}[：:]$/u;
const LIST_SEPARATOR = /^[、和及与]$/u;

/** What a list of places ends with when the places are teams: `美国、澳大利亚等一流球队`. */
const TEAMS_AFTER_LIST = /^等[^，。；！？]{0,4}(?:球队|强队|队|强手|对手)/u;

/**
 * Places listed as teams: after a count of teams and a colon (`有11个队保持大门不失：德国、英格兰`)
 * or before `等…队` (`同美国、斯洛伐克等强手对抗`, `如苏格兰、挪威、丹麦等队`). Each is a team.
 */
export function listedTeams(tokens: Token[], text: string): FoundOrg[] {
  const out: FoundOrg[] = [];
  const isPlace = (t: Token | undefined): boolean =>
    t !== undefined && PLACE_TAGS.has(t.tag) && t.word.length >= 2 && !ANY_COUNTRY.test(t.word);
  tokens.forEach((t, k) => {
    if (/^[：:]$/u.test(t.word)) {
      if (!TEAM_COUNT.test(text.slice(Math.max(0, t.start - 24), t.start + 1))) return;
      for (let j = k + 1; isPlace(tokens[j]); j += 2) {
        out.push(spanOf(tokens[j]!));
        if (!LIST_SEPARATOR.test(tokens[j + 1]?.word ?? '')) break;
      }
    } else if (t.word === '等' && TEAMS_AFTER_LIST.test(text.slice(t.start, t.start + 8))) {
      // Only a list (two places or more) before 等: `美国等` alone may be the country.
      const listed: FoundOrg[] = [];
      for (let j = k - 1; isPlace(tokens[j]); j -= 2) {
        listed.push(spanOf(tokens[j]!));
        if (!LIST_SEPARATOR.test(tokens[j - 1]?.word ?? '')) break;
      }
      if (listed.length >= 2) out.push(...listed);
    }
  });
  return out;
}

/**
 * Heads that name one body of a kind the text has named (committees, delegations, branches,
 * bureaus); not `公司`.
 */
export const REFERRING_HEAD = /^(?:.+委会|委员会|理事会|.+[^集]团|.*总支|.+[局厅])$/u;

/**
 * Once a text names a body in full (`澳门特区筹委会`), its head word alone refers back to it
 * (`筹委会先设立四个工作小组`): an anaphoric mention of the same organization, when only one
 * named body has that head. `earlier` holds the heads of the bodies earlier parts of the same
 * article named (a later paragraph's `社会局` refers back to `台中市政府社会局`).
 */
export function bareHeads(
  names: FoundOrg[],
  tokens: Token[],
  ending: Map<number, Token>,
  earlier: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): FoundOrg[] {
  // Each head with the names that end in it: a head two bodies share refers to neither.
  // (One body written two ways is one owner: `中俄友好、和平与发展委员会` and without the 、.)
  const owners = new Map<string, Set<string>>();
  for (const [head, bodies] of earlier) owners.set(head, new Set([...bodies].map(spelling)));
  for (const name of names) {
    const head = referringHead(name, ending);
    if (head) owners.set(head, (owners.get(head) ?? new Set()).add(spelling(name.text)));
  }
  if (owners.size === 0) return [];
  // A head alone, not the end of a name the grammar could not read (`PalisadesInterstate/公园/委员会`).
  return tokens
    .filter((t, k) => owners.get(t.word)?.size === 1 && !NAMING_TAGS.has(tokens[k - 1]?.tag ?? ''))
    .map(spanOf);
}

/** Tags of a word that would name the head after it: then the head is not alone. */
const NAMING_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'j', 'eng']);

/** A name without the separators its writers leave in or out (`、`, `·`, spaces). */
const spelling = (name: string): string => name.replace(/[、·•・\s]/gu, '');

/** The head word a name can be referred back by, if any: its last word, a kind of body. */
export function referringHead(name: FoundOrg, ending: Map<number, Token>): string | null {
  const last = ending.get(name.end);
  return last && last.start > name.start && REFERRING_HEAD.test(last.word) ? last.word : null;
}

/** People who run a company or work for it: a quoted name before one of them is a company. */
const QUOTED_BEFORE_ROLE =
  /“([^“”\s]{2,10})”(?=副?总经理|董事长|副?总裁|首席执行官|总编辑|厂长|董事会|股东)/gu;

/**
 * A name in quotes that has a general manager or a board (`“紫禁城”总经理张和平`) is a company,
 * and the text's other quoted mentions of it (`“紫禁城”千万不要铺摊子`) are that company too.
 * Unquoted, the same word may be the place it is named after.
 */
export function quotedCompanies(text: string): FoundOrg[] {
  const names = new Set([...text.matchAll(QUOTED_BEFORE_ROLE)].map((m) => m[1]!));
  const out: FoundOrg[] = [];
  for (const name of names)
    for (let at = text.indexOf(`“${name}”`); at !== -1; at = text.indexOf(`“${name}”`, at + 1))
      out.push({ start: at + 1, end: at + 1 + name.length, text: name });
  return out;
}

/** A body founded, in quotes: `成立“金兰同学社”`, `发起组织“马克思主义研究会”`. */
const FOUNDED_QUOTED =
  /(?:成立|组织|组建|创办|创立|发起|建立|创建|筹建|组成)了?[“「『]([^“”「」『』\s]{2,14})[”」』]/gu;

/**
 * A name in quotes right after a verb of founding, ending in a head (`成立“金兰同学社”`), is the
 * body founded: its words may name nothing else (`马克思主义研究会`), the quotes and the verb do.
 */
export function foundedInQuotes(text: string): FoundOrg[] {
  const out: FoundOrg[] = [];
  for (const m of text.matchAll(FOUNDED_QUOTED)) {
    const name = m[1]!;
    const head = headOf(name);
    if (head === null || head === name || WEAK_HEADS.has(head)) continue;
    const start = m.index + m[0].length - name.length - 1;
    out.push({ start, end: start + name.length, text: name });
  }
  return out;
}

/**
 * The short form a text defines for a name right after it, in brackets: `华晨汽车集团控股有限公司
 * （以下简称“华晨集团”）`, also after a remark (`（暂定名，以下简称“合资公司”）`). Filings,
 * contracts and court papers name a body once in full and then only so.
 */
const DEFINED_ALIAS =
  /^[（(][^（()）“”]{0,24}?(?:以下|下文|下同)?[，,]?(?:简称|称|统称|合称)为?[:：]?[“"「『]([^“”"「」『』\n]{2,24})[”"」』]/u;

/** Short forms that name a role in the text, not the body (`公司`, `发行人`, `甲方`). */
const ROLE_ALIAS =
  /^(?:公司|本公司|上市公司|发行人|标的公司|目标公司|本行|本集团|集团|交易对方|受让方|转让方|出让方|[甲乙丙丁]方|买方|卖方|本基金|基金|本所|本会|管理人|托管人|担保人|被担保人|债权人|债务人|原告|被告|申请人|被申请人|上诉人|被上诉人)$/u;

/** Short forms of a deal, a document or a project, not of a body (`本次交易`, `《增资协议》`). */
const NOT_A_BODY = /^(?:本次|本项|该项|《)|(?:协议|项目|交易|事项|计划|合同)$/u;

/** Further short forms in the same brackets: `（以下简称“公司”或“长亮科技”）`. */
const MORE_ALIASES = /^[、,，或和及]\s*[“"「『]([^“”"「」『』\n]{2,24})[”"」』]/u;

/** The short forms `text` defines for the names found in it: short form → full name. */
export function definedAliases(names: readonly FoundOrg[], text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const name of names) {
    let rest = text.slice(name.end, name.end + 60);
    let m = DEFINED_ALIAS.exec(rest);
    while (m) {
      const alias = m[1]!;
      if (alias !== name.text && !ROLE_ALIAS.test(alias) && !NOT_A_BODY.test(alias))
        out.push([alias, name.text]);
      rest = rest.slice(m[0].length);
      m = MORE_ALIASES.exec(rest);
    }
  }
  return out;
}

/** Every place `text` uses a defined short form. */
export function aliasMentions(text: string, aliases: ReadonlyMap<string, string>): FoundOrg[] {
  const out: FoundOrg[] = [];
  for (const alias of aliases.keys())
    for (let at = text.indexOf(alias); at !== -1; at = text.indexOf(alias, at + alias.length))
      out.push({ start: at, end: at + alias.length, text: alias });
  return out;
}
