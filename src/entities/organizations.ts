/**
 * Organizations: maximal spans over jieba tokens built by a small grammar — an optional place or
 * administrative prefix (`长沙市`, `开福区`, `市`, `国家`), body words, and a head from a suffix
 * lexicon (`妇联`, `委员会`, `检察院`, `支队`, `有限公司`…) — plus jieba's `nt` tokens and a
 * gazetteer of international bodies. Events (`第十七次妇女代表大会`), places and generic nouns
 * (`妇联组织`, a bare `中心`) are not organizations.
 */
import { cachedByValue } from '../memo.js';
import { alternation } from './words.js';
import { tag, type Token } from './segmenter.js';
import {
  ANY_COUNTRY,
  BY_KIND,
  COMPANY,
  EVENT,
  expand,
  GAZETTEER,
  GAZETTEER_RE,
  GENERIC,
  headOf,
  PLACE_TAGS,
  WEAK_HEADS,
} from './org-lexicon.js';
import {
  aliasMentions,
  bareHeads,
  conjuncts,
  definedAliases,
  foundedInQuotes,
  listedTeams,
  matchTeams,
  quotedCompanies,
  REFERRING_HEAD,
  referringHead,
  spanOf,
} from './org-context.js';

export interface FoundOrg {
  start: number;
  end: number;
  text: string;
  /** The word a later mention may refer back to this body by (`社会局` of `台中市政府社会局`). */
  head?: string;
}

/** Heads earlier text named bodies by, each with those bodies' names (see `bareHeads`). */
export type EarlierHeads = ReadonlyMap<string, ReadonlySet<string>>;

const NAME_TAGS = new Set(['nt', 'nz', 'j', 'ns', 'nsf', 'nr', 'nrt', 'nrfg']);
/** Proper nouns: bodies, other proper words, abbreviations, people, Latin words. */
const PROPER_NOUN_TAGS = new Set(['nt', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'eng']);
const BODY_TAGS = new Set([
  'n',
  'nz',
  'nt',
  'ns',
  'nsf',
  'j',
  'vn',
  'nr',
  'nrt',
  'nrfg',
  'an',
  'l',
  'b',
  'ng',
  'x',
  'eng',
  'm',
  // Not 'f': a direction word makes a region (`青藏高原东部`, `新疆北部`), not a name.
  's',
  'nl',
  'ag',
  'a',
  'vg',
  'v',
  // A one-character head jieba cannot place (`塑料制品/n 厂/zg`).
  'zg',
]);
/** Administrative prefixes written alone before a body (`市检察院`, `省教委`, `国家统计局`). */
const ADMIN =
  /^(?:国家|中央|全国|中华|中国|中共|国际|世界|总政|总参|总后|[省市县区镇乡村州]|自治区|自治州|特区)$/u;
const ADMIN_SUFFIX = /[省市县区镇乡村州旗盟]$/u;
/** The one-character levels a name or a government starts at: `市/审计局`, `县/人大`. */
const LEVELS = '省市县区乡镇';
const LEVEL = new RegExp(`^[${LEVELS}]$`, 'u');
/** Brackets and quotes a name may hold (`国广国际在线网络(北京)有限公司`, `韩国“小天使”艺术团`). */
const OPENERS = '(（“『';
const CLOSERS = ')）”』';
const BRACKETS = new RegExp(`^[${OPENERS}${CLOSERS}]$`, 'u');
const OPEN_QUOTE = /^[“『]$/u;
/** Nouns a head can modify: `研发中心城市`, `服务中心建设`. */
const MODIFIED = /^(?:城市|地区|体系|平台|项目|功能|作用|建设|机制|模式|市场|批发市场)$/u;
const SPLIT_HEAD = /^[队部局委院厅署社处团]./u;
const DATELINE = /\d月|\d日|月\s*\d+\s*日|日[电讯]|本报讯/u;
const VERB_TAGS = new Set(['v', 'vn', 'vd', 'b', 'd', 'ad']);
const MAX_TOKENS = 10;
const MINISTRY = /[部局厅署]$/u;
const NOT_MINISTRY =
  /(?:部署|干部|[东南西北中内外全总局底顶前后腹胸]部|俱乐部|大局|格局|结局|布局|当局|时局|战局|骗局|饭局|全局|管理局|办公厅|工作部|^事务局)$/u;
const MAX_CHARS = 30;
const PERSON_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** Ownership and listing, which make a kind wherever they stand (`中国民营上市公司`). */
const OWNERSHIP_WORDS = '国有 国营 民营 私营 外资 合资 独资 上市 上柜'.split(' ');
const OWNERSHIP = new RegExp(`^${alternation(OWNERSHIP_WORDS)}$`, 'u');
const OWNERSHIP_START = new RegExp(`^${alternation(OWNERSHIP_WORDS)}`, 'u');
/** Fame, which makes a kind wherever it stands (`著名法学院`, `中美著名法学院`). */
const REPUTE_WORDS = ['知名', '著名'];
const REPUTE = new RegExp(`^${alternation(REPUTE_WORDS)}$`, 'u');
/** A word that opens with a kind of body: ownership, standing, field (`国有银行`, `重点中学`). */
const KIND_MODIFIER_START = new RegExp(
  `^${alternation([...OWNERSHIP_WORDS, ...REPUTE_WORDS, ...'高科技 重点 专科 综合性 大型 中小型 中型 小型 露天 普通'.split(' ')])}`,
  'u',
);
/**
 * A country's or continent's kind of body (`日本公司`, `英国学校`, `中国酒店`, `亚洲酒店`): any of
 * them, not one (banks may be one: `日本银行`).
 */
const COUNTRY_KIND =
  /^(?:(?!联合国)\p{Script=Han}{1,2}国|日本|印度|意大利|加拿大|澳大利亚|新加坡|西班牙|荷兰|瑞士|瑞典|巴西|墨西哥|俄罗斯|越南|朝鲜|菲律宾|马来西亚|亚洲|欧洲|非洲|美洲|拉美)(?:公司|企业|合伙企业|学校|大学|医院|工厂|乐队|球队|酒店|饭店)$/u;

/** Countries by a pronoun, which jieba tags as places: `贵国议会` names no one. */
const COUNTRY_PRONOUN = /^(?:[贵我本该两各他此敌友邻外]|对象)国$/u;

/** A company's brand from the gazetteer with a company head glued on: `耐克公司`, `索尼集团`. */
function gluedToBrand(word: string): boolean {
  const head = headOf(word);
  return (
    head !== null && COMPANY.test(head) && head !== word && word.slice(0, -head.length) in GAZETTEER
  );
}

/**
 * A periodical by its title and kind: `《财富》杂志`, `《时代》周刊`, `《人民日报》社`, and a
 * paper's own weekly or monthly (`《天津日报》文艺周刊`).
 */
const PERIODICAL =
  /《[^《》\n]{1,20}》(?:\p{Script=Han}{2}[周月]刊|杂志社|杂志|周刊|月刊|季刊|报社|社)/gu;

const PUBLISHER = '出版社';
/** Hotels and restaurants, which common words name. */
const HOTEL = /^(?:饭店|宾馆|旅馆|旅社|酒店|大酒店|酒楼|酒家)$/u;
const PERIODICAL_HEAD = /^(?:周刊|季刊|月刊|日报|晚报|画报|报社|杂志社)$/u;

/** A group of countries by their count: `15国集团`, `11国委员会`, `七国集团`. */
const COUNTRY_GROUP =
  /(?<![\d一二三四五六七八九十])[\d一二三四五六七八九十]{1,3}国(?:集团|委员会|联盟)/gu;

const COUNTRY_GROUP_AFTER_WORDS = /\D\d{1,3}国(?:集团|委员会|联盟)$/u;

/**
 * A company by its name in Latin letters and its legal form: `Top Speed (Shanghai) Limited`,
 * `Apple Inc.`, `Siemens AG`.
 */
const LATIN_COMPANY =
  /(?<![A-Za-z])(?!(?:The|An?)\s)(?:[A-Z][\w&'-]*\s){1,6}(?:\([A-Z][a-z]+\)\s)?(?:Limited|Ltd\.?|Inc\.|Inc|Incorporated|Corporation|Corp\.|Company|LLC|GmbH|AG|PLC|plc|Holdings|S\.A\.|N\.V\.)(?![A-Za-z])/gu;

/** 国共, the Kuomintang and the Communist Party, before what the two did together. */
const PARTY_PAIR = /国共(?=两党|合作|谈判|关系|内战)/gu;

/** The parties' one-character names in `国共两党`, and the parties they name. */
const PARTY_INITIAL: Readonly<Record<string, string>> = { 国: '中国国民党', 共: '中国共产党' };

/** The two parties of `国共两党`, a character each: two names side by side, never one. */
function partyPair(text: string): FoundOrg[] {
  return [...text.matchAll(PARTY_PAIR)].flatMap((m) => [
    { start: m.index, end: m.index + 1, text: '国' },
    { start: m.index + 1, end: m.index + 2, text: '共' },
  ]);
}

/** A Red Army or New Fourth Army unit by its number, with its departments: `红4军政治部宣传部`. */
const ARMY_UNIT =
  /[红新][\d一二三四五六七八九十]+(?:军团|方面军|纵队|[军师旅])(?:(?:政治|司令|后勤|宣传|组织)部)*/gu;

/**
 * A court's chamber right after the court, which joins its name as a unit (`海淀区人民法院/刑事审判
 * 二庭`); jieba leaves the numbered chamber unknown (`二庭/x`).
 */
const COURT_CHAMBER =
  /(?<=法院)(?:刑事|民事|行政|经济|告诉申诉|立案|执行)?审判[一二三四五六七八九十]?庭/gu;

/** An unknown Han word (jieba tags it x): often a proper name (`国广`). */
const unknownName = (t: Token): boolean =>
  t.tag === 'x' &&
  /^\p{Script=Han}{2,}$/u.test(t.word) &&
  (!FUNCTION_START.test(t.word) || COUNTRY_PAIR.test(t.word)) &&
  // `罗同` (Romania with): a glued preposition ends the word, it names no one; nor does a verb
  // with its aspect (`投了`) or a count (`一人`).
  !/[同和与在向对将把被已曾也都诉称说给了着过个]$/u.test(t.word) &&
  !/^[一二三四五六七八九十两几]/u.test(t.word);
/** A one-character surname jieba split off a person's name (`赵/nr 红军/n`, `孟/nr 健/a 军/n`). */
const splitSurname = (t: Token): boolean => t.tag === 'nr' && t.word.length === 1;
/** Places and proper nouns a name can start at (not a person tag: jieba puts it on words like 养老). */
const PROPER_TAGS = new Set(['ns', 'nsf', 'nt', 'nz', 'j', 'eng']);
/** Tags of a whole name in itself (a body, a person, a place): 和 after one joins two names. */
const WHOLE_NAME_TAGS = new Set(['nt', 'nr', 'nrt', 'nrfg', 'ns', 'nsf', 'j']);
const TEAM = /^(?:队|球队|[男女][篮排足])$/u;
/** `驻` belongs to a mission's name: `中国驻美国大使馆`, `新华社驻东京记者站`. */
const STATIONED = '驻';
const FRESH_START = new Set(['ns', 'nsf', 'nt']);
/** The legal form that ends a registered company's name. */
const LEGAL_FORM = /^(?:有限公司|股份有限公司|有限责任公司|集团有限公司)$/u;
/** A branch is placed where it is: `中保寿险上海分公司` is one name. */
const BRANCH = /^(?:分公司|分局|分行|支行|分署|分社|分会|分部|分校|办事处|总部)$/u;
/** A word that names nothing and heads nothing: not a place, a name, a head, a bracket or `驻`. */
function commonWord(t: Token): boolean {
  return (
    !nameLike(t) &&
    headOf(t.word) === null &&
    !BRACKETS.test(t.word) &&
    !NAME_DOT.test(t.word) &&
    t.word !== STATIONED
  );
}
/** Places where things happen: a name may not run on from one (`博物馆和…杂志社`). */
const VENUE = /(?:馆|体育场|音乐厅|剧场)$/u;
/** People, not fields of work: `中央领导和广电部` is two things. */
const LEADER = /(?:领导|[人员者长家])$/u;
/** Titles and members that jieba writes glued to the body they belong to. */
const TITLE =
  /(?:[校院局部厂所站社台馆行会团队处科议]长|书记|主席|主任|委员|会员|队员|常委|政委|律师|记者|教授)$/u;
/**
 * Titles that are people whatever precedes them, so a name ends before them (`房地产公司经理兼党委`);
 * not `部长`: `欧盟部长理事会` is a body.
 */
const PERSON_TITLE =
  /^(?:[校院局厂所站社台馆行会团队处科]长|书记|常委|政委|主席|主任|委员|会员|队员|总?经理|董事长|副?总裁|记者|通讯员|总理|总统|首相)$/u;

function gluedTitle(word: string): RegExpExecArray | null {
  const title = TITLE.exec(word);
  return title && title.index > 0 ? title : null;
}

/** The term of a body (`第九届全国人大常委会`, `九届人大`): part of its name; not `一届` (`一届又一届人大`). */
const TERM =
  /^(?:第[\d一二三四五六七八九十]+|[\d二三四五六七八九十][\d一二三四五六七八九十]*|首)届$/u;
/** Bodies elected for a term; a council's `第十六届` is its meeting's, not its own. */
const TERMED = /人大|人民代表大会|常委会|委员会|政协|立法会|国会|议会/u;
/** Elected bodies as one word: with a term before them they are one body (`首届立法会`). */
const TERMED_HEAD =
  /^(?:人大|政协|立法会|立法局|国会|议会|常委会|人大常委会|全国人大|全国人民代表大会)$/u;
/** A people's congress, which ends like a meeting but is the legislature of its place. */
const LEGISLATURE = '人民代表大会';
/** Classifiers of bodies and people: a count with one is how many, not part of a name. */
const CLASSIFIERS = '个家所位名处条些种批支';
/** A number with its classifier: how many bodies, not part of one. */
const COUNTED = new RegExp(`[${CLASSIFIERS}]$`, 'u');
/** jieba may split a count from its classifier (`8/x 位镇/x`). */
const AFTER_COUNT = new RegExp(`^[${CLASSIFIERS}]`, 'u');
/**
 * jieba also leaves glued function words, classifiers and dates unknown (`这是`, `已同`, `家大`,
 * `年入`): no name starts so.
 */
const FUNCTION_START = new RegExp(
  `^(?:[这那是在已将到从对把被和与及的了也都就还又并而但却向于於为以由等有日当使让令给要受各年月本据未没不他她它我你您任过自拟另${CLASSIFIERS}]|图为|如某|正[由在是被向与和从对把将])`,
  'u',
);

/** An administration of government (`新闻出版署`, `环保署`). */
const ADMINISTRATION = '署';

/** A province or a city by its suffix, and the city, district or county that can lie in it. */
const LARGER_PLACE = /^\p{Script=Han}{2,}[省市]$/u;
const SMALLER_PLACE = /^[^全本该各此每]\p{Script=Han}*[市区县州]$/u;

/** A level's government as one word (`县政府`, `县人民政府`). */
const LEVEL_GOVERNMENT = new RegExp(`^[${LEVELS}](?:人民)?政府$`, 'u');

/** A county by its suffix. */
const COUNTY = /^[^全本该各此每]\p{Script=Han}*县$/u;

/** Adjectives and adverbs, which describe; they name no body before a one-character head. */
const QUALITY_TAGS = new Set(['a', 'ad', 'd']);

/** A fund: a body when it acts as one (`非洲发展基金`), money when a person gives it a name. */
const FUND = '基金';

/** Two countries by their one-character names, which jieba leaves unknown (`日中`, `法中`). */
const COUNTRY_PAIR =
  /^[中日美法英德俄韩朝越印泰意加澳巴蒙老缅菲新马][中日美法英德俄韩朝越印泰意加澳巴蒙老缅菲新马]$/u;

/**
 * A county, city, prefecture, township or town by its suffix, whatever jieba tags it (`岩手县/n`,
 * `乌咀乡/i`).
 */
const NOUN_PLACE = /^\p{Script=Han}{2,}[县市州乡镇]$/u;

/** Friendship, which jieba tags as an adjective, names the societies for it (`中日友好协会`). */
const FRIENDSHIP = '友好';

/** Holding a post, now or before: said of a person, never part of a body's name. */
const POST_HELD =
  /^(?:现任|前任|时任|原任|曾任|历任|兼任|担任|出任|升任|调任|改任|现为|原为|曾为|现系|官拜)$/u;

/** `某`, a certain one: the text does not name it. */
const SOME = '某';

/** `原`, former: what a body was called before, never part of its name. */
const FORMER = '原';

/**
 * What is said of a body or a person right after its name: plans, courtesies, visits and citations
 * (jieba tags 会见 a noun, 援引 a verb noun). Never inside a name.
 */
const SAID_AFTER_A_NAME =
  /^(?:拟|拟将|拟以|拟与|拟向|拟对|谨向|谨此|谨以|谨代表|会见|会晤|接见|看望|慰问|视察|现有|共有|拥有|援引|引述)$/u;

/** A station named by its place as one word (`北京站/nt`): a place, or a tour's stop. */
const stationOfPlace = (word: string): boolean =>
  word.length >= 3 && word.endsWith('站') && placeName(word.slice(0, -1));

/** Parties and leagues whose centre is their central committee (`民盟/中央`, `共青团/中央`). */
const PARTY_BEFORE_CENTRE =
  /^(?:党|团|中共|民盟|民革|民建|民进|农工党|致公党|九三学社|台盟|共青团)$/u;

/** `vs`, between the two sides of a match. */
const VERSUS = /^(?:vs|VS|Vs)$/u;

/** Verbs jieba tags as nouns, which hand over, speak for or report: `交由/n 索尼`, `我代表/n 旗委`. */
const VERB_AS_NOUN = /^(?:交由|代表|报告)$/u;

/** A region within a country, by the end of its name (`香港特别行政区`, `湖南省`, `长沙市`). */
const SUBNATIONAL = /(?:特别行政区|特区|自治区|[省市县州])$/u;

/** Parts of a town (`县城`, `市区`): where a body is, never part of its name (`西峡县县城加油站`). */
const TOWN_PART = /^(?:县城|市区|城区|城里|城内|城郊|郊区)$/u;

/** Words that pick some or all of many (`所有电厂`, `部分省网公司`): never inside a name. */
const DETERMINER =
  /^(?:所有|全部|部分|一些|许多|多家|各类|各种|其他|其它|多数|少数|主要|主力|有关|相关|其余)$/u;

/** An ordinal, which starts the name of a numbered unit (`第二学员大队`). */
const ORDINAL = /^第[一二三四五六七八九十百\d]+$/u;
/** Heads of societies and research bodies, which a field and a function name. */
const FIELD_BODY = /^(?:协会|学会|研究会|促进会|基金会|研究所|研究院)$/u;
/** A ministry as one word, which a series may number (`第三/机械工业部`). */
const MINISTRY_WORD = /^\p{Script=Han}{2,}部$/u;
/**
 * Squads of armies and police by their number alone, in a chain (`二中队`, `一总队十支队十四中队`):
 * not after a count or an ordinal (`几个中队`, `第二中队` is read by its ordinal), nor a count of
 * troops (`一支队伍`, `十大队员`).
 */
const NUMBERED_SQUAD =
  /(?<![\d一二三四五六七八九十百千万几两个第])(?:[\d一二三四五六七八九十]+(?:总队|支队|大队|中队|分队))+(?![伍员])/gu;
/** A number alone, as units are numbered (`二/中队`). */
const NUMERAL = /^[\d一二三四五六七八九十]+$/u;
/** Units of armies and police known by their number. */
const UNIT_BY_NUMBER = /^(?:[大中支总分]队|集团军|[军师旅团营连]|舰队)$/u;

/** A token that can start an organization: a place, an admin prefix, a proper noun, a noun. */
const canStart = byTagAndWord(canStartToken);

/**
 * A check of a token that depends on its tag and word only, computed once per pair (`nt 中共中央`)
 * in a bounded cache: `canStart` and `singleTokenName` run on every token.
 */
function byTagAndWord(check: (t: Token) => boolean): (t: Token) => boolean {
  const cached = cachedByValue((key: string): boolean => {
    const space = key.indexOf(' ');
    return check({ word: key.slice(space + 1), tag: key.slice(0, space), start: 0 });
  });
  return (t) => cached(`${t.tag} ${t.word}`);
}

function canStartToken(t: Token): boolean {
  // A preposition jieba took for a surname (`於/nr 共产党`) starts nothing, nor does a conjunction.
  if (DETERMINER.test(t.word) || /^[於于在从向对把被给将暨及和与]$/u.test(t.word)) return false;
  // Who holds a post now or held it before is said of a person, not of a body (`现任省社科院`).
  if (POST_HELD.test(t.word) || t.word === FORMER) return false;
  if (TOWN_PART.test(t.word)) return false;
  // Kin say whose, not which (`哥哥/纳尔逊/大学/室友`: his brother's).
  if (KIN.test(t.word)) return false;
  // A term counted from this one (`上届`, `本届`) says which, not whose (`上届/执委会`).
  if (/^[上本下历每该]届$/u.test(t.word)) return false;
  // Verbs jieba tags as nouns (`交由/n`, `代表/n`, `会见/n`) start a clause, not a name.
  if (SAID_AFTER_A_NAME.test(t.word) || VERB_AS_NOUN.test(t.word)) return false;
  return (
    // A quoted name before its head (`“红双喜”公司`, `『花儿』队`).
    OPEN_QUOTE.test(t.word) ||
    // A body stationed abroad is named from 驻 (`驻越南军事顾问团`, `驻港部队`).
    t.word === STATIONED ||
    eraWord(t) ||
    ORDINAL.test(t.word) ||
    unknownName(t) ||
    // A body the gazetteer knows, whatever jieba tags it (`普华永道/l 中天会计师事务所`).
    t.word in GAZETTEER ||
    ADMIN.test(t.word) ||
    (NOUN_PLACE.test(t.word) && !KIND_OF_SETTLEMENT.test(t.word) && !FUNCTION_START.test(t.word)) ||
    NAME_TAGS.has(t.tag) ||
    // A brand in Latin letters (`stonecastle/eng 公司`).
    (t.tag === 'eng' && /^\p{Script=Latin}{2,}$/u.test(t.word) && !VERSUS.test(t.word)) ||
    (t.tag === 'n' && t.word.length >= 2)
  );
}

/** Aims and fields a body's name joins with 与 or 和 (`和平与发展委员会`). */
const AIM = /^(?:和平|发展|环境|安全|合作|友好|经济|科技|文化|教育|卫生|人口|资源|能源|贸易)$/u;

/** Regions an international body may join in its name (`拉美与加勒比经济委员会`, `亚洲及太平洋`). */
const REGION =
  /^(?:拉美|拉丁美洲|加勒比|太平洋|大西洋|印度洋|地中海|亚洲|非洲|欧洲|美洲|北美|南美|中美洲|中东|北非|东亚|南亚|西亚|中亚|东南亚|大洋洲|亚太)$/u;

/** Directions that name the part of a country a branch covers. */
const DIRECTION = /^(?:[东西南北中]部|东北|西北|东南|西南|华[东南北中])$/u;
const bodyWord = (t: Token): boolean =>
  t.tag === 'nt' || t.word in GAZETTEER || (t.word.length >= 2 && headOf(t.word) !== null);

/** The middle dots that join the parts of a transliterated name. */
const NAME_DOT = /^[·•・]$/u;

/**
 * Eras and ages, which jieba tags as time words: part of a name (`现代文学馆`, `天津青年京剧团`,
 * `中国少年报`); other time words are not (`今年`, `昨天`).
 */
const ERA = /^(?:现代|当代|近代|古代|近现代|世纪|青年|少年|老年|中年|幼年)$/u;
const eraWord = (t: Token): boolean => t.tag === 't' && ERA.test(t.word);

/** jieba splits 省立 and 市立 after the place (`江西省/立/第三师范学校`): that 立 is no verb. */
const splitEstablished = (t: Token, previous: Token | undefined): boolean =>
  t.word === '立' && previous !== undefined && /[省市县区]$/u.test(previous.word);

/** What a person is called after the name: degrees and forms of address. */
const HONORIFIC = /^(?:博士|硕士|先生|女士|小姐|夫人|教授|同志)$/u;

function canContinue(t: Token, previous: Token): boolean {
  // A part of the country a body's branch covers follows the body (`美中友协/西部/地区分会`),
  // though a direction word after a place makes a region (`新疆北部`).
  if (t.tag === 'f' && DIRECTION.test(t.word)) return bodyWord(previous);
  // Two regions joined are one region of a body (`亚洲及太平洋经济社会委员会`); two countries are two bodies.
  if (/^[和与及]$/u.test(t.word) && REGION.test(previous.word)) return true;
  // Two aims of one body (`和平/nz 与发展委员会`, `环境与发展`), whatever jieba tags them.
  if ((t.word === '和' || t.word === '与') && AIM.test(previous.word)) return true;
  // `文化广电和旅游局`: 和 joins two fields of one body, never two names (`人事部和国家测绘局`).
  if (t.word === '和' || t.word === '与')
    return (
      headOf(previous.word) === null &&
      // A kind joined to a kind is no name (`社区/和/学校`).
      !GENERIC.test(previous.word) &&
      // A person, and what a person is called, end a clause (`霍姆斯/博士/和/道琼斯公司`).
      !PERSON_TAGS.has(previous.tag) &&
      !HONORIFIC.test(previous.word) &&
      !VENUE.test(previous.word) &&
      !unknownName(previous) &&
      !WHOLE_NAME_TAGS.has(previous.tag) &&
      // `丰田与中国国家科委`, `淘宝和快递公司`: a brand before 与, or one the gazetteer knows
      // before 和, is a name of its own (`广电/nz 和旅游局` is one body).
      !(t.word === '与' && previous.tag === 'nz') &&
      !(previous.word in GAZETTEER) &&
      !LEADER.test(previous.word)
    );
  // A middle dot joins the parts of a foreign name (`葛兰素·威廉公司`).
  if (NAME_DOT.test(t.word)) return PERSON_TAGS.has(previous.tag) || unknownName(previous);
  // A copula joins a clause, never a name (`美国客人是应外交学会…`); 暨 joins two names
  // (`新四军暨山东军区政治部`).
  if (t.word === '是' || t.word === '暨' || DETERMINER.test(t.word)) return false;
  // A title glued to 兼 joins two posts (`出版社/社长兼/彩翎…有限公司`): the name ended before it.
  if (t.word.length > 1 && t.word.endsWith('兼')) return false;
  // `原` (former) says what a body was called: the name is the one after it (`陕西省原民政厅`).
  if (t.word === FORMER) return false;
  // Nor does a post held join a person to a body (`章卫东/现任/江西财经大学`).
  if (POST_HELD.test(t.word)) return false;
  // A part of a town says where a body is: the name is the one after it (`西峡县县城/加油站`).
  if (TOWN_PART.test(t.word)) return false;
  // What a body plans to do follows its name (`北巴传媒/拟/与…`), as does a sum of money.
  if (SAID_AFTER_A_NAME.test(t.word) || (t.tag === 'm' && /元$/u.test(t.word))) return false;
  // jieba leaves a glued function word unknown (`中国女篮已同美国队`): it ends the name.
  if (t.tag === 'x' && FUNCTION_START.test(t.word) && !COUNTRY_PAIR.test(t.word)) return false;
  // A numbered unit right after a body's head is the body's own (`十六局/四处`), though it reads
  // like a count.
  if (t.tag === 'm' && SUB_UNIT.test(t.word) && headOf(previous.word) !== null) return true;
  // A count (`一家`, `三个`, `十几所`) or `有关` describes bodies, it is not in a name
  // (`日本10家大银行`, `台湾地区有关法院`).
  if ((t.tag === 'm' && COUNTED.test(t.word)) || t.word === '有关') return false;
  // Two sides of a match (`米德尔斯堡队/vs/纽卡斯尔队/两队`) are two names.
  if (VERSUS.test(t.word) || (t.tag === 'm' && /^[两几数多]队$/u.test(t.word))) return false;
  // Levels counted (`两级`, `三级`) make a kind of many bodies (`区、乡两级党校`).
  if (t.tag === 'm' && /级$/u.test(t.word)) return false;
  // jieba may split the count from its classifier (`8/x 位镇/x`): the same count.
  if (/^\d+$/u.test(previous.word) && AFTER_COUNT.test(t.word)) return false;
  // A head word of any tag carries on (`中央美术学院附中`, where jieba tags 附中 as a direction);
  // so does the friendship a society stands for (`日中/友好/a 协会`).
  return (
    BODY_TAGS.has(t.tag) ||
    t.word === FRIENDSHIP ||
    // What a body does, whatever jieba tags it (`政务/公开/ad 领导小组`).
    FUNCTION_VERB.test(t.word) ||
    // A set phrase for the body's task (`扶贫开发/i 领导小组`).
    (t.tag === 'i' && t.word.length === 4 && FUNCTION_VERB.test(t.word.slice(2))) ||
    eraWord(t) ||
    BRACKETS.test(t.word) ||
    (t.word.length >= 2 && headOf(t.word) === t.word)
  );
}

/** A place, an admin prefix or a proper noun by its tag. */
function placeOrProper(t: Token): boolean {
  if (COUNTRY_PRONOUN.test(t.word)) return false;
  return PLACE_TAGS.has(t.tag) || ADMIN.test(t.word) || PROPER_NOUN_TAGS.has(t.tag);
}

/** A party or league congress by its number: `十五大`, `十四大`. */
const CONGRESS = /^[一二三四五六七八九十\d]{1,3}大$/u;

/** Parties and the Youth League whose national congresses news names (`中共`, `九三学社`, `苏共`). */
const CONGRESS_PARTY =
  '中国共产党|中共|中国致公党|致公党|九三学社|中国民主建国会|民建|中国民主同盟|民盟|中国民主促进会|民进|中国农工民主党|农工党|台湾民主自治同盟|台盟|中国国民党革命委员会|民革|中国共产主义青年团|共青团|[苏越]共';
const CONGRESS_NUMBER = '[一二三四五六七八九十]{1,3}';

/**
 * A party's national congress, the highest organ its constitution names, in full or by its
 * number: `中国致公党第十一次全国代表大会`, `中共十五大`, `团十四大`, `党的十五大` (the congress
 * alone, as news labels it), `十五大`; the bare full form after `党的` or a verb of holding it
 * (`中国共产党召开了/第十五次全国代表大会`). A number alone counts from eleven (`十一大`…`十九大`):
 * `十大` and `七大` alone are "the top ten" and "the seven big", `第十一大` an ordinal. Not a
 * congress of any other body (`第十七次妇女代表大会`, `中国妇女十三大`: events) nor a plenary session
 * (`十五届三中全会`), and never a count of kinds (`十五大类`).
 */
const PARTY_CONGRESS = new RegExp(
  `(?:(?:${CONGRESS_PARTY}|(?<!集)团)(?:第${CONGRESS_NUMBER}次全国代表大会|${CONGRESS_NUMBER}大)` +
    `|(?<=党的|召开了|召开|举行了|举行)(?:第${CONGRESS_NUMBER}次全国代表大会|${CONGRESS_NUMBER}大)` +
    `|(?<!第|妇女|妇联|工会|青年|学联|侨联|文联|科协|残联|工商联)十[一二三四五六七八九]大)` +
    `(?![类项种件个批块名家条届湖])`,
  'gu',
);

/** Gangs, which end like companies: `反革命集团`, `贩毒集团`. */
const GANG = /(?:反革命|反党|犯罪|走私|贩毒|诈骗|黑社会|恐怖)集团$/u;

/** A committee that organizes or prepares an event, named by the event. */
const ORGANIZING_COMMITTEE = /^(?:组委会|筹委会|组织委员会|筹备委员会)$/u;

/** Organizations of a kind of people, at the end of a name: `妇女组织`, `群众组织`. */
const MANY_ORGANIZATIONS = /(?:妇女|青年|学生|群众|民间|宗教|非政府)组织$/u;

/** Members and staff, who belong to a body but are none (`指战员`, `职工`); titles are `PERSON_TITLE`. */
const PEOPLE =
  /^(?:指战员|官兵|战士|职工|干部|群众|党员|团员|学生|教师|师生|员工|农民|工人|市民|居民|村民|工作人员|人员|成员|同志)$/u;

/** Bodies that serve members or staff, who may name them (`工人出版社`, `职工医院`). */
const SERVES_PEOPLE =
  /^(?:出版社|报社|日报社|杂志社|日报|医院|俱乐部|文化宫|委员会|联合会|协会|大学|学院|学校|疗养院)$/u;

/** Honours a body is given: a body so called is a kind (`优秀基层党支部`), not a name. */
const HONOUR = /^(?:优秀|先进|模范|标兵|红旗|五好|一流)$/u;

/** Kinds of settlement, which end like places but name none (`乡镇党委`, `农村党支部`, `先进村`). */
const KIND_OF_SETTLEMENT =
  /^(?:乡镇|城镇|村镇|农村|城乡|乡村|山村|渔村|牧村|地区|山区|城区|郊区|林区|牧区|矿区|灾区|景区|园区|老区|校区|小区|中心区|开发区|[县市省]区|县乡|县市|市县|省市|直辖市|地级市|县级市|行政村|自然村|贫困[村县]|先进[村县乡镇]|[全本该各此][省市县区镇乡村])$/u;

/** Does the span name someone: a place or admin prefix, or a proper noun among its words? */
function named(tokens: Token[]): boolean {
  return tokens.some(
    (t) =>
      placeOrProper(t) ||
      // Two countries jieba did not know as a word name their bilateral body (`日中/x 友好协会`).
      COUNTRY_PAIR.test(t.word) ||
      // The party centre's, glued to its field (`中央文献/n 研究室`).
      (t.word.length > 2 && t.word.startsWith('中央')) ||
      (ADMIN_SUFFIX.test(t.word) && t.word.length >= 2 && !KIND_OF_SETTLEMENT.test(t.word)) ||
      gluedPlace(t) ||
      // A newspaper's title names what it owns (`经济日报/n 报业集团`).
      (t.word.length >= 4 && NEWSPAPER.test(t.word)),
  );
}

/** A newspaper by the end of its title: `经济日报`, `羊城晚报`. */
const NEWSPAPER = /(?:日报|晚报|晨报|早报|时报|周报|都市报)$/u;

/** A noun jieba wrote with a place glued before it (`香港电影/n`): the place names the body. */
function gluedPlace(t: Token): boolean {
  if (t.tag !== 'n' || t.word.length < 4) return false;
  return [2, 3].some(
    (k) => t.word.length - k >= 2 && placeName(t.word.slice(0, k)) && knownWord(t.word.slice(k)),
  );
}

/**
 * A verb may describe what a body does (`长沙市女童保护关爱中心`), but a verb followed by a name
 * of its own joins a clause to that name (`人民大会堂受到人事部`, `江泽民签署…`): not one name.
 */
function verbJoinsClause(part: Token[]): boolean {
  const verb = part.findIndex(
    (t, k) => t.tag === 'v' && t.word !== STATIONED && !splitEstablished(t, part[k - 1]),
  );
  if (verb < 0) return false;
  // What the body does, right before the word that holds its head (`展览/交流中心`).
  if (verb === part.length - 2 && FUNCTION_VERB.test(part[verb]!.word)) return false;
  return part.slice(verb + 1).some((t) => {
    const head = headOf(t.word);
    return nameLike(t) || (head !== null && t.word !== head);
  });
}

/** A token that names: a place, an admin prefix, a proper noun, an unknown Han word. */
function nameLike(t: Token): boolean {
  return placeOrProper(t) || unknownName(t);
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (OPENERS.includes(c)) depth++;
    if (CLOSERS.includes(c)) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A possible name: tokens `part` from its first word to the one that holds its head. */
interface Candidate {
  text: string;
  part: Token[];
  /** The token that holds the head, and the head itself. */
  last: Token;
  head: string;
  /** The token after the name, if any. */
  next: Token | undefined;
  /** The token before the name, if any. */
  before: Token | undefined;
}

/**
 * A word that is a head of three characters or more, or a branch, is one whatever jieba tags it
 * (`促进会/v`, `重庆/分行/v`): no verb is spelt like one.
 */
function wholeHead(t: Token): boolean {
  return (t.word.length >= 3 || BRANCH.test(t.word)) && headOf(t.word) === t.word;
}

/** The head a token ends a name with, and where the name stops (before a glued title). */
function headAt(t: Token, inside: boolean): { head: string; stop: number } | null {
  const end = t.start + t.word.length;
  // Heads are nouns: `主办`, `签署`, `举办` end in 办 and 署 but name no body.
  // An ordinal heads nothing either (`第一部` law, not a ministry; `二队` is a team).
  const whole = wholeHead(t);
  const head =
    !whole &&
    (VERB_TAGS.has(t.tag) ||
      (t.tag === 'm' && (t.word.startsWith('第') || COUNT_OF_UNITS.test(t.word))))
      ? null
      : headOf(t.word);
  if (head) return { head, stop: end };
  // jieba glues a one-char head to what follows (`罗马尼亚队以`): end the name after the head.
  if (inside && SPLIT_HEAD.test(t.word) && t.tag === 'x')
    return { head: t.word[0]!, stop: t.start + 1 };
  // jieba glues a head to the title of the person who leads it (`外交部长`, `中学校长`,
  // `协会会员`): the name ends before the title.
  const title = gluedTitle(t.word);
  if (!title) return null;
  // `外交部长` shares 部 between body and title; `中学校长`, `副局长` do not.
  const shares = /^[部局厅处署]长$/u.test(title[0]) && title.index >= 2;
  const cut = shares ? title.index + 1 : title.index;
  const stem = headOf(t.word.slice(0, cut));
  return stem ? { head: stem, stop: t.start + cut } : null;
}

/** A count of things with its unit (`120/万台`): no head, though it ends in one. */
const COUNT_OF_UNITS =
  /^(?:[\d一二三四五六七八九十两几多]*[万千百亿][\d一二三四五六七八九十万千百亿]*|\d{2,})台$/u;

/** The levels whose government is a body of its own: province, city, county, district, town. */
const GOVERNED = '省市县区镇乡州';
/** A government head as jieba writes it: `政府` after `长沙市`, or `市政府` after `长沙`. */
const GOVERNMENT = new RegExp(`^[${GOVERNED}]?政府$`, 'u');
/** One word for a named local government (`北京市政府`, `香港特区政府`), not `该地区政府`. */
const NAMED_LOCAL_GOVERNMENT = new RegExp(
  `^(?![该本当各这那此])(?!.*地区政府$)\\p{Script=Han}{2,}[${GOVERNED}]政府$`,
  'u',
);
/** Kinds of place, which jieba tags as places: `各城市政府` is every city's. */
const KIND_OF_PLACE = /^(?:城市|都市|[省县地]市|市县|[市城郊社地山灾特景园]区)$/u;

/**
 * A government is a body when a city, county, province or town names it (`长沙市政府`, `嘉义县政府`,
 * `香港特区政府`); a country's government is its state (`中国政府`: the country, as news corpora label
 * it), and `当地政府` names no one.
 */
function localGovernmentAt(
  tokens: Token[],
  i: number,
  j: number,
): { head: string; stop: number } | null {
  const t = tokens[j]!;
  const place = tokens[j - 1];
  if (j <= i || !place || !(PLACE_TAGS.has(place.tag) || ADMIN.test(place.word) || levelled(place)))
    return null;
  if (KIND_OF_PLACE.test(place.word) || !GOVERNMENT.test(t.word)) return null;
  // A bare `政府` needs the level on the place (`长沙市/政府`); `长沙/市政府` carries it.
  if (t.word === '政府' && !ADMIN_SUFFIX.test(place.word)) return null;
  return { head: t.word, stop: t.start + t.word.length };
}

/** A county, city or town jieba tags as a noun, by its suffix (`崇礼县/n`). */
const levelled = (t: Token): boolean =>
  t.tag === 'n' &&
  t.word.length >= 3 &&
  /[市县区镇乡旗]$/u.test(t.word) &&
  !KIND_OF_PLACE.test(t.word) &&
  !KIND_OF_SETTLEMENT.test(t.word);

/** Titles whose first character is also the head of the body they lead: `局长`, `部长`. */
const SHARED_TITLE = /^[部局厅署]长$/u;

/**
 * A title written as its own word after the body's field shares the body's head (`钟祥市/工业/局长`,
 * `外务省/北美/局长`): the name ends inside the title, after its head. (After a whole head, the title
 * is the body's own: `公安局/局长`.)
 */
function sharedTitleAt(
  tokens: Token[],
  i: number,
  j: number,
): { head: string; stop: number } | null {
  const t = tokens[j]!;
  const field = tokens[j - 1];
  if (j <= i || !field || !SHARED_TITLE.test(t.word) || !BODY_TAGS.has(field.tag)) return null;
  if (headOf(field.word) !== null || PERSON_TAGS.has(field.tag)) return null;
  // A deputy's title is a rank (`副/部长`), and a body of ministers is named by them (`部长理事会`).
  if (field.word.length < 2 || field.word.endsWith('副')) return null;
  const next = tokens[j + 1];
  if (next && headOf(next.word) !== null) return null;
  return { head: t.word[0]!, stop: t.start + 1 };
}

/** The party's and the league's units inside a body, and its union. */
const PARTY_UNIT = /^(?:党委|党支部|党总支|党组|支部|团委|工会)$/u;

/** Units inside a body: `心外科`, `编辑室`, a numbered `三队` or `二处` (not a place: `莫斯科`). */
const SUB_UNIT = /^(?:\p{Script=Han}{1,4}[室科处]|第?[一二三四五六七八九十\d]{1,3}[队处科室部])$/u;
const UNIT_WORD = /^[室科处]$/u;
/** Rooms are places in a building, not units of a body: `会议室`, `教室`, `手术室`. */
const ROOM =
  /(?:[教展病卧浴诊包密画琴茶]|会议|休息|阅览|接待|活动|值班|候诊|候车|手术|会客|储藏|更衣|地下|化验|观察|放映|演播|贵宾|棋牌|娱乐|[阅监机]|控制)室$/u;
const UNIT_TAGS = new Set(['n', 'm']);
/** A school's department (`化学系`), and the schools that have them. */
const DEPARTMENT = '系';
const SCHOOL = /(?:大学|学院)$/u;

/**
 * A unit of the body named right before it (`台板厂计量室`, `解放军总医院心外科`, `市公安局刑侦科`)
 * ends the name; alone, `计量室` is a room, and a room is never a unit (`南开大学…会议室`).
 */
function subUnitAt(tokens: Token[], i: number, j: number): { head: string; stop: number } | null {
  const t = tokens[j]!;
  // A party or league unit right after a body is the body's own (`泰安居委会党支部`).
  if (j > i && PARTY_UNIT.test(t.word) && headAt(tokens[j - 1]!, true) !== null)
    return { head: t.word, stop: t.start + t.word.length };
  // A school's department by its field, whatever jieba tags 系 (`北京舞蹈学院/民间舞蹈/系/v`).
  if (
    t.word === DEPARTMENT &&
    j - 2 >= i &&
    SCHOOL.test(tokens[j - 2]!.word) &&
    tokens[j - 1]!.tag === 'n'
  )
    return { head: t.word, stop: t.start + t.word.length };
  if (j <= i || !UNIT_TAGS.has(t.tag)) return null;
  if (!(SUB_UNIT.test(t.word) || (UNIT_WORD.test(t.word) && j - 1 > i))) return null;
  // The body ends just before the unit (or before its field: `台板厂/计量/室`).
  const body = UNIT_WORD.test(t.word) ? j - 2 : j - 1;
  if (body < i || headAt(tokens[body]!, true) === null || ROOM.test(t.word)) return null;
  if (UNIT_WORD.test(t.word) && ROOM.test(tokens[j - 1]!.word + t.word)) return null;
  return { head: t.word, stop: t.start + t.word.length };
}

/** What a committee, a group or a centre does, written before its head: `筹备委员会`, `诊疗中心`. */
const FUNCTION_VERB =
  /^(?:筹备|协调|管理|监督|公开|执行|指导|研究|开发|规划|保护|保障|拨款|救助|咨询|仲裁|调解|审计|评审|招生|诊疗|调查|促进|培训|检测|监测|评估|鉴定|防治|防疫|救援|援助|展览|交流|服务|发展|创新)$/u;

const JOINT = '联合';

/** A verb that says what the body does, with the body's head right after it (`筹备/委员会`) or after its field. */
function functionBeforeHead(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  // A joint body is named by what it does jointly (`联合/v 合作/vn 委员会`).
  if (tokens[j]!.word === JOINT && next !== undefined)
    return headOf(next.word) !== null || headOf(tokens[j + 2]?.word ?? '') === tokens[j + 2]?.word;
  // The head may come glued to another field word (`展览/v 交流中心/l`).
  if (!FUNCTION_VERB.test(tokens[j]!.word) || next === undefined || VERB_TAGS.has(next.tag))
    return false;
  if (headOf(next.word) !== null) return true;
  // Or with the field it works in between (`创新/v 科技/n 委员会`).
  const head = tokens[j + 2];
  return next.tag === 'n' && head !== undefined && headOf(head.word) === head.word;
}

/** Does the name stop before token `j` (a break in the run of words from token `i`)? */
/**
 * A registered company's name may hold words of any kind before its legal form (`蓝科/石化/
 * 高新/d 装备/股份有限公司`, `普华永道/中天/t 会计师事务所`, `中国/证券/登记/v 结算/v 有限责任公司`):
 * a modifier or verb of two characters or more carries on when only such words and nouns lie
 * between it and the legal form.
 */
function insideCompanyName(tokens: Token[], j: number): boolean {
  if (!IN_COMPANY_TAGS.has(tokens[j]!.tag) || tokens[j]!.word.length < 2) return false;
  for (let k = j + 1, words = 0; k < tokens.length && words < 5; k++) {
    const t = tokens[k]!;
    // (jieba may glue the firm to a title: `事务所律师`.)
    if (
      LEGAL_FORM.test(t.word) ||
      t.word === FIRM ||
      (t.word.startsWith(FIRM) && gluedTitle(t.word))
    )
      return true;
    // A place in brackets is part of the name, and no word of it (`医疗设备/（/西南/）/有限公司`).
    if (BRACKETS.test(t.word) || (PLACE_TAGS.has(t.tag) && BRACKETS.test(tokens[k - 1]!.word)))
      continue;
    words++;
    if (!BODY_TAGS.has(t.tag) && !IN_COMPANY_TAGS.has(t.tag)) return false;
  }
  return false;
}
/** Modifiers and verbs of what a company does (`控股/v`, `登记/v 结算/v`, `高新/d`). */
const IN_COMPANY_TAGS = new Set(['d', 't', 'a', 'b', 'v', 'vn']);
/** A firm of lawyers or accountants (`会计师/事务所`). */
const FIRM = '事务所';

function stopsBefore(tokens: Token[], i: number, j: number, text: string): boolean {
  const t = tokens[j]!;
  const previous = tokens[j - 1];
  const company = j > i && insideCompanyName(tokens, j);
  // Aims listed in a body's name (`友好、和平与发展委员会`).
  if (j > i && t.word === '、' && AIM.test(previous!.word) && AIM.test(tokens[j + 1]?.word ?? ''))
    return false;
  if (j > i && !canContinue(t, previous!) && !company) return true;
  // A station jieba wrote as one word is a place the body runs, not more of its name
  // (`北京铁路局太原分局/太原火车站`).
  if (j > i && t.word.length >= 4 && VENUE_NAME.test(t.word)) return true;
  // A title (`县委书记`, `党委常委`) ends the name: a person comes next, not more name. Unless a
  // head follows at once: then the holders form a body of their own (`天津记者/队`).
  if (
    j > i &&
    (gluedTitle(previous!.word) || PERSON_TITLE.test(previous!.word)) &&
    headOf(t.word) !== t.word &&
    !(t.tag === 'x' && SPLIT_HEAD.test(t.word))
  )
    return true;
  // So does a title of its own word when a person follows, who holds it
  // (`中宣部常务副/部长/郑必坚`; not the body `欧盟/部长/理事会`).
  if (
    j > i &&
    PERSON_TAGS.has(t.tag) &&
    t.word.length >= 2 &&
    (TITLE.test(previous!.word) || PERSON_TITLE.test(previous!.word))
  )
    return true;
  if (
    /^[\p{P}\p{S}\s]+$/u.test(t.word) &&
    !BRACKETS.test(t.word) &&
    !NAME_DOT.test(t.word) &&
    !joiningDash(tokens, i, j)
  )
    return true;
  // A verb may describe the body (`保护关爱中心`) but not follow a place or a complete name (`长沙市妇联举办…`).
  if (
    j > i &&
    !company &&
    t.tag === 'v' &&
    t.word !== STATIONED &&
    !wholeHead(t) &&
    !splitEstablished(t, previous) &&
    !functionBeforeHead(tokens, j) &&
    (PLACE_TAGS.has(previous!.tag) ||
      ADMIN.test(previous!.word) ||
      ADMIN_SUFFIX.test(previous!.word) ||
      headOf(previous!.word) !== null)
  )
    return true;
  const end = t.start + t.word.length;
  if (end - tokens[i]!.start > MAX_CHARS) return true;
  // A dateline (`新华社北京5月24日电`) ends whatever name came before it.
  return j > i && DATELINE.test(text.slice(tokens[i]!.start, end));
}

/** A dash between two names joins them in one body's name (`圭亚那/—/中国友好协会`, `赫里奥特/—/瓦特大学`). */
const NAME_DASH = /^[—－-]$/u;
const joiningDash = (tokens: Token[], i: number, j: number): boolean =>
  j > i &&
  NAME_DASH.test(tokens[j]!.word) &&
  nameLike(tokens[j - 1]!) &&
  tokens[j + 1] !== undefined &&
  nameLike(tokens[j + 1]!);

/** Societies, which a place abroad may have about China (`美国中国商会`). */
const SOCIETY_ABOUT = /(?:协会|学会|商会|研究会|联谊会|促进会|基金会)$/u;

/** China's own national bodies the gazetteer knows (`全国人大`, `全国政协`, `全国妇联`). */
const CHINA_NATIONAL = Object.keys(GAZETTEER).filter((name) => name.startsWith('全国'));

/**
 * A country's national body (`突尼斯/全国行政学院`, `墨/全国文化和艺术委员会`): a place no
 * province or city of China names it, and it is none of China's own national bodies.
 */
function foreignNationalBody(c: Candidate): boolean {
  const place = c.part[0]!.word;
  const rest = c.text.slice(place.length);
  return (
    !SUBNATIONAL.test(place) &&
    !/^(?:中国|我国|中华)$/u.test(place) &&
    !CHINA_NATIONAL.some((name) => rest.startsWith(name))
  );
}

/** Is [start, end) listed with common nouns on both sides (`文化、/议会/、司法`)? */
function listedField(
  tokens: Token[],
  starting: Map<number, number>,
  start: number,
  end: number,
): boolean {
  const k = starting.get(start);
  const after = starting.get(end);
  if (k === undefined || after === undefined) return false;
  const field = (t: Token | undefined) =>
    t !== undefined &&
    (t.tag === 'n' || t.tag === 'vn') &&
    !(t.word in GAZETTEER) &&
    headOf(t.word) === null;
  return (
    tokens[k - 1]?.word === '、' &&
    tokens[after]!.word === '、' &&
    field(tokens[k - 2]) &&
    field(tokens[after + 1])
  );
}

/** Is `t` a meeting, which a title before it names the members of (`财政部长/会议`)? */
const meetingNext = (t: Token | undefined): boolean =>
  t !== undefined && /^(?:会议|会晤|联席会议)$/u.test(t.word);

/** What a network carries or serves when it is one of lines, not an outlet (`电话/直拨/网`). */
const LINE_NETWORK = /^(?:电话|直拨|通讯|通信|光缆|电力|输电|交通|公路|铁路|管道|销售|营销)$/u;

/** Words that make an institution named by its kind a kind (`地方议会`, `各国议会`). */
const KIND_OF_INSTITUTION = /^(?:地方|各国|外国)$/u;

/**
 * A country's communist party by the country's first character, as one word (`苏共`, `法共`,
 * `越共`): jieba reads other pairs as two words (`德/共`), which are too often not a party.
 */
const COMMUNIST_PARTY = /^[苏美日法意英德西葡希印越朝古俄捷波匈罗保阿澳加泰南巴秘墨智]共$/u;

const kindOfBody = (text: string): boolean => text.length >= 4 && GENERIC.test(text);

/** A team in one word (`丹麦队`, `申花队`). */
const oneWordTeam = (p: Token): boolean => p.word.endsWith('队') && singleTokenName(p);

/**
 * Why a candidate is not a name, each a rule of its own; the first that holds rejects it.
 * (A candidate passing all of them is the longest name so far from its first word.)
 */
const NOT_A_NAME: ReadonlyArray<(c: Candidate) => boolean> = [
  // A head that a noun still follows is a modifier (`研发中心城市`), not the end of a name;
  // before a prize it names the prize (`徐悲鸿教育基金一等奖`).
  // So is `中心` before `工作` (`市委/中心/工作`: the committee's central work).
  // (Not after a legal form, which ends a name: `…置业有限公司/建设/经济适用房` builds.)
  (c) =>
    c.next !== undefined &&
    !LEGAL_FORM.test(c.last.word) &&
    (MODIFIED.test(c.next.word) ||
      /^[一二三特]?等?奖$/u.test(c.next.word) ||
      (c.last.word === '中心' && c.next.word === '工作')),
  // Parties in a coalition are named apart (`自由党和国家/党/联盟`): the league is theirs, not the
  // last party's.
  (c) => c.last.word === '联盟' && c.part.at(-2)?.word === '党',
  // A station named by its city is a place, or a tour's stop (`北京站/nt`, `上海/站`).
  (c) =>
    stationOfPlace(c.last.word) ||
    (c.last.word === '站' && c.part.length >= 2 && placeName(c.part.at(-2)!.word)),
  // The middle of a place is no party centre (`罗湖/桥/中央`): 中央 heads a body after a body.
  (c) =>
    c.last.word === '中央' &&
    c.part.length >= 2 &&
    !bodyWord(c.part.at(-2)!) &&
    !PARTY_BEFORE_CENTRE.test(c.part.at(-2)!.word),
  // One character jieba could not place before a bare head names nothing (`换/nz 公司`, `李/圣/j 军`).
  (c) =>
    c.part.length === 2 &&
    c.last.word === c.head &&
    c.part[0]!.word.length === 1 &&
    !LEVEL.test(c.part[0]!.word) &&
    !PLACE_TAGS.has(c.part[0]!.tag) &&
    c.part[0]!.tag !== 'nt' &&
    !(c.part[0]!.word in GAZETTEER),
  // A place's schools of every kind are many, not one (`苏州市/中小学`, `北京/高校`).
  (c) =>
    c.part.length === 2 &&
    PLACE_TAGS.has(c.part[0]!.tag) &&
    /^(?:中小学|中小学校|高校|高等院校)$/u.test(c.last.word),
  // A clause takes a bare head as its object: going somewhere (`读者/打电话/到/报社`), or a
  // person's verb (`黄登仁/儿子/考上/大学`; not a legal form, which ends a company's name).
  (c) => {
    if (c.part.length < 3 || c.last.word !== c.head) return false;
    const verb = c.part.at(-2)!;
    return (
      MOTION.test(verb.word) ||
      (verb.tag === 'v' && c.part[0]!.tag === 'nr' && !LEGAL_FORM.test(c.last.word))
    );
  },
  // A city's or a river's centre is a place (`伦敦/市中心`, `俄/城市/中心`, `河/中心`).
  (c) =>
    /市中心$/u.test(c.text) ||
    (c.part.length === 2 && c.last.word === '中心' && /^[河湖江海]$/u.test(c.part[0]!.word)),
  // `一` after a place is "a": one of a kind there (`南通/一/乡镇卫生院`, `上海/一/中学`), not a
  // unit's number (`北京/一/总队`, `济南军区/一/五二医院`, `城建集团/一/公司`).
  (c) =>
    c.part.slice(1, -1).some((p, k) => {
      const after = c.part[k + 2]!;
      return (
        p.word === '一' &&
        p.tag === 'm' &&
        PLACE_TAGS.has(c.part[k]!.tag) &&
        after.tag !== 'm' &&
        !NUMERAL.test(after.word) &&
        !UNIT_BY_NUMBER.test(after.word)
      );
    }),
  // A task body's schools are the field it oversees, not a school of its own
  // (`疫情防控指挥部/学校/专项组` is the command's schools group).
  (c) =>
    c.last.word === '学校' &&
    c.part.length >= 2 &&
    /^(?:指挥部|领导小组|工作组|办公室|委员会)$/u.test(c.part.at(-2)!.word),
  // Some or many of a kind of firm or school are a kind (`部分/省网公司`, `一些/地方银行`).
  (c) =>
    /^(?:部分|一些|这些|那些|许多|不少|多家|几家|数家|各家|每家|若干|多数|少数|个别|大批|一批)$/u.test(
      c.before?.word ?? '',
    ) && /^(?:公司|企业|工厂|厂|银行|学校|医院|大学|中学|小学|机构|单位)$/u.test(c.head),
  // A set phrase with the particle 所 inside a name makes it a clause (`陈述/亲眼所见/日军`).
  (c) => c.part.slice(1, -1).some((p) => p.tag === 'l' && p.word.includes('所')),
  // 所 before "commonly" or "uniquely" is the particle, not an institute (`国家/民族所/共有`).
  (c) =>
    c.last.word.endsWith('所') &&
    c.last.word.length <= 3 &&
    /^(?:共有|独有|特有|固有|周知|熟知|公认|共知)$/u.test(c.next?.word ?? ''),
  // A country one allies with is no league (`和/俄国/联盟`): 联盟 is the verb there.
  (c) =>
    c.part.length === 2 &&
    c.last.word === '联盟' &&
    FOREIGN_COUNTRY.test(c.part[0]!.word) &&
    /^[和与同跟]$/u.test(c.before?.word ?? ''),
  // Every level's or every place's bodies are a kind (`自治区/各级党委`).
  (c) => c.part.some((p) => /^各[级地类]/u.test(p.word)),
  // So are the whole country's bodies at a kind of level (`全国/省市/妇联`).
  (c) =>
    c.part.length >= 3 &&
    c.part[0]!.word === '全国' &&
    c.part.slice(1, -1).every((p) => KIND_OF_SETTLEMENT.test(p.word)),
  // Organizations of a kind of people are many, wherever they are (`香港/妇女组织`).
  (c) => MANY_ORGANIZATIONS.test(c.text),
  // China before one of its cities is where, the name starts at the city (`中国/北京/树人…学校`).
  (c) =>
    c.part.length > 2 &&
    /^(?:中国|我国)$/u.test(c.part[0]!.word) &&
    /^(?:北京|上海|天津|重庆)$|[省市]$/u.test(c.part[1]!.word),
  // A network of lines or calls is infrastructure, not an outlet (`全国电话直拨网`).
  (c) => c.last.word === '网' && c.part.length >= 2 && LINE_NETWORK.test(c.part.at(-2)!.word),
  // A lone head word (`妇联`, `检察院`) is a common noun; a name needs more than its head.
  (c) =>
    c.part.length === 1 &&
    (c.last.word === c.head || (c.last.tag !== 'nt' && !named([{ ...c.last, tag: 'x' }]))),
  // A kind jieba tags as a body is still a kind (`交易中心/nt`, `卫生院/nt`, `联防队/nt`).
  (c) =>
    c.part.length === 1 &&
    c.last.tag === 'nt' &&
    (kindByField(c.last.word) || kindOfTeam(c.last.word)),
  // A meeting of a body is an event (`九届一次全委会`), whatever its head.
  (c) => c.last.word.length >= 3 && EVENT.test(c.last.word) && c.head !== LEGISLATURE,
  // Something before the head must name the body (`长沙市妇联维权服务中心`, not `服务中心`).
  // Events (`代表大会`) and congresses (`十五大`) never reach here: no head ends them.
  (c) => !namedBy(c),
  // `全国一流大学`, `中国上市公司`: the whole country's kind of body is still a kind (but
  // `中国银行` is a bank: after `中国` only a kind of two words, not a lone head, is checked).
  (c) =>
    GENERIC.test(c.text) ||
    GENERIC.test(
      c.text.replace(/^(?:全[国省市县]|各[地级]|世界)(?:乡镇|城镇|农村|城乡|乡村|基层)?/u, ''),
    ) ||
    kindOfBody(c.text.replace(/^(?:中国|我国)/u, '')),
  (c) => !balanced(c.text),
  // A person and a verb make a clause (`陈冠希致电经理人公司`).
  (c) =>
    c.part.length > 2 &&
    PERSON_TAGS.has(c.part[0]!.tag) &&
    c.part[0]!.word.length >= 2 &&
    // (jieba tags the verb `代表` a noun: `郑必坚/代表/n 中宣部`.)
    (c.part[1]!.tag === 'v' || c.part[1]!.word === '代表'),
  // Nor before a place: the name starts at the place (`荣获/nr 安徽省徐悲鸿教育基金`).
  (c) =>
    c.part.length > 2 &&
    PERSON_TAGS.has(c.part[0]!.tag) &&
    c.part[0]!.word.length === 2 &&
    PLACE_TAGS.has(c.part[1]!.tag),
  // Nor is a person right before a body jieba knows whole (`祝贺/nr 中国卫生部/nt`): the name
  // is that body's alone.
  (c) =>
    c.part.length === 2 &&
    PERSON_TAGS.has(c.part[0]!.tag) &&
    // Two characters, as a verb or a Chinese given name; a foreign name may be one's own
    // (`戈麦斯儿童医院`, `萨格勒布地方法院`).
    c.part[0]!.word.length === 2 &&
    (c.last.tag === 'nt' || c.last.tag === 'nz') &&
    c.head !== c.last.word,
  // An event is no part of a name after it: the name starts after it (`外围赛中国队` is `中国队`),
  // nor is a congress by its number (`团十四大代表驻地京西宾馆`).
  // (An organizing committee is named by its event: `北京国际马拉松赛/组委会`.)
  (c) =>
    !ORGANIZING_COMMITTEE.test(c.last.word) &&
    c.part
      .slice(0, -1)
      .some((p) => p.word.length >= 2 && (EVENT.test(p.word) || CONGRESS.test(p.word))),
  // A place before the party's or the nation's own name is where, not whose (`访问塞舌尔中共代表团`).
  // But a society of a place about China is that place's (`美国/中国商会`, `乌拉圭/中国文化协会`),
  // and a country's national body its own (`突尼斯/全国行政学院`), unless it is China's
  // (`全国人大`).
  (c) =>
    c.part.length > 2 &&
    PLACE_TAGS.has(c.part[0]!.tag) &&
    /^(?:中共|中国|中华|全国)$/u.test(c.part[1]!.word) &&
    !(c.part[1]!.word === '中国' && SOCIETY_ABOUT.test(c.text)) &&
    !(c.part[1]!.word === '全国' && foreignNationalBody(c)),
  // So is a place before the state's own body jieba knows whole (`北京/中华人民共和国国务院/nt`).
  (c) =>
    c.part.length === 2 &&
    PLACE_TAGS.has(c.part[0]!.tag) &&
    c.last.tag === 'nt' &&
    /^(?:中华人民共和国|中共)/u.test(c.last.word),
  // A title glued to its head before a meeting names the meeting of those who hold it
  // (`亚太经济合作组织/财政部长/会议`), not a body.
  (c) => gluedTitle(c.last.word) !== null && meetingNext(c.next),
  // A one-character head after an adjective or a verb is a place or a part (`落实/a 处`), not a
  // body: bodies put a noun before it (`渔政/处`).
  (c) =>
    c.last.word.length === 1 &&
    c.part.length >= 2 &&
    QUALITY_TAGS.has(c.part[c.part.length - 2]!.tag),
  // A place named with the larger one it lies in is where the body is; its name begins at the
  // smaller (`海南省/三亚市人大常委会`, `北京市/海淀区人民法院`). A registered company keeps both:
  // they are its name (`江苏省苏州宝碟激光电子有限公司`).
  (c) =>
    c.part.length > 2 &&
    !LEGAL_FORM.test(c.last.word) &&
    ((LARGER_PLACE.test(c.part[0]!.word) &&
      SMALLER_PLACE.test(c.part[1]!.word) &&
      !KIND_OF_PLACE.test(c.part[1]!.word)) ||
      // A province by its bare name before a county (`贵州/平坝县地质小学`).
      (PLACE_TAGS.has(c.part[0]!.tag) && COUNTY.test(c.part[1]!.word))),
  // Two levels together make a kind (`市/县政府`): the governments of every city and county.
  (c) => LEVEL.test(c.part[0]!.word) && LEVEL_GOVERNMENT.test(c.part[1]?.word ?? ''),
  // The whole country's local offices are a kind (`全国/税务局`), unlike its national bodies
  // (`全国总工会`, `全国妇联`).
  (c) => c.part[0]!.word === '全国' && /^[局厅处所站]$/u.test(c.head),
  // A workplace's party is its members, not a party (`中直机关/党的建设`): 党 names a party only
  // after the party's own name.
  (c) =>
    c.last.word === '党' &&
    c.part.length > 1 &&
    /(?:机关|单位|部门|系统|企业|学校)$/u.test(c.part[c.part.length - 2]!.word),
  // Two countries' forces are two forces (`中俄/边防部队`), not a body they share.
  (c) => COUNTRY_PAIR.test(c.part[0]!.word) && /(?:部队|军队|[海空陆]军)$/u.test(c.text),
  // A count of bodies is many of them, in a name or alone (`四部委/nt`, `解放军/三总部/nt`).
  (c) => c.part.some((p) => COUNT_OF_BODIES.test(p.word)),
  // A gang is a crime, not a body (`江青反革命集团`, `走私集团`).
  (c) => GANG.test(c.text),
  // A fund named after a person is money set aside, not a body (`侯祥麟奖励基金`).
  (c) => c.head === FUND && c.part.some((p) => PERSON_TAGS.has(p.tag) && p.word.length >= 3),
  // A rank describes a body, it does not name one (`世界第一大体育用品公司`).
  (c) => /第[一二三四五六七八九十\d]+大/u.test(c.text),
  // An honour makes a kind of body, the one awarded (`辽宁省优秀基层党支部`, `先进集体`); a
  // publisher is named by it (`红旗出版社`).
  (c) => c.last.word !== PUBLISHER && c.part.some((p) => HONOUR.test(p.word)),
  // A kind of ownership or standing right before the head makes a kind (`国有银行`, `重点中学`,
  // `中国民营上市公司`), not a name.
  (c) =>
    KIND_MODIFIER_START.test(c.text) ||
    c.part.some((p) => REPUTE.test(p.word)) ||
    c.part.slice(1, -1).some((p) => OWNERSHIP.test(p.word)) ||
    (c.part.length > 1 && OWNERSHIP_START.test(c.last.word)) ||
    COUNTRY_KIND.test(c.text),
  // A news agency is not named by the place it reports from (`南非/新华社`, `非洲五国/新华社`).
  (c) =>
    c.part.length > 1 &&
    NEWS_AGENCY.test(c.last.word) &&
    c.part.slice(0, -1).every((p) => PLACE_TAGS.has(p.tag) || p.tag === 'x' || p.tag === 'm'),
  // A body the gazetteer knows, right after a head, starts a name of its own, which may still
  // be joined as a unit after it (`中国测绘科学研究院/国务院…课题组`).
  (c) =>
    c.part
      .slice(1)
      .some((p, k) => p.word in GAZETTEER && headOf(c.part[k]!.word) === c.part[k]!.word),
  // A national body is no region's (`香港特别行政区/第九届/全国人民代表大会` is the national one,
  // which that region elects deputies to): the name starts at its term or itself. A country's
  // is (`中国/全国政协`).
  (c) => {
    const k = c.part.findIndex((p, at) => at > 0 && /^全国/u.test(p.word));
    return (
      k > 0 &&
      c.part.slice(0, k).every((p) => SUBNATIONAL.test(p.word) || TERM.test(p.word)) &&
      c.part.slice(0, k).some((p) => SUBNATIONAL.test(p.word))
    );
  },
  // Two bodies of one kind side by side are two, as documents sign (`中共中央办公厅/nt
  // 国务院办公厅/nt`).
  (c) => c.part.slice(1).some((p, k) => sameKind(c.part[k]!.word, p.word)),
  // Two bodies news names alone, one after the other, are two (`人民日报新华社`).
  (c) => c.part.length > 1 && c.part.every((p) => p.word in GAZETTEER),
  // A group of countries starts at its count (`三大洲15国集团` is `15国集团`).
  (c) => COUNTRY_GROUP_AFTER_WORDS.test(c.text),
  // A head word read with the word before it may be none (`排水管/n 网/n` is a pipe network).
  (c) =>
    c.last.word === c.head &&
    !SUB_UNIT.test(c.head) &&
    !UNIT_WORD.test(c.head) &&
    !GOVERNMENT.test(c.head) &&
    c.part.length > 1 &&
    headOf(c.part[c.part.length - 2]!.word + c.last.word) === null &&
    // A unit known by its number is none of those (`第一监狱/二/中队`).
    !(UNIT_BY_NUMBER.test(c.last.word) && NUMERAL.test(c.part[c.part.length - 2]!.word)),
  // A kind of body inside the span makes it a list of kinds (`苏州市中小学幼儿园`), unless what
  // follows is the party's unit in it (`泰安居委会党支部`).
  (c) =>
    !PARTY_UNIT.test(c.last.word) &&
    c.part.slice(0, -1).some((p) => p.word.length >= 3 && GENERIC.test(p.word)),
  // A body in brackets is an affiliation, not part of a name (`阎大颖（南开大学）中国上市公司`).
  (c) => [...c.text.matchAll(/[(（]([^()（）]{3,})[)）]/gu)].some((m) => headOf(m[1]!) !== null),
  // (A registered company's name may say what it does: `杭州/遥望/v 网络股份有限公司`.)
  (c) => !LEGAL_FORM.test(c.last.word) && !c.last.word.startsWith(FIRM) && verbJoinsClause(c.part),
  // People are no part of a body's name before its head (`…三军指战员武警部队`), unless the body
  // serves them and they come right before it (`中国/工人/出版社`, `工人/日报社`); nor is a year
  // (`广东省1998年度国内旅行社`).
  (c) =>
    c.part
      .slice(0, -1)
      .some(
        (p, k) =>
          p.word.length >= 2 &&
          PEOPLE.test(p.word) &&
          !(k === c.part.length - 2 && SERVES_PEOPLE.test(c.last.word)),
      ) || /\d{4}年/u.test(c.text),
  // 和 before a body jieba knows whole joins two things (`鲍林和万国邮政联盟国际局`), also
  // with a prefix between (`黄河防线和反/国民党`).
  (c) =>
    c.part.some(
      (p, k) =>
        /^[和与]$/u.test(p.word) &&
        (c.part[k + 1]?.tag === 'nt' ||
          (c.part[k + 1]?.tag === 'zg' && c.part[k + 2]?.tag === 'nt')) &&
        !REGION.test(c.part[k - 1]?.word ?? ''),
    ),
  // A person's name jieba split: a surname and one-character words (`孟/nr 健/a 军/n`), a surname
  // before a head of three characters or less (`赵/nr 红军/n`, `丁/nr 海军/n`), a two-character
  // name before its last character read as a one-character head (`李铁/nr 军`).
  (c) =>
    (splitSurname(c.part[0]!) &&
      (c.part.every((p) => p.word.length === 1) || c.text.length <= 3)) ||
    // Also after a place (`东/殷民村/殷/nr 治军/n`).
    (c.part.length > 2 &&
      splitSurname(c.part[c.part.length - 2]!) &&
      c.last.word.length === 2 &&
      c.last.word !== c.head) ||
    (c.part.length === 2 &&
      c.last.word.length === 1 &&
      c.part[0]!.word.length === 2 &&
      PERSON_TAGS.has(c.part[0]!.tag)),
  // A team that is a name in one word stands alone after words that are no place
  // (`力克丹麦队`, `卫冕冠军印尼男队`): those words tell what the team did or is.
  (c) =>
    c.part.length > 1 &&
    oneWordTeam(c.last) &&
    !c.part
      .slice(0, -1)
      .some(
        (p) =>
          p.word.length < 2 ||
          PLACE_TAGS.has(p.tag) ||
          ADMIN.test(p.word) ||
          p.tag === 'nt' ||
          headOf(p.word) !== null ||
          unknownName(p),
      ),
  // Two teams in one word each are two teams (`中国队力克丹麦队`).
  (c) => c.part.length > 2 && oneWordTeam(c.last) && c.part.slice(0, -2).some(oneWordTeam),
  // A team kind before a competition names the competition (`世界女篮锦标赛`).
  (c) => TEAM.test(c.head) && c.next !== undefined && EVENT.test(c.next.word),
  // A team of a continent, of `外国` or of `四国` is a kind of team, not one (`欧洲队`, `四国女篮`).
  // (A squad known by its number is a unit, not a team: `第一监狱二中队`.)
  (c) =>
    TEAM.test(c.head) &&
    !UNIT_BY_NUMBER.test(c.last.word) &&
    c.part.slice(0, -1).every((p) => ANY_COUNTRY.test(p.word) || !nameLike(p)),
  // Common words before a place or a proper name are context, not the name (`卫冕冠军印尼男队`,
  // `主办单位中国国际象棋协会`): the name starts at the place, found from there.
  // So are common words before a proper word that holds its own head (`纪念/n 人民日报/nz`).
  // (A registered company's brand jieba split into a noun and an unknown word is one brand:
  // `合众/n 创亚/x 包装服务(亚洲)有限公司`.)
  (c) =>
    !nameLike(c.part[0]!) &&
    !eraWord(c.part[0]!) &&
    // A brand the gazetteer knows opens its registered company (`携程/n 计算机技术（上海）有限公司`).
    !(LEGAL_FORM.test(c.last.word) && c.part[0]!.word in GAZETTEER) &&
    !(
      LEGAL_FORM.test(c.last.word) &&
      c.part[0]!.tag === 'n' &&
      c.part.length > 2 &&
      unknownName(c.part[1]!)
    ) &&
    // A county or city jieba tags as a noun is still a place (`岩手县/n 日中/x 友好协会`).
    !NOUN_PLACE.test(c.part[0]!.word) &&
    !ORDINAL.test(c.part[0]!.word) &&
    c.part[0]!.word !== STATIONED &&
    (c.part
      .slice(1, -1)
      .some(
        (t) =>
          PROPER_TAGS.has(t.tag) || unknownName(t) || (t.word.length > 1 && ADMIN.test(t.word)),
      ) ||
      (c.part.length > 1 &&
        PROPER_TAGS.has(c.last.tag) &&
        c.last.word !== c.head &&
        // A kind jieba tags as a body is no proper word (`经济/日报社/nt`).
        !GENERIC.test(c.last.word) &&
        // A county jieba tags as a noun is still a place (`冠县/n 国税局/nt`).
        !named([c.part[0]!]))),
  // Nor does a name run from one place over common words into another (`法国利用货币联盟`,
  // `加拿大重罚青少年犯罪加拿大司法部`): the name starts at the later one.
  // (A registered company's name runs on over a body word to its legal form, where no verb
  // breaks it: `陕西/煤业/化工集团/nt 有限责任公司`.)
  (c) =>
    !BRANCH.test(c.last.word) &&
    c.part.slice(2, -1).some(
      (p, k) =>
        FRESH_START.has(p.tag) &&
        // (A one-character place is a brand's, `神狐时代/云/科技`: places start with two.)
        p.word.length > 1 &&
        !KIND_OF_SETTLEMENT.test(p.word) &&
        headOf(p.word) !== p.word &&
        commonWord(c.part[k + 1]!) &&
        !NAME_DASH.test(c.part[k + 1]!.word) &&
        !(p.tag === 'nt' && LEGAL_FORM.test(c.last.word) && c.part.every((q) => q.tag !== 'v')),
    ),
];

/** A level's own body in one word: the level and a head (`县委`, `市政府`), not a place (`乡镇`). */
function levelBody(word: string): boolean {
  const rest = word.slice(1);
  return (
    LEVEL.test(word[0]!) &&
    rest.length > 0 &&
    headOf(rest) === rest &&
    !KIND_OF_SETTLEMENT.test(word)
  );
}

/** Is something before the head a name: a place, a proper noun, or what names a company or a periodical? */
function namedBy(c: Candidate): boolean {
  // An ordinal names a unit (`第二学员大队`, `第三十八集团军`) and nothing else (`第一中学` alone).
  // So does it a ministry of its series (`第三/机械工业部`).
  if (ORDINAL.test(c.part[0]!.word))
    return (
      c.part.length > 1 &&
      (UNIT_BY_NUMBER.test(c.head) ||
        UNIT_BY_NUMBER.test(c.last.word) ||
        MINISTRY_WORD.test(c.part[1]!.word))
    );
  return (
    named(c.part.length > 1 ? c.part.slice(0, -1) : c.part) ||
    // A body the gazetteer knows names what it owns, whatever jieba tags it (`普华永道/l
    // 中天会计师事务所`, `武钢/程潮铁矿`), but not a kind (`二炮/部队`); a term after it starts a
    // body of its own (`民革/第九届中央…`).
    (c.part.length > 1 &&
      c.part[0]!.word in GAZETTEER &&
      !GENERIC.test(c.text.slice(c.part[0]!.word.length)) &&
      !c.part.some((p) => TERM.test(p.word))) ||
    // A level's own body names its units (`县委/n 政务公开领导小组`, `县委/n 办公室`).
    (c.part.length > 1 && levelBody(c.part[0]!.word)) ||
    // A place jieba did not know names the body of its level glued after it (`召忽/x 镇党委/nt`).
    (c.part.length === 2 &&
      unknownName(c.part[0]!) &&
      c.last.tag === 'nt' &&
      LEVEL.test(c.last.word[0]!)) ||
    // So does it a local post or school after it, of the place it serves (`闻韶/x 派出所`).
    (c.part.length === 2 && unknownName(c.part[0]!) && LOCAL_POST.test(c.last.word)) ||
    // A level's government names its office right after it (`省政府/n 办公厅`).
    (c.part.length === 2 &&
      c.part[0]!.word.length >= 3 &&
      GOVERNMENT.test(c.part[0]!.word) &&
      !WEAK_HEADS.has(c.head)) ||
    // A society or research body is named by its field and what it does (`鸟类/保护/协会`,
    // `鸟类/研究/中心`): two words at least, the last a verb of its work.
    (FIELD_BODY.test(c.head) &&
      c.part.length >= 3 &&
      FIELD_TAGS.has(c.part[c.part.length - 3]!.tag) &&
      FUNCTION_VERB.test(c.part[c.part.length - 2]!.word)) ||
    // A bureau of affairs is named by its field (`民政/事务局`, `宪制/事务司`).
    (/^事务[局司处]$/u.test(c.last.word) &&
      c.part.length >= 2 &&
      c.part.slice(0, -1).every((p) => p.tag === 'n' && p.word.length >= 2)) ||
    // An administration is named by the field it governs (`知识产权/n 署/ng`, `新闻/总署`): 署 is
    // no kind. (Not a title that shares it: `首任/署长`.)
    (c.head === ADMINISTRATION &&
      /^总?署$/u.test(c.last.word) &&
      c.part.length >= 2 &&
      c.part.slice(0, -1).every((p) => p.tag === 'n' && p.word.length >= 2)) ||
    // A name in quotes right before the head names it (`“幸福工程”组委会`).
    (c.part.length > 3 &&
      !WEAK_HEADS.has(c.head) &&
      OPEN_QUOTE.test(c.part[0]!.word) &&
      /^[”』]$/u.test(c.part[c.part.length - 2]!.word)) ||
    // A company is named by its brand, which jieba often does not know (`张裕公司`).
    (COMPANY.test(c.head) && c.part.slice(0, -1).some(unknownName)) ||
    // A periodical is named by its title, a common word as often as not (`大地周刊`); so is a
    // publisher by the one word before it, whatever jieba takes it for (`红旗/nr 出版社`), but
    // not by where it is (`地方出版社`).
    (PERIODICAL_HEAD.test(c.head) && c.part.length > 1) ||
    // A hotel is named by common nouns, two at least (`世纪/广场/旅馆`), not by one (`政府宾馆`).
    (HOTEL.test(c.last.word) &&
      c.part.length >= 3 &&
      c.part.slice(0, -1).every((p) => p.tag === 'n' && p.word.length >= 2)) ||
    (c.last.word === PUBLISHER &&
      c.part.length === 2 &&
      !/^(?:地方|当地|本地|外地|官方|国家|各地)$/u.test(c.part[0]!.word))
  );
}

/**
 * Words jieba tags as proper nouns that are a people, a faith, a language, a war or a common word,
 * never a brand (`中华/nz 医药`, `家族/nz 控股`).
 */
const NOT_A_BRAND =
  /^(?:中华|华夏|和平|普通|家族|百科|精华|天文|通讯|论文|正文|共和|金银|汇报)$|(?:[族教语文]|战争|革命|运动|大战)$/u;

/** Trades too loose to name a company after an unknown word (`反革命/集团`, `力抗/国际`). */
const LOOSE_TRADE = /^(?:集团|国际|股份)$/u;

/** The one token that holds [start, end) and more, if any (tokens are in text order). */
function wordHolding(tokens: Token[], start: number, end: number): Token | undefined {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (tokens[middle]!.start <= start) low = middle;
    else high = middle - 1;
  }
  const t = tokens[low];
  return t && t.start <= start && end <= t.start + t.word.length && t.word.length > end - start
    ? t
    : undefined;
}

/** Is `word` a place, a gazetteer brand and a company's kind (`美国/微软/公司`)? */
function brandCompanyWord(word: string, brand: string): boolean {
  const at = word.indexOf(brand);
  if (at <= 0 || GAZETTEER[brand] !== brand || NOT_A_BRAND_NAME.test(brand)) return false;
  return placeName(word.slice(0, at)) && COMPANY_KIND.test(word.slice(at + brand.length));
}

/** Kin, who are a person's, never a body's name. */
const KIN = /^(?:哥哥|姐姐|弟弟|妹妹|父亲|母亲|爸爸|妈妈|儿子|女儿|丈夫|妻子|爷爷|奶奶)$/u;

/** Verbs of going somewhere, whose object is a place or an institution's grounds. */
const MOTION = /^(?:[到去进回]|来到|回到|走进|进入|考上|考入|前往|离开|赶到|赶往)$/u;

/** Districts and grounds a brand and trade may name (`丽泽/金融/商务区`): a place, not a company. */
const DISTRICT = /(?:[区街城园]|广场|大厦|中心)$/u;

/** Gazetteer names of bodies, parties, forces and outlets, which no country's brand is (`联合国`, `新华社`). */
const NOT_A_BRAND_NAME = /^联合国|(?:组织|[会署局院部社报台网党军行])$/u;

/** Countries other than China, by their usual Chinese names. */
const FOREIGN_COUNTRY =
  /^(?:(?!中国$|我国$|祖国$|全国$|各国$|外国$|他国$|本国$)\p{Script=Han}{1,3}国|日本|意大利|巴西|荷兰|瑞典|瑞士|加拿大|澳大利亚|俄罗斯|西班牙|葡萄牙|芬兰|挪威|丹麦|比利时|奥地利|新加坡|印度|墨西哥|阿根廷|以色列|爱尔兰|新西兰|南非|土耳其|越南|马来西亚|印尼|菲律宾)$/u;

/**
 * Companies written as a brand and its trade, without `公司` (`国瑞/x 地产`, `万通/nz 地产`,
 * `中博/x 传媒`): after a common word a trade is only the trade (`商业/地产`), so only a brand
 * jieba does not know, or knows only as a proper noun, names one.
 */
function brandAndTrade(tokens: Token[]): FoundOrg[] {
  const out: FoundOrg[] = [];
  tokens.forEach((t, k) => {
    const brand = tokens[k - 1];
    if (!TRADE.test(t.word) || LOOSE_TRADE.test(t.word) || !brand) return;
    if (
      !unknownName(brand) &&
      !(brand.tag === 'nz' && brand.word.length >= 2 && !NOT_A_BRAND.test(brand.word))
    )
      return;
    // Not when more of a name or a noun follows: the trade then describes it (`…地产公司`, `…地产市场`).
    const next = tokens[k + 1];
    if (
      next &&
      (headOf(next.word) !== null || MODIFIED.test(next.word) || DISTRICT.test(next.word))
    )
      return;
    const end = t.start + t.word.length;
    out.push({ start: brand.start, end, text: brand.word + t.word });
  });
  return out;
}

/** The longest organization starting at token `i`, or null. */
function spanAt(tokens: Token[], i: number, text: string): FoundOrg | null {
  const first = tokens[i]!;
  // The term of a body opens its name (`第九届全国人大常委会`): the body must follow at once.
  if (TERM.test(first.word)) {
    const body = i + 1 < tokens.length ? spanAt(tokens, i + 1, text) : null;
    if (body && body.start === tokens[i + 1]!.start && TERMED.test(body.text))
      return { start: first.start, end: body.end, text: text.slice(first.start, body.end) };
    // A term names the one body elected for it even when its head stands alone (`首届立法会`).
    const head = tokens[i + 1];
    if (!head || !TERMED_HEAD.test(head.word)) return null;
    const end = head.start + head.word.length;
    return { start: first.start, end, text: text.slice(first.start, end) };
  }
  if (!canStart(first)) return null;
  let best: FoundOrg | null = null;
  for (let j = i; j < tokens.length && j - i < MAX_TOKENS; j++) {
    if (stopsBefore(tokens, i, j, text)) break;
    const last = tokens[j]!;
    const found =
      headAt(last, j > i) ??
      subUnitAt(tokens, i, j) ??
      localGovernmentAt(tokens, i, j) ??
      sharedTitleAt(tokens, i, j);
    if (!found) continue;
    const { head, stop } = found;
    const candidate = text.slice(first.start, stop);
    // A name that ends inside a word (a split head, a glued title) ends there.
    const endsInside = stop !== last.start + last.word.length;
    // One word with a title glued on (`区委书记`): its body stands as one word would.
    if (j === i && endsInside) {
      if (singleTokenName({ ...last, word: candidate }) && !meetingNext(tokens[j + 1]))
        best = { start: first.start, end: stop, text: candidate };
      break;
    }
    const c = {
      text: candidate,
      part: tokens.slice(i, j + 1),
      last,
      head,
      next: tokens[j + 1],
      before: tokens[i - 1],
    };
    if (NOT_A_NAME.some((rule) => rule(c))) continue;
    best = { start: first.start, end: stop, text: candidate };
    if (endsInside) break;
  }
  return best;
}

/**
 * jieba's dictionary tags some verb phrases as people (`大力加强/nr`, `郑重宣布/nr`, `严肃处理/nr`):
 * a Chinese name has two or three characters, so a person's word of four or more that ends in a
 * verb, an adjective or an adverb is read as the phrase it is (a foreign name stays one: `阿科松博`, `石田东四郎`).
 */
function retagged(t: Token): Token {
  if (t.tag !== 'nr') return t;
  // So does it a grade of a quality (`高素质/nr`, `高水平/nr`): a describing word.
  if (/^[高低]\p{Script=Han}{2}$/u.test(t.word) && oneWord(t.word.slice(1), NOUN_TAGS))
    return { ...t, tag: 'b' };
  if (!/^\p{Script=Han}{4,}$/u.test(t.word)) return t;
  return oneWord(t.word.slice(-2), PHRASE_END_TAGS) ? { ...t, tag: 'l' } : t;
}

const PHRASE_END_TAGS = new Set(['v', 'vn', 'vd', 'a', 'ad', 'd']);

/** A level of an organization by its one-character head (`厅`, `处`). */
const UNIT_LEVEL = /^[厅局处部院校所站]$/u;
/** Words that make a unit a kind of many (`各处党委`, `两局党组`). */
const MANY = /^(?:[各每诸两几]|[一二三四五六七八九十]+)$/u;

/**
 * The party unit of the body the article is about, named by that body's level (`厅党组`,
 * `处党委`): the department's own party group.
 */
function unitParty(tokens: Token[], text: string): FoundOrg[] {
  const out: FoundOrg[] = [];
  tokens.forEach((t, k) => {
    const party = tokens[k + 1];
    if (!UNIT_LEVEL.test(t.word) || !party || !PARTY_UNIT.test(party.word)) return;
    if (MANY.test(tokens[k - 1]?.word ?? '')) return;
    const end = party.start + party.word.length;
    out.push({ start: t.start, end, text: text.slice(t.start, end) });
  });
  return out;
}

/** The Communist Youth League, by its one-character short name. */
const LEAGUE = '团';

/** Limited liability, which jieba writes apart from the company it qualifies. */
const LIMITED = '有限责任';

/** 驻 glued to a country's one-character name (`驻法/n 使馆`). */
const GLUED_STATION = /^驻([美英法德日俄意加澳韩朝越泰印蒙])$/u;

/** A preposition jieba glued to the level after it (`从市/x 审计局`). */
const GLUED_LEVEL = new RegExp(`^([地的得]?[从在向对把被给将于由经到自报])([${LEVELS}])$`, 'u');

/** 任 (hold a post) glued to the unknown name of the body held (`任华晋/x 焦煤有限责任公司`). */
const GLUED_POST = /^(任)(\p{Script=Han}{2,})$/u;

/** A school glued to a subject taught there (`中学语文/nz 教师`). */
const GLUED_SUBJECT =
  /^([中小]学)(语文|数学|英语|外语|物理|化学|生物|历史|地理|政治|体育|音乐|美术)$/u;

/** Words jieba split that name one thing together: the joined word's tag, or null. */
function joinedTag(t: Token, next: Token): string | null {
  // The league's centre, which jieba splits after 团 (`团/n 中央书记处/nt`).
  if (t.word === LEAGUE && next.word.startsWith('中央')) return 'nt';
  // The kind of company (`有限责任/l 公司`), and of partnership (`合伙/n 企业`).
  if (t.word === LIMITED && next.word === '公司') return 'n';
  if (t.word === '合伙' && next.word === '企业') return 'n';
  // Two countries jieba split by their one-character names, 中 as a direction and the other as
  // an abbreviation or a place (`中/f 俄/j`, `美/ns 中/f`): one pair, before what they share
  // (`中俄友好…委员会`, `美中友协美西分会`).
  if (t.word.length === 1 && next.word.length === 1 && COUNTRY_PAIR.test(t.word + next.word))
    return t.tag === 'f' || next.tag === 'j' || (next.tag === 'f' && PLACE_TAGS.has(t.tag))
      ? 'x'
      : null;
  return null;
}

/**
 * A word jieba glued that starts two things: 驻 and a country (`驻法/n 使馆`), a preposition and
 * the level a name starts at (`从市/x 审计局`).
 */
function splitGlued(t: Token): Token[] {
  // Two bodies the gazetteer knows, written as one word (`中办国办/nt`).
  const pair = gazetteerPair(t.word);
  if (pair)
    return [
      { word: pair, tag: 'nt', start: t.start },
      { word: t.word.slice(pair.length), tag: 'nt', start: t.start + pair.length },
    ];
  const station = GLUED_STATION.exec(t.word);
  if (station)
    return [
      { word: STATIONED, tag: 'v', start: t.start },
      { word: station[1]!, tag: 'ns', start: t.start + 1 },
    ];
  const subject = GLUED_SUBJECT.exec(t.word);
  if (subject)
    return [
      { word: subject[1]!, tag: 'n', start: t.start },
      { word: subject[2]!, tag: 'n', start: t.start + 2 },
    ];
  // A verb of holding a post glued to an unknown name (`任/华晋`, `任/和君`): the name is its own.
  const held = t.tag === 'x' ? GLUED_POST.exec(t.word) : null;
  if (held)
    return [
      { word: held[1]!, tag: 'v', start: t.start },
      { word: held[2]!, tag: 'x', start: t.start + 1 },
    ];
  const level = t.tag === 'x' ? GLUED_LEVEL.exec(t.word) : null;
  if (!level) return [t];
  return [
    { word: level[1]!, tag: 'p', start: t.start },
    { word: level[2]!, tag: 'n', start: t.start + level[1]!.length },
  ];
}

const SOCIETY = '学会';
/** A field ending in 学 before a lone 会 (`诉讼法学/会`), but not a school (`大学/会`). */
const splitSociety = (t: Token, next: Token): boolean =>
  next.word === '会' && t.word.length >= 2 && t.word.endsWith('学') && !/[大中小]学$/u.test(t.word);

/** The first of two gazetteer names a word is made of (`中办|国办`), or null. */
function gazetteerPair(word: string): string | null {
  if (word.length < 4 || word in GAZETTEER) return null;
  for (let k = 2; k <= word.length - 2; k++) {
    const [first, second] = [word.slice(0, k), word.slice(k)];
    // The party centre's own organ is one body with it (`中共中央/书记处`, `党中央/军委`).
    if (first in GAZETTEER && second in GAZETTEER && !centreOrgan(first, second)) return first;
  }
  return null;
}

/** Is `second` an organ of the party centre `first` (`书记处` of `中共中央`)? */
const centreOrgan = (first: string, second: string): boolean =>
  PARTY_CENTRE.test(first) && GAZETTEER[second]!.startsWith('中央');
const PARTY_CENTRE = /^(?:中共中央|党中央)$/u;

/** The tokens with jieba's splits joined and its glued words split (see the two above). */
function unglued(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const tag = next ? joinedTag(t, next) : null;
    if (next && tag) {
      out.push({ word: t.word + next.word, tag, start: t.start });
      k++;
    } else if (next && splitSociety(t, next)) {
      // A field jieba read with the 学 of 学会 (`诉讼法学/n 会/v`): the field and the society.
      const field = t.word.slice(0, -1);
      out.push({ word: field, tag: 'n', start: t.start });
      out.push({ word: SOCIETY, tag: 'n', start: t.start + field.length });
      k++;
    } else out.push(...splitGlued(t));
  }
  return out;
}

/**
 * Is the name every level's or every place's body of its kind: one word that says so (`各地党委/l`),
 * or one of a list that `各级`, `各地` or `各省` opened in its clause (`各级党委、政府和纪委`,
 * `各级/统战部`, `各省、市、自治区光彩事业促进会`)?
 */
function everyLevels(name: FoundOrg, tokens: Token[], starting: Map<number, number>): boolean {
  if (/^各[级地类]/u.test(name.text)) return true;
  const i = starting.get(name.start) ?? -1;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const word = tokens[k]!.word;
    if (/^各[级地省市县]/u.test(word)) return true;
    if (!/^[、和及与]$/u.test(word) && !BODY_TAGS.has(tokens[k]!.tag)) return false;
  }
  return false;
}

/** Is the name at `i` hidden by `某` before it, with only what describes it between (`某/大型/连锁/房产经纪公司`)? */
function someBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (t.word === SOME) return true;
    if (!DESCRIBING_TAGS.has(t.tag)) return false;
  }
  return false;
}

/** Is `start`–`end` the given name of an unknown three-character word that starts with a surname? */
function givenName(word: Token | undefined, start: number, end: number): boolean {
  return (
    word !== undefined &&
    word.tag === 'x' &&
    word.word.length === 3 &&
    start === word.start + 1 &&
    end === word.start + 3 &&
    soleTag(word.word[0]!) === 'nr'
  );
}

/** A reporter or correspondent, whose name follows in a byline. */
const BYLINE = /^(?:记者|通讯员|特派记者|特约记者|见习记者)$/u;

/** Words that describe a body without naming it: `大型/b`, `连锁/vn`, `知名/a`. */
const DESCRIBING_TAGS = new Set(['b', 'a', 'vn']);

/**
 * Organization mentions in order, maximal and not overlapping. `earlier`: the heads of bodies the
 * article named before this text, which a bare head here refers back to.
 */
export function findOrganizations(
  text: string,
  earlier?: EarlierHeads,
  earlierAliases: Aliases = new Map(),
): FoundOrg[] {
  const found: FoundOrg[] = [];
  const tokens = unglued(tag(text).map(retagged));
  for (let i = 0; i < tokens.length; i++) {
    // `某` (a certain) hides the name: what follows is a kind (`某文学院`, `某炮兵旅党委`).
    if (someBefore(tokens, i)) continue;
    const span = spanAt(tokens, i, text);
    if (span) found.push(span);
    else if (singleTokenName(tokens[i]!)) found.push(spanOf(tokens[i]!));
  }
  // A gazetteer name counts where a jieba word starts or ends with it: not `人大` in `局外人大惑不解`.
  const starting = new Map(tokens.map((t, k) => [t.start, k]));
  const ending = new Map(tokens.map((t) => [t.start + t.word.length, t]));
  for (const m of text.matchAll(GAZETTEER_RE)) {
    const end = m.index + m[0].length;
    // jieba may write a brand's company whole with its country (`美国微软公司/n`): that word.
    const holder = wordHolding(tokens, m.index, end);
    if (holder && brandCompanyWord(holder.word, m[0])) {
      found.push(spanOf(holder));
      continue;
    }
    if (!starting.has(m.index) && end !== text.length && !starting.has(end)) continue;
    // Nor after a surname jieba split off a person's name (`赵/nr 红军/n`), nor inside one
    // (`张国华/nr 为` holds no `华为`).
    const before = ending.get(m.index);
    if (before && splitSurname(before) && m[0].length <= 3) continue;
    // Nor a reporter's name that is also a brand's (`记者/苏宁/报道`), nor the given name of a
    // person jieba left unknown (`邢世嘉/x` holds no `世嘉`).
    if (before && BYLINE.test(before.word) && m[0].length <= 3) continue;
    if (givenName(wordHolding(tokens, m.index, end), m.index, end)) continue;
    // Nor people who mostly do something (`这种/人大都是` is "such people mostly are").
    if (m[0] === '人大' && /^(?:[都多致概半]|部分)/u.test(text.slice(end, end + 2))) continue;
    // Nor people counted (`7000万/人大签名` is ten thousand people's big petition).
    if (before?.tag === 'm' && m[0].startsWith('人') && /[十百千万亿多余]$/u.test(before.word))
      continue;
    // Nor from inside one word into the next (`民主/建国/会` holds no `国会`).
    if (
      !starting.has(m.index) &&
      (acrossPersonName(tokens, m.index, end) ||
        startsInsideAndCrosses(tokens, starting, m.index, end))
    )
      continue;
    // Nor after a word that makes it many (`各级人大`), nor inside an idiom (`发扬光大`).
    if (before && /^各[级地]?$/u.test(before.word)) continue;
    // An institution named by its kind is a kind after `地方` or `各国` (`地方议会`), and a field
    // in a list of fields (`文化、议会、司法`).
    if (
      before &&
      BY_KIND.test(m[0]) &&
      (KIND_OF_INSTITUTION.test(before.word) || listedField(tokens, starting, m.index, end))
    )
      continue;
    const word = tokens[starting.get(m.index) ?? -1];
    const within = word ?? ending.get(end);
    if (within && within.tag === 'i' && within.word.length > m[0].length) continue;
    // Nor where it splits a word that begins inside it: not `经济部` in `经济/部门`.
    if (splitsWord(tokens, starting, m.index, end)) continue;
    // Nor the start of a longer word unless the rest is a word of its own (`国务院总理`): not `热火`
    // in the idiom `热火朝天`, not `总参` in `总参谋长`, not `司法部` in `司法部门` or `外交部长`.
    // (A member written with its body is such a word: `安理会/常任理事国`.)
    const rest = word ? word.word.slice(m[0].length) : '';
    // Nor a ground named after the body in the same word (`空军基地`): a place.
    if (rest && VENUE_AFTER.test(rest)) continue;
    if (
      rest &&
      !memberSplit(word!, end) &&
      (NOT_NOUN_TAGS.has(word!.tag) || rest.length < 2 || !knownWord(rest))
    )
      continue;
    // Nor the start of a person's name (`伊利埃斯库`, not the brand `伊利`): the rest is a name.
    if (rest && oneWord(rest, PERSON_TAGS)) continue;
    // An institution named by its kind takes the country before it (`约旦议会`, `日本内阁`);
    // a legislature, the level before it (`县/人大代表`).
    const placed =
      before &&
      ((BY_KIND.test(m[0]) && placeName(before.word)) ||
        // The people's forces (`人民/空军`).
        (before.word === '人民' && /^[海空陆]军$/u.test(m[0])) ||
        (LEVELLED.test(m[0]) && LEVEL.test(before.word)));
    // A legislature's term and the place before it are its name (`江西省/第十二届/人大代表`).
    const term = before && LEVELLED.test(m[0]) && TERM.test(before.word) ? before : undefined;
    const termPlace = term && ending.get(term.start);
    // A body jieba wrote whole with its country or its term keeps it (`中国证监会/nt`,
    // `第八届全国人民代表大会/nz`).
    const whole = ending.get(end);
    const prefix = whole && whole.start < m.index ? text.slice(whole.start, m.index) : '';
    const gluedStart =
      whole && prefix !== '' && (placeName(prefix) || TERM.test(prefix)) ? whole.start : null;
    // A company or club known by its brand takes its country (`日本/丰田`, `英国/阿森纳`).
    const national =
      before &&
      GAZETTEER[m[0]] === m[0] &&
      !NOT_A_BRAND_NAME.test(m[0]) &&
      before.start + before.word.length === m.index &&
      FOREIGN_COUNTRY.test(before.word);
    const start =
      placed || national
        ? before.start
        : term
          ? termPlace && placeName(termPlace.word)
            ? termPlace.start
            : term.start
          : (gluedStart ?? m.index);
    // A company known by its brand keeps its trade and the kind written after it (`平安保险/公司`,
    // `华润/医药/控股`); a body known by a short form has no trade (`欧盟/能源`).
    const stop = companyEnd(tokens, starting, end, GAZETTEER[m[0]] === m[0]);
    found.push({ start, end: stop, text: text.slice(start, stop) });
  }
  found.push(...unitParty(tokens, text));
  found.push(...brandAndTrade(tokens));
  for (const t of tokens) if (COMMUNIST_PARTY.test(t.word)) found.push(spanOf(t));
  for (const pattern of [
    PERIODICAL,
    ARMY_UNIT,
    NUMBERED_SQUAD,
    COUNTRY_GROUP,
    LATIN_COMPANY,
    COURT_CHAMBER,
    PARTY_CONGRESS,
  ])
    for (const m of text.matchAll(pattern))
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });

  const names = withUnits(maximal(found), text);
  const aliases = new Map([...earlierAliases, ...definedAliases(names, text)]);
  const all = withoutPlaces(
    maximal([
      ...names,
      ...bareHeads(names, tokens, ending, earlier),
      ...matchTeams(tokens, text),
      ...listedTeams(tokens, text),
      ...conjuncts(names, tokens, starting),
      ...quotedCompanies(text),
      ...foundedInQuotes(text),
      ...aliasMentions(text, aliases),
      ...partyPair(text),
    ]),
    tokens,
    starting,
  );
  return all
    .filter((name) => !everyLevels(name, tokens, starting) && !titled(name, text))
    .map((name) => {
      const head = referringHead(name, ending);
      return head ? { ...name, head } : name;
    });
}

/**
 * Is the name the whole title of a work in 《》 (`《德军总部》`, a game)? A paper's or a journal's
 * title names the paper (`《河南日报》`), any other title a work.
 */
function titled(name: FoundOrg, text: string): boolean {
  return (
    text[name.start - 1] === '《' &&
    text[name.end] === '》' &&
    !/(?:[报刊社]|杂志|文摘)$/u.test(name.text)
  );
}

/** Short forms a text defined for bodies it named in full: short form → full name. */
export type Aliases = ReadonlyMap<string, string>;

/** Adds the short forms `text` defines for the `names` found in it to `aliases`. */
export function withAliasesOf(aliases: Aliases, text: string, names: readonly FoundOrg[]): Aliases {
  const defined = definedAliases(names, text);
  return defined.length === 0 ? aliases : new Map([...aliases, ...defined]);
}

/** Adds the heads `names` may be referred back by to `heads`, for the text after theirs. */
export function withHeadsOf(heads: EarlierHeads, names: readonly FoundOrg[]): EarlierHeads {
  const named = names.filter((n) => n.head !== undefined && n.text !== n.head);
  // Most paragraphs name no new body by a head: the article's heads stay as they were, uncopied.
  if (named.length === 0) return heads;
  const out = new Map([...heads].map(([head, bodies]) => [head, new Set(bodies)]));
  for (const { head, text } of named) out.set(head!, (out.get(head!) ?? new Set()).add(text));
  return out;
}

/**
 * Buildings and grounds named after a body: `全国政协礼堂` is a hall, not the body. (A building
 * merely of the body keeps it: `南开大学办公楼` still mentions the university.)
 */
const VENUE_AFTER =
  /^(?:礼堂|大礼堂|会堂|大厦|广场|剧场|体育馆|体育场|会议中心|旧址|遗址|基地|新址|台址|新台址)$/u;

/**
 * Halls named as what they hold, and stations and stops: `澳门展览中心`, `赛特购物中心`,
 * `天河体育中心`, `九江火车站`, `耀华路站` are venues.
 */
const VENUE_NAME =
  /(?:展览中心|会展中心|会议中心|展览馆|购物中心|购书中心|体育中心|娱乐中心|(?:车|路|客运|地铁)站)$/u;

/**
 * Names that stand for a place: one that qualifies a building or ground right after it, and a
 * military region on its own (`北京军区`, an area of command; `北京军区后勤部` is a body).
 */
function withoutPlaces(
  names: FoundOrg[],
  tokens: Token[],
  starting: Map<number, number>,
): FoundOrg[] {
  return names.filter((name) => {
    if (name.text.endsWith('军区') || VENUE_NAME.test(name.text)) return false;
    const next = tokens[starting.get(name.end) ?? -1];
    return !(next && VENUE_AFTER.test(next.word));
  });
}

/**
 * A body named right after another, with no word between, is a unit of it (`国会外委会`,
 * `外务省北美局`, `江西省文联《创作评谭》杂志社`): one name. Not when the second is a body of its
 * own that news names alone (`新华社` in `人民日报新华社`).
 */
function withUnits(names: FoundOrg[], text: string): FoundOrg[] {
  const out: FoundOrg[] = [];
  for (const found of names) {
    // A partnership's legal form in brackets belongs to its name (`…咨询中心(有限合伙)`).
    const remark = PARTNERSHIP.exec(text.slice(found.end, found.end + 8))?.[0];
    const name = remark
      ? { ...found, end: found.end + remark.length, text: found.text + remark }
      : found;
    const last = out.at(-1);
    if (
      last &&
      last.end === name.start &&
      !(name.text in GAZETTEER) &&
      // A bank's short name is no unit of the one before it (`交行/工行`).
      !SHORT_NAME.test(name.text) &&
      !sameKind(last.text, name.text) &&
      // The centre's body is no unit of the one before it, save a party's (`人事部/中央综治委`).
      !(name.text.startsWith('中央') && !last.text.endsWith('党'))
    )
      out[out.length - 1] = {
        start: last.start,
        end: name.end,
        text: text.slice(last.start, name.end),
      };
    else out.push(name);
  }
  return out;
}

/**
 * Two bodies of one kind side by side are two, as documents sign (`中共中央办公厅/国务院办公厅`):
 * both end in the same head word of three characters or more. (A unit ends in a word of its
 * own: `国家知识产权局/专利局`, `…有限责任公司/上海分公司`.)
 */
function sameKind(first: string, second: string): boolean {
  const head = headOf(second);
  if (head === null || head === second) return false;
  let shared = 0;
  while (
    shared < Math.min(first.length, second.length) &&
    first.at(-1 - shared) === second.at(-1 - shared)
  )
    shared++;
  return shared >= 3 && shared < second.length;
}

/** A limited partnership's legal form, written in brackets after its name. */
const PARTNERSHIP = /^[（(](?:有限|普通)?合伙[)）]/u;

/** Does the word that holds `start` (not at its own start) end before `end`? */
function startsInsideAndCrosses(
  tokens: Token[],
  starting: Map<number, number>,
  start: number,
  end: number,
): boolean {
  for (let at = start - 1; at >= 0; at--) {
    const k = starting.get(at);
    if (k !== undefined) {
      const stop = at + tokens[k]!.word.length;
      return stop > start && stop < end;
    }
  }
  return false;
}

/** Does a word that starts inside [start, end) run past `end`? */
function splitsWord(
  tokens: Token[],
  starting: Map<number, number>,
  start: number,
  end: number,
): boolean {
  for (let at = end - 1; at > start; at--) {
    const k = starting.get(at);
    // A member of a body is no word the name splits (`全国人大/代表`, `安理会/常任理事国`).
    if (k !== undefined) return at + tokens[k]!.word.length > end && !memberSplit(tokens[k]!, end);
  }
  return false;
}

/** A member of a body, as jieba writes it with the body (`人大代表`, `安理会常任理事国`). */
const MEMBER = /(?:代表|委员|常任理事国|理事国|成员国|会员国)$/u;

/** Does a name end where `word` turns from a body into its member (`人大|代表`)? */
function memberSplit(word: Token, end: number): boolean {
  const member = MEMBER.exec(word.word)?.[0];
  return member !== undefined && word.start + word.word.length - member.length === end;
}

/** Legislatures every level has, named by the level before them (`县人大`, `市政协`). */
const LEVELLED = /^(?:人大|政协|人大常委会)$/u;

/**
 * Trades a company's short name may add to its brand (`华润医药`, `万科地产`), and what may
 * follow a trade (`华润医药控股`). A trade that is also a verb never comes first: `微软投资`
 * is Microsoft investing.
 */
const TRADE =
  /^(?:医药|药业|制药|科技|传媒|网络|股份|智能|地产|置地|置业|电器|电气|电工|电子|信贷|银行|证券|保险|电力|能源|石油|石化|化工|钢铁|航空|通信|食品|实业|国际|资本|金融|信托|集团|影业|娱乐|财险|寿险)$/u;
const AFTER_TRADE = /^(?:控股|投资|集团)$/u;

/** Where a brand's company name ends: after its trades and its kind, if written. */
function companyEnd(
  tokens: Token[],
  starting: Map<number, number>,
  end: number,
  brand: boolean,
): number {
  let k = starting.get(end);
  let stop = end;
  let trades = 0;
  while (brand && k !== undefined && k < tokens.length) {
    const word = tokens[k]!.word;
    if (!(TRADE.test(word) || (trades > 0 && AFTER_TRADE.test(word)))) break;
    stop += word.length;
    trades++;
    k++;
  }
  const kind = tokens[k ?? -1];
  return kind && COMPANY_KIND.test(kind.word) ? stop + kind.word.length : stop;
}

/** The kinds of company a brand's name may be followed by (`平安保险公司`, `华为集团`). */
const COMPANY_KIND = /^(?:公司|集团|集团公司|有限公司|股份有限公司|有限责任公司)$/u;

/**
 * Does [start, end) begin inside a person's name and run past it (`张国/华为` in `张国华/为`)? A
 * name that ends with the word is still one (`老红军/nr`).
 */
function acrossPersonName(tokens: Token[], start: number, end: number): boolean {
  return tokens.some((t) => {
    const stop = t.start + t.word.length;
    return t.start < start && start < stop && stop < end && PERSON_TAGS.has(t.tag);
  });
}

/** A count of bodies in one word (`四部委`, `三总部`). */
const COUNT_OF_BODIES = /^[两三四五六七八九十几多数]+(?:总部|部委|部门|单位)$/u;

/** A single jieba word that names an organization: tagged `nt`, or a proper word with a head. */
const singleTokenName = byTagAndWord(singleTokenNameOf);

function singleTokenNameOf(t: Token): boolean {
  if (
    t.word.length < 2 ||
    GENERIC.test(t.word) ||
    EVENT.test(t.word) ||
    /(?:关系|冠军|会堂|产业|院所)$/u.test(t.word) ||
    (t.word.endsWith('政府') && !NAMED_LOCAL_GOVERNMENT.test(t.word))
  )
    return false;
  // jieba tags some kinds as bodies (`国有银行/nt`, `重点中学/nt`, `日本公司/nt`), and counts of
  // them (`四部委/nt`).
  if (KIND_MODIFIER_START.test(t.word) || COUNTRY_KIND.test(t.word) || COUNT_OF_BODIES.test(t.word))
    return false;
  // A head alone is a common noun whatever jieba tags it (`卫生院/nt`, `交易所/nt`), as in
  // `spanAt`; but a national academy alone is the one academy (`社科院`).
  if (t.tag === 'nt' && headOf(t.word) !== null)
    return (
      !loneKind(t.word) && !kindByField(t.word) && !stationOfPlace(t.word) && !kindOfTeam(t.word)
    );
  if (NAMED_LOCAL_GOVERNMENT.test(t.word) && NAME_TAGS.has(t.tag)) return true;
  // A brand glued to its head (`耐克公司`).
  if (gluedToBrand(t.word)) return true;
  // A level's party committee, and the discipline commission, alone name the one the article is
  // about (`县委`, `纪委`).
  if (/^(?:[省市县区镇乡村地州盟纪]|内司|财经|法工)委$/u.test(t.word)) return true;
  // A unit's party committee as one word names the unit the article is about (`支队党委`).
  if (/^(?:支队|大队|总队)(?:党委|党总支|党支部)$/u.test(t.word)) return true;
  // A works known by its number (`四三二厂`, `五七二一所`).
  if (/^[〇○零一二三四五六七八九]{3,}[厂所]$/u.test(t.word)) return true;
  // A level glued to a head whole, as jieba writes some (`县检察院`, `县法院`), is the body of
  // that level, as the two words are (`市/检察院`).
  if (LEVEL.test(t.word[0]!) && t.word.length >= 3) {
    const rest = t.word.slice(1);
    if (headOf(rest) === rest && !WEAK_HEADS.has(rest)) return true;
  }
  // A team as one word, named by its place or its sponsor (`马来西亚队`, `申花队`, `尤文图斯队`),
  // not a kind of team (`施工队`, `足球队`, `部队`).
  if (t.word.length >= 3 && /[^部]队$/u.test(t.word))
    return (
      // A sport or a job is a kind (`篮球队`, `龙舟队`) whatever jieba takes it for.
      !SPORT_OR_JOB.test(t.word) &&
      (properName(t.word.replace(/[男女]?队$/u, '')) ||
        t.tag === 'nz' ||
        // A club's nickname is a plain noun (`爵士队`, `公牛队`).
        oneWord(t.word.slice(0, -1), NOUN_TAGS))
    );
  // A ministry or bureau as one word (`人事部`, `外交部`, `统计局`); not a part or a rank (`西北部`, `干部`).
  if (
    t.tag === 'n' &&
    t.word.length >= 3 &&
    MINISTRY.test(t.word) &&
    !NOT_MINISTRY.test(t.word) &&
    headOf(t.word) !== null
  )
    return true;
  // Short names of airlines, banks and parties (`海航`, `中行`, `俄共`).
  if (t.tag === 'j' && SHORT_NAME.test(t.word)) return true;
  // A party as one word (`新芬党`, `自民党`), not a kind of party (`执政党`, `反对党`).
  if (
    PARTY_TAGS.has(t.tag) &&
    !FUNCTION_START.test(t.word) &&
    /^\p{Script=Han}{2,}党$/u.test(t.word) &&
    headOf(t.word) !== null &&
    !/(?:[执在参]政|反对|在野|[少多]数|共产|革命|爱国|维新|保皇|[全本该])党$/u.test(t.word)
  )
    return true;
  // A league by its short name (`南盟`, `基民盟`, `民盟`), not joining one (`加盟`, `结盟`),
  // nor one of Inner Mongolia's leagues, which are prefectures (`呼盟`, `锡盟`).
  if (
    /^\p{Script=Han}{1,2}盟$/u.test(t.word) &&
    !/^[呼哲锡昭伊巴乌]盟$/u.test(t.word) &&
    !/^(?:[加同结联缔会全]|[加入]联|不结)盟$/u.test(t.word)
  )
    return true;
  // A proper word that ends in a head (`亚足联`, `钓鱼台国宾馆`), not `新内阁` (the new one).
  const head = headOf(t.word);
  return (
    ['nz', 'j', 'l', 'ns'].includes(t.tag) &&
    t.word.length >= 3 &&
    head !== null &&
    head !== t.word &&
    !WEAK_HEADS.has(head) &&
    !/^[新老原前现本该此各全总]$/u.test(t.word.slice(0, -head.length))
  );
}

/** The academies a country has one of, named alone by their head. */
const NATIONAL_ACADEMY = /^(?:社科院|科学院|工程院)$/u;

/** A short head word alone (`卫生院`, `交易所`, `通讯社`): a kind; a full name in the lexicon is none. */
const loneKind = (word: string): boolean =>
  headOf(word) === word && word.length <= 3 && !NATIONAL_ACADEMY.test(word);

/** Posts, schools and offices named by the town or quarter they serve (`闻韶派出所`). */
const LOCAL_POST =
  /^(?:派出所|边防站|中学|小学|中心小学|医院|卫生院|供销社|信用社|法庭|邮电所|税务所|工商所|财政所)$/u;

/** Heads of local institutions, of which every place has one (not ministries, parties or teams). */
const KIND_HEAD = /^(?:[院局所站厅办处]|中心|学院|中学|小学|学校|医院|卫生院)$/u;
/** Tags of a common field word: `卫生`, `交易`, `公安`. */
const FIELD_TAGS = new Set(['n', 'vn', 'an', 'v', 'a', 'b']);

/**
 * jieba tags some kinds of body `nt` (`卫生院`, `交易中心`, `财政局`): a common field word and a
 * head, with nothing to say whose. (A state has one ministry of each field and one national team: `外交部`, `国家队` are names.)
 */
function kindByField(word: string): boolean {
  const head = headOf(word);
  if (!head || !KIND_HEAD.test(head)) return false;
  const field = word.slice(0, -head.length);
  return field.length >= 2 && !ADMIN.test(field) && field !== '人民' && oneWord(field, FIELD_TAGS);
}

/** News agencies and papers, which datelines and headlines put right after a place. */
const NEWS_AGENCY = /^(?:新华社|中新社|人民日报|人民网|新华网)$/u;

/** Idioms, set phrases, verbs, adjectives and adverbs: words no name begins. */
const NOT_NOUN_TAGS = new Set(['i', 'l', 'v', 'vd', 'a', 'ad', 'd']);

/** Tags of a party's name as one word: nouns and names, not a phrase (`从严治党`). */
const PARTY_TAGS = new Set(['n', 'nz', 'nt', 'nr', 'nrt', 'x', 'j']);
/** Abbreviations that name one airline, bank or party: `海航`, `中行`, `俄共`; not `同行`. */
const SHORT_NAME = /^(?:\p{Script=Han}航|[中工农建交招]行|[俄日美法德英意越苏]共)$/u;
/** What names a team: a place, a person, a brand, an unknown or Latin word. */
const TEAM_NAME_TAGS = new Set([...NAME_TAGS, 'x', 'eng']);

const NOUN_TAGS = new Set(['n']);
/** Teams of a sport or a job: kinds, not names (`篮球队`, `消防队`, `考察队`). */
const SPORT_OR_JOB =
  /(?:[篮足排棒垒手水冰网]球|乒乓球|羽毛球|消防|护卫|仪仗|医疗|代表|考察|救援|巡逻|联防|治安|龙舟|突击|游击|施工|工程|宣传|服务|运输|科考|探险|登山|歌舞|文艺|演出|志愿)队$/u;

/** A kind of team and nothing more (`联防队`), which jieba may tag as a body; `中国羽毛球队` is one. */
const kindOfTeam = (word: string): boolean => SPORT_OR_JOB.exec(word)?.index === 0;

/** jieba's tag for the word read alone, if it reads it as one word (asked per token: cached). */
const soleTag = cachedByValue((word: string): string | null => {
  const tokens = tag(word);
  return tokens.length === 1 ? tokens[0]!.tag : null;
});

/** Does jieba read the word alone as one word with one of these tags? */
function oneWord(word: string, tags: ReadonlySet<string>): boolean {
  const sole = soleTag(word);
  return sole !== null && tags.has(sole);
}

/** A word that jieba reads as one proper name on its own: a place, a person, a brand. */
const properName = (word: string): boolean => oneWord(word, TEAM_NAME_TAGS);
/** A word jieba knows and reads alone as one word (`总理`, not `谋长`). */
const knownWord = (word: string): boolean => {
  const sole = soleTag(word);
  return sole !== null && sole !== 'x';
};
/** A word that jieba reads as one place name on its own. */
const placeName = (word: string): boolean =>
  oneWord(word, PLACE_TAGS) && !COUNTRY_PRONOUN.test(word);

function maximal(found: FoundOrg[]): FoundOrg[] {
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundOrg[] = [];
  for (const f of sorted) {
    const last = out.at(-1);
    if (last && f.start < last.end) {
      // A unit found from inside a name the gazetteer knows is that body's unit
      // (`住房和城乡[建设部]` + `[建设部科学技术委员会]`): one name from the gazetteer's start.
      if (f.end > last.end && f.start > last.start && last.text in GAZETTEER)
        out[out.length - 1] = {
          start: last.start,
          end: f.end,
          text: last.text + f.text.slice(last.end - f.start),
        };
      else if (f.end > last.end && f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * The canonical name of each mention: the gazetteer's full name, the full form the article also
 * uses (`全国妇联` → `中华全国妇女联合会`), or the place-qualified form (`市妇联` → `长沙市妇联`).
 */
export function canonicalNames(names: string[], aliases: Aliases = new Map()): Map<string, string> {
  const unique = [...new Set(names)];
  const result = new Map<string, string>();
  for (const name of unique) {
    // The two parties read from `国共两党` go under their names.
    const party = PARTY_INITIAL[name];
    if (party !== undefined) {
      result.set(name, party);
      continue;
    }
    // A short form the text defined goes under the name it was defined for.
    const defined = aliases.get(name);
    if (defined !== undefined && defined !== name) {
      result.set(name, defined);
      continue;
    }
    const gazetteer = GAZETTEER[name];
    if (gazetteer && gazetteer !== name && unique.includes(gazetteer)) {
      result.set(name, gazetteer);
      continue;
    }
    const expanded = expand(name);
    const longer = unique.filter((other) => other !== name && other.length > name.length);
    const full = longer.find(
      (other) => other.endsWith(expanded.slice(-4)) && isSubsequence(expanded, other),
    );
    if (full && expanded !== name) {
      result.set(name, full);
      continue;
    }
    // `市妇联` in an article that also says `长沙市妇联`: one city, one name; `筹委会` after
    // `澳门特区筹委会`: the bare head refers back to the one body that has it.
    const owners = longer.filter((other) => other.endsWith(name));
    const qualified = /^[省市县区]/u.test(name)
      ? owners.filter((other) => /[省市县区]$/u.test(other.slice(0, -name.length + 1)))
      : REFERRING_HEAD.test(name)
        ? owners
        : [];
    result.set(name, qualified.length === 1 ? qualified[0]! : (gazetteer ?? name));
  }
  return result;
}
