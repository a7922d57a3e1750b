/**
 * Organizations: maximal spans over jieba tokens built by a small grammar — an optional place or
 * administrative prefix (`长沙市`, `开福区`, `市`, `国家`), body words, and a head from a suffix
 * lexicon (`妇联`, `委员会`, `检察院`, `支队`, `有限公司`…) — plus jieba's `nt` tokens and a
 * gazetteer of international bodies. Events (`第十七次妇女代表大会`), places and generic nouns
 * (`妇联组织`, a bare `中心`) are not organizations.
 */
import { tag, type Token } from './segmenter.js';
import { alternation } from './words.js';

export interface FoundOrg {
  start: number;
  end: number;
  text: string;
}

/** Heads, longest first; a token ending with one of them can end an organization. */
const HEADS = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团公司',
  '总公司',
  '分公司',
  '公司',
  '集团',
  '银行',
  '证券',
  '保险',
  '中华全国妇女联合会',
  '妇女联合会',
  '联合会',
  '委员会',
  '常委会',
  '理事会',
  '基金会',
  '研究会',
  '促进会',
  '红十字会',
  '协会',
  '学会',
  '商会',
  '工会',
  '总工会',
  '妇联',
  '侨联',
  '文联',
  '科协',
  '残联',
  '工商联',
  '团委',
  '党委',
  '党组',
  '支部',
  '党支部',
  '人民政府',
  '人大',
  '政协',
  '市委',
  '县委',
  '区委',
  '省委',
  '法院',
  '中院',
  '高院',
  '检察院',
  '公安局',
  '教育局',
  '卫健委',
  '发改委',
  '委',
  '局',
  '厅',
  '署',
  '部',
  '办',
  '办公室',
  '司',
  '处',
  '所',
  '研究所',
  '研究院',
  '科学院',
  '社科院',
  '工程院',
  '院',
  '大学',
  '学院',
  '中学',
  '小学',
  '学校',
  '幼儿园',
  '医院',
  '卫生院',
  '中心',
  '支队',
  '大队',
  '总队',
  '队',
  '军',
  '部队',
  '舰队',
  '台',
  '电台',
  '电视台',
  '网',
  '报社',
  '日报',
  '晚报',
  '报',
  '杂志社',
  '杂志',
  '周刊',
  '季刊',
  '月刊',
  '出版社',
  '通讯社',
  '社',
  '党',
  '联盟',
  '组织',
  '基金',
  '交易所',
  '合作社',
  '俱乐部',
  '事务所',
  // Embassies and hotels; museums, libraries and halls are places (`陕西博物馆`).
  '使馆',
  '宾馆',
  '站',
  '厂',
  '代表团',
  '考察团',
  '访问团',
  '训练团',
  '艺术团',
  '歌舞团',
  '芭蕾舞团',
  '剧团',
  '乐团',
  '合唱团',
  '杂技团',
  '马戏团',
  '委会',
  '总支',
  '附中',
  '附小',
  '议会',
  '国会',
  '参议院',
  '众议院',
  '内阁',
  '政府军',
  '足协',
  '篮协',
  '足联',
  '泳联',
  '棋联',
  '田联',
  '篮联',
  '排联',
  '作协',
  '记协',
  '女篮',
  '男篮',
  '女排',
  '男排',
  '女足',
  '男足',
  '乒联',
  '田协',
  '青联',
  '友协',
  '中央',
  '军区',
  '兵团',
  '党校',
  '研究室',
  '大学堂',
  '学社',
  '同盟会',
  '共同市场',
  '权力机构',
  '立法会',
  '杜马',
  '青年团',
  '仲裁庭',
  '托拉斯',
  '政治协商会议',
  '贸促会',
  '海关',
  '法庭',
  '剧组',
  '系',
  '编辑室',
  '小组',
  '课题组',
].sort((a, b) => b.length - a.length);

/** Heads too generic to stand after a bare body word: `妇联组织`, `服务中心` alone are not names. */
const WEAK_HEADS = new Set([
  '系',
  '小组',
  '组织',
  '中心',
  '部',
  '处',
  '所',
  '院',
  '委',
  '局',
  '办',
  '站',
  '社',
  '报',
  '网',
  '台',
  '队',
  '军',
  '司',
  '党',
  '基金',
]);

/** Heads that make an event or a meeting, not a body: `代表大会`, `座谈会`, `博览会`. */
const EVENT =
  /(?:大会|(?<!政治协商)会议|论坛|座谈会|博览会|运动会|展览会|交易会|研讨会|峰会|庆典|活动|比赛|赛|节|仪式|典礼|晚会|年会|宣传周)$/u;

/** Generic compounds that end in a head but name no one: `妇联组织`, `社会组织`, `基层党组织`. */
const GENERIC =
  /^(?:妇联组织|社会组织|基层组织|党组织|基层党组织|群团组织|组织|有关部门|相关部门|各部门|职能部门|部门|政府部门|主管部门|中心|服务中心|公司|企业|学校|医院|银行|单位|机构|网|互联网|电网|官网|全网|本网|该网|该公司|本公司|我国政府|当地政府|地方政府|两会|社会|总部|合作社|俱乐部|工作室|全党|全军|各级党委|党委|党组|委员会|市场|世界|国家|高校|大学|学院|法院|检察院|施工队|医疗队|代表队|少先队|参赛队|公立医院|私立医院|上市公司|商业银行|网上银行|科研院所|高等学校|中小学|中小学校|一流大学|加油站|团组织|村委会|居委会|国际舞台|世界舞台|加工厂)$/u;

const PLACE_TAGS = new Set(['ns', 'nsf']);
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
/** Brackets and quotes a name may hold (`国广国际在线网络(北京)有限公司`, `韩国“小天使”艺术团`). */
const BRACKETS = /^[(（“『]$|^[)）”』]$/u;
/** Nouns a head can modify: `研发中心城市`, `服务中心建设`. */
const MODIFIED = /^(?:城市|地区|体系|平台|项目|功能|作用|建设|机制|模式)$/u;
const SPLIT_HEAD = /^[队部局委院厅署社]./u;
const DATELINE = /\d月|\d日|月\s*\d+\s*日|日[电讯]|本报讯/u;
const VERB_TAGS = new Set(['v', 'vn', 'vd', 'b', 'd', 'ad']);
const MAX_TOKENS = 10;
const MINISTRY = /[部局厅署]$/u;
const NOT_MINISTRY =
  /(?:部署|干部|[东南西北中内外全总局底顶前后腹胸]部|俱乐部|大局|格局|结局|布局|当局|时局|战局|骗局|饭局)$/u;
const MAX_CHARS = 30;

/** International bodies and the short forms news uses for them. */
export const GAZETTEER: Record<string, string> = {
  联合国: '联合国',
  联合国儿童基金会: '联合国儿童基金会',
  联合国妇女署: '联合国妇女署',
  联合国教科文组织: '联合国教科文组织',
  联合国开发计划署: '联合国开发计划署',
  联合国难民署: '联合国难民署',
  联合国安理会: '联合国安理会',
  安理会: '联合国安理会',
  世界卫生组织: '世界卫生组织',
  世卫组织: '世界卫生组织',
  世界贸易组织: '世界贸易组织',
  世贸组织: '世界贸易组织',
  国际货币基金组织: '国际货币基金组织',
  世界银行: '世界银行',
  非洲联盟: '非洲联盟',
  非盟: '非洲联盟',
  欧洲联盟: '欧洲联盟',
  欧盟: '欧洲联盟',
  东南亚国家联盟: '东南亚国家联盟',
  东盟: '东南亚国家联盟',
  北大西洋公约组织: '北大西洋公约组织',
  北约: '北大西洋公约组织',
  上海合作组织: '上海合作组织',
  上合组织: '上海合作组织',
  亚洲基础设施投资银行: '亚洲基础设施投资银行',
  亚投行: '亚洲基础设施投资银行',
  国际奥委会: '国际奥林匹克委员会',
  欧佩克: '石油输出国组织',
  石油输出国组织: '石油输出国组织',
  阿拉伯国家联盟: '阿拉伯国家联盟',
  阿盟: '阿拉伯国家联盟',
  国际原子能机构: '国际原子能机构',
  国际刑警组织: '国际刑警组织',
  新华社: '新华社',
  中新社: '中国新闻社',
  北大: '北京大学',
  清华: '清华大学',
  央行: '央行',
  武警: '武警',
  解放军: '中国人民解放军',
  二炮: '中国人民解放军第二炮兵',
  人民日报: '人民日报',
  国务院: '国务院',
  全国人大: '全国人民代表大会',
  全国人大常委会: '全国人大常委会',
  全国政协: '全国政协',
  党中央: '党中央',
  中共中央: '中共中央',
  中央军委: '中央军委',
  中国共产党: '中国共产党',
  人民网: '人民网',
  新华网: '新华网',
  央视网: '央视网',
  国际在线: '国际在线',
  中央电视台: '中央电视台',
  // Institutions that news names by their kind alone, the country understood.
  内阁: '内阁',
  议会: '议会',
  国会: '国会',
  参议院: '参议院',
  众议院: '众议院',
  杜马: '国家杜马',
  白宫: '白宫',
  海军: '海军',
  空军: '空军',
  陆军: '陆军',
  军委: '中央军委',
  人大: '人大',
};
/** Institutions the gazetteer names by their kind alone: a country before one belongs to the name. */
const BY_KIND = /^(?:内阁|议会|国会|参议院|众议院|海军|空军|陆军)$/u;
const GAZETTEER_RE = new RegExp(alternation(Object.keys(GAZETTEER)), 'gu');
/** A periodical by its title and kind: `《财富》杂志`, `《时代》周刊`, `《人民日报》社`. */
const PERIODICAL = /《[^《》\n]{1,20}》(?:杂志社|杂志|周刊|月刊|季刊|报社|社)/gu;

/** A Red Army or New Fourth Army unit by its number, with its departments: `红4军政治部宣传部`. */
const ARMY_UNIT =
  /[红新][\d一二三四五六七八九十]+(?:军团|方面军|纵队|[军师旅])(?:(?:政治|司令|后勤|宣传|组织)部)*/gu;

/** Words that end in a head character but name a person or a deed (`冠军`, `将军`, `进军`). */
const NOT_HEAD =
  /(?:[冠亚季将参进行从全]军|[主承协举创开兴合筹]办|[关体联派水星谱世]系|干部|[常政主]委|[有住寓场厕]所|^[僵大全政格结布时战骗饭当]局|^(?:大|声|结合)部|[出建]院|(?:服务|候机|会议|美容|歌舞|音乐|营业|[餐展舞大客门])厅|[办建进出回]厂|[汇通举预警情公]报)$/u;

/** The heads by their last character, longest first: a word is checked against few. */
const HEADS_BY_LAST = new Map<string, string[]>();
for (const head of HEADS)
  HEADS_BY_LAST.set(head.at(-1)!, [...(HEADS_BY_LAST.get(head.at(-1)!) ?? []), head]);

function headOf(word: string): string | null {
  const candidates = HEADS_BY_LAST.get(word.at(-1) ?? '');
  if (!candidates || NOT_HEAD.test(word)) return null;
  for (const head of candidates) if (word.endsWith(head)) return head;
  return null;
}

/** An unknown Han word (jieba tags it x): often a proper name (`国广`). */
const unknownName = (t: Token): boolean =>
  t.tag === 'x' &&
  /^\p{Script=Han}{2,}$/u.test(t.word) &&
  !FUNCTION_START.test(t.word) &&
  // `罗同` (Romania with): a glued preposition ends the word, it names no one.
  !/[同和与在向对将把被已曾也都诉称说]$/u.test(t.word);
/** Places and proper nouns a name can start at (not a person tag: jieba puts it on words like 养老). */
const PROPER_TAGS = new Set(['ns', 'nsf', 'nt', 'nz', 'j', 'eng']);
/** Tags of a whole name in itself (a body, a person, a place): 和 after one joins two names. */
const WHOLE_NAME_TAGS = new Set(['nt', 'nr', 'nrt', 'nrfg', 'ns', 'nsf', 'j']);
const TEAM = /^(?:队|球队|[男女][篮排足])$/u;
/** Places that stand for no one country: continents, `外国`, `各国`, `四国`. */
const ANY_COUNTRY =
  /^(?:[东西南北中]?[欧亚非美]洲?|大洋洲|外国|各国|国外|海外|[一二三四五六七八九十两几多]+国)$/u;
/** `驻` belongs to a mission's name: `中国驻美国大使馆`, `新华社驻东京记者站`. */
const STATIONED = '驻';
const FRESH_START = new Set(['ns', 'nsf', 'nt']);
/** A branch is placed where it is: `中保寿险上海分公司` is one name. */
const BRANCH = /^(?:分公司|分局|分行|分社|分会|分部|分校|办事处|总部)$/u;
/** A word that names nothing and heads nothing: not a place, a name, a head, a bracket or `驻`. */
function commonWord(t: Token): boolean {
  return !nameLike(t) && headOf(t.word) === null && !BRACKETS.test(t.word) && t.word !== STATIONED;
}
/** Places where things happen: a name may not run on from one (`博物馆和…杂志社`). */
const VENUE = /(?:馆|体育场|音乐厅|剧场)$/u;
/** People, not fields of work: `中央领导和广电部` is two things. */
const LEADER = /(?:领导|[人员者长家])$/u;
/** Titles and members that jieba writes glued to the body they belong to. */
const TITLE =
  /(?:[校院局部厂所站社台馆行会团队处科议]长|书记|主席|主任|委员|会员|队员|常委|政委|律师|记者|教授)$/u;
/** Titles that are people whatever precedes them (not `部长`: `欧盟部长理事会` is a body). */
const PERSON_TITLE =
  /^(?:[校院局厂所站社台馆行会团队处科]长|书记|常委|政委|主席|主任|委员|会员|队员)$/u;

function gluedTitle(word: string): RegExpExecArray | null {
  const title = TITLE.exec(word);
  return title && title.index > 0 ? title : null;
}

/** The term of a body (`第九届全国人大常委会`, `九届人大`): part of its name. */
const TERM = /^(?:第?[\d一二三四五六七八九十]+|首)届$/u;
/** Bodies elected for a term; a council's `第十六届` is its meeting's, not its own. */
const TERMED = /人大|常委会|政协|立法会|国会|议会|中央委员会/u;
/** A number with its classifier: how many bodies, not part of one. */
const COUNTED = /[个家所位名处条些种批]$/u;
/** jieba also leaves glued function words unknown (`这是`, `已同`, `将视`): no name starts so. */
const FUNCTION_START =
  /^(?:[这那是在已将到从对把被和与及的了也都就还又并而但却向于为以由等有日]|图为|如某)/u;

/** A token that can start an organization: a place, an admin prefix, a proper noun, a noun. */
function canStart(t: Token): boolean {
  return (
    unknownName(t) ||
    ADMIN.test(t.word) ||
    NAME_TAGS.has(t.tag) ||
    (t.tag === 'n' && t.word.length >= 2)
  );
}

function canContinue(t: Token, previous: Token): boolean {
  // `文化广电和旅游局`: 和 joins two fields of one body, never two names (`人事部和国家测绘局`).
  if (t.word === '和' || t.word === '与')
    return (
      headOf(previous.word) === null &&
      !VENUE.test(previous.word) &&
      !unknownName(previous) &&
      !WHOLE_NAME_TAGS.has(previous.tag) &&
      // `丰田与中国国家科委`: a brand before 与 is a name of its own (`广电和旅游局` is one body).
      !(t.word === '与' && previous.tag === 'nz') &&
      !LEADER.test(previous.word)
    );
  // A copula joins a clause, never a name (`美国客人是应外交学会…`).
  if (t.word === '是') return false;
  // jieba leaves a glued function word unknown (`中国女篮已同美国队`): it ends the name.
  if (t.tag === 'x' && FUNCTION_START.test(t.word)) return false;
  // A count (`一家`, `三个`, `十几所`) or `有关` describes bodies, it is not in a name
  // (`日本10家大银行`, `台湾地区有关法院`).
  if ((t.tag === 'm' && COUNTED.test(t.word)) || t.word === '有关') return false;
  // A head word of any tag carries on (`中央美术学院附中`, where jieba tags 附中 as a direction).
  return (
    BODY_TAGS.has(t.tag) ||
    BRACKETS.test(t.word) ||
    (t.word.length >= 2 && headOf(t.word) === t.word)
  );
}

/** A place, an admin prefix or a proper noun by its tag. */
function placeOrProper(t: Token): boolean {
  return PLACE_TAGS.has(t.tag) || ADMIN.test(t.word) || PROPER_NOUN_TAGS.has(t.tag);
}

/** Does the span name someone: a place or admin prefix, or a proper noun among its words? */
function named(tokens: Token[]): boolean {
  return tokens.some((t) => placeOrProper(t) || (ADMIN_SUFFIX.test(t.word) && t.word.length >= 2));
}

/**
 * A verb may describe what a body does (`长沙市女童保护关爱中心`), but a verb followed by a name
 * of its own joins a clause to that name (`人民大会堂受到人事部`, `江泽民签署…`): not one name.
 */
function verbJoinsClause(part: Token[]): boolean {
  const verb = part.findIndex((t) => t.tag === 'v' && t.word !== STATIONED);
  if (verb < 0) return false;
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
    if (c === '(' || c === '（' || c === '“' || c === '『') depth++;
    if (c === ')' || c === '）' || c === '”' || c === '』') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The longest organization starting at token `i`, or null. */
function spanAt(tokens: Token[], i: number, text: string): FoundOrg | null {
  const first = tokens[i]!;
  // The term of a body opens its name (`第九届全国人大常委会`): the body must follow at once.
  if (TERM.test(first.word)) {
    const body = i + 1 < tokens.length ? spanAt(tokens, i + 1, text) : null;
    return body && body.start === tokens[i + 1]!.start && TERMED.test(body.text)
      ? { start: first.start, end: body.end, text: text.slice(first.start, body.end) }
      : null;
  }
  if (!canStart(first)) return null;
  let best: FoundOrg | null = null;
  for (let j = i; j < tokens.length && j - i < MAX_TOKENS; j++) {
    const t = tokens[j]!;
    if (j > i && !canContinue(t, tokens[j - 1]!)) break;
    // A title (`县委书记`, `党委常委`) ends the name: a person comes next, not more name.
    if (j > i && (gluedTitle(tokens[j - 1]!.word) || PERSON_TITLE.test(tokens[j - 1]!.word))) break;
    if (/^[\p{P}\p{S}\s]+$/u.test(t.word) && !BRACKETS.test(t.word)) break;
    // A verb may describe the body (`保护关爱中心`) but not follow a place or a complete name (`长沙市妇联举办…`).
    if (
      j > i &&
      t.tag === 'v' &&
      t.word !== STATIONED &&
      (PLACE_TAGS.has(tokens[j - 1]!.tag) ||
        ADMIN_SUFFIX.test(tokens[j - 1]!.word) ||
        headOf(tokens[j - 1]!.word) !== null)
    )
      break;
    const end = t.start + t.word.length;
    if (end - first.start > MAX_CHARS) break;
    // A dateline (`新华社北京5月24日电`) ends whatever name came before it.
    if (j > i && DATELINE.test(text.slice(first.start, end))) break;
    // Heads are nouns: `主办`, `签署`, `举办` end in 办 and 署 but name no body.
    let head = VERB_TAGS.has(t.tag) ? null : headOf(t.word);
    let stop = end;
    // jieba glues a one-char head to what follows (`罗马尼亚队以`): end the name after the head.
    if (!head && j > i && SPLIT_HEAD.test(t.word) && t.tag === 'x') {
      head = t.word[0]!;
      stop = t.start + 1;
    }
    // jieba glues a head to the title of the person who leads it (`外交部长`, `中学校长`,
    // `协会会员`): the name ends before the title.
    const title = head ? null : gluedTitle(t.word);
    if (title) {
      // `外交部长` shares 部 between body and title; `中学校长`, `副局长` do not.
      const shares = /^[部局厅处署]长$/u.test(title[0]) && title.index >= 2;
      const cut = shares ? title.index + 1 : title.index;
      head = headOf(t.word.slice(0, cut));
      stop = t.start + cut;
    }
    if (!head) continue;
    const candidate = text.slice(first.start, stop);
    const part = tokens.slice(i, j + 1);
    // A head that a noun still follows is a modifier (`研发中心城市`), not the end of a name.
    const next = tokens[j + 1];
    if (next && MODIFIED.test(next.word)) continue;
    // A weak head needs a name before it in its own word or in the span (`长沙市妇联维权服务中心`).
    if (WEAK_HEADS.has(head) && t.word === head && !named(part.slice(0, -1))) continue;
    // A lone head word (`妇联`, `检察院`) is a common noun; a name needs more than its head.
    if (part.length === 1 && (t.word === head || (t.tag !== 'nt' && !named([{ ...t, tag: 'x' }]))))
      continue;
    if (
      !(
        named(part.length > 1 ? part.slice(0, -1) : part) ||
        // A company is named by its brand, which jieba often does not know (`张裕公司`).
        (COMPANY.test(head) && part.slice(0, -1).some(unknownName)) ||
        // A periodical is named by its title, a common word as often as not (`大地周刊`).
        (PERIODICAL_HEAD.test(head) && part.length > 1)
      ) ||
      EVENT.test(candidate) ||
      // `全国一流大学`, `全市中小学校`: the whole country's kind of body is still a kind.
      GENERIC.test(candidate) ||
      GENERIC.test(candidate.replace(/^(?:全[国省市县]|各[地级]|世界)/u, '')) ||
      !balanced(candidate)
    )
      continue;
    // `十五大`, `第十七次…` are congresses, events; `第九届全国人大常委会` is a body of a term.
    if (/^[第\d一二三四五六七八九十]+/u.test(candidate) && /次|[^人]大$/u.test(candidate)) continue;
    if (verbJoinsClause(part)) continue;
    // A team that is a name in one word stands alone after words that are no place
    // (`力克丹麦队`, `卫冕冠军印尼男队`): those words tell what the team did or is.
    if (
      part.length > 1 &&
      t.word.endsWith('队') &&
      singleTokenName(t) &&
      !part
        .slice(0, -1)
        .some(
          (p) =>
            p.word.length < 2 ||
            PLACE_TAGS.has(p.tag) ||
            ADMIN.test(p.word) ||
            p.tag === 'nt' ||
            headOf(p.word) !== null ||
            unknownName(p),
        )
    )
      continue;
    // Two teams in one word each are two teams (`中国队力克丹麦队`).
    const team = (p: Token): boolean => p.word.endsWith('队') && singleTokenName(p);
    if (part.length > 2 && team(t) && part.slice(0, -2).some(team)) continue;
    // A team kind before a competition names the competition (`世界女篮锦标赛`).
    if (TEAM.test(head) && next && EVENT.test(next.word)) continue;
    // A team of a continent, of `外国` or of `四国` is a kind of team, not one (`欧洲队`, `四国女篮`).
    if (TEAM.test(head) && part.slice(0, -1).every((p) => ANY_COUNTRY.test(p.word) || !nameLike(p)))
      continue;
    // Common words before a place or a proper name are context, not the name (`卫冕冠军印尼男队`,
    // `主办单位中国国际象棋协会`): the name starts at the place, found from there.
    if (
      !nameLike(first) &&
      part
        .slice(1, -1)
        .some((t) => PROPER_TAGS.has(t.tag) || (t.word.length > 1 && ADMIN.test(t.word)))
    )
      continue;
    // Nor does a name run from one place over common words into another (`法国利用货币联盟`,
    // `加拿大重罚青少年犯罪加拿大司法部`): the name starts at the later one.
    const freshStart = (p: Token, k: number): boolean =>
      FRESH_START.has(p.tag) && headOf(p.word) !== p.word && commonWord(part[k + 1]!);
    if (!BRANCH.test(t.word) && part.slice(2, -1).some(freshStart)) continue;
    best = { start: first.start, end: stop, text: candidate };
    if (stop !== end) break;
  }
  return best;
}

/** Organization mentions in order, maximal and not overlapping. */
export function findOrganizations(text: string): FoundOrg[] {
  const found: FoundOrg[] = [];
  const tokens = tag(text);
  for (let i = 0; i < tokens.length; i++) {
    const span = spanAt(tokens, i, text);
    if (span) found.push(span);
    else if (singleTokenName(tokens[i]!)) {
      const t = tokens[i]!;
      found.push({ start: t.start, end: t.start + t.word.length, text: t.word });
    }
  }
  // A gazetteer name counts where a jieba word starts or ends with it: not `人大` in `局外人大惑不解`.
  const starts = new Set(tokens.map((t) => t.start));
  const ending = new Map(tokens.map((t) => [t.start + t.word.length, t]));
  for (const m of text.matchAll(GAZETTEER_RE)) {
    const end = m.index + m[0].length;
    if (!starts.has(m.index) && end !== text.length && !starts.has(end)) continue;
    // An institution named by its kind takes the country before it (`约旦议会`, `日本内阁`).
    const before = ending.get(m.index);
    const start =
      GAZETTEER[m[0]] === m[0] && BY_KIND.test(m[0]) && before && placeName(before.word)
        ? before.start
        : m.index;
    found.push({ start, end, text: text.slice(start, end) });
  }
  for (const pattern of [PERIODICAL, ARMY_UNIT])
    for (const m of text.matchAll(pattern))
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const names = maximal(found);
  return maximal([
    ...names,
    ...bareHeads(names, tokens, ending),
    ...matchTeams(tokens, text),
    ...conjuncts(names, tokens),
  ]);
}

const CONJUNCTION = /^[及和与、]$/u;
const PERIODICAL_HEAD = /^(?:周刊|季刊|月刊|日报|晚报|画报)$/u;
/** Companies, banks and works, by the end of their name or their head. */
const COMPANY = /(?:公司|集团|银行|厂)$/u;
const BRAND_TAGS = new Set(['nr', 'nrt', 'nz', 'x', 'eng']);

/**
 * A brand listed with a company (`索尼及飞利浦公司`, `康佳、长虹和海尔集团`) is a company too:
 * a proper name joined to a name whose own first word is a proper name, not a place.
 */
function conjuncts(names: FoundOrg[], tokens: Token[]): FoundOrg[] {
  const out: FoundOrg[] = [];
  const index = new Map(tokens.map((t, k) => [t.start, k]));
  for (const name of names) {
    let k = index.get(name.start);
    if (k === undefined || !COMPANY.test(name.text)) continue;
    if (!BRAND_TAGS.has(tokens[k]!.tag) && tokens[k]!.word !== name.text) continue;
    while (k >= 2 && CONJUNCTION.test(tokens[k - 1]!.word) && BRAND_TAGS.has(tokens[k - 2]!.tag)) {
      const t = tokens[k - 2]!;
      if (!/^\p{Script=Han}{2,}$|^[a-z]{2,}$/iu.test(t.word)) break;
      out.push({ start: t.start, end: t.start + t.word.length, text: t.word });
      k -= 2;
    }
  }
  return out;
}

/** A sentence that reports a match: a score, a result verb or a competition. */
const MATCH_CUE = /比赛|决赛|小组赛|\d[:：比]\d|战胜|击败|负于|逼平|出线|联赛|世界杯|锦标赛/u;
/** Words a team stands beside in a match report: who beat whom, who met whom. */
const MATCH_BEFORE = /^(?:战胜|击败|负于|逼平|力克|迎战|[对与同和、])$/u;
const MATCH_AFTER = /^(?:战胜|击败|负于|逼平|力克|[以与和])$/u;
/** Words jieba tags as places that field no team of their own (with `ANY_COUNTRY`). */
const NOT_TEAM = /^(?:城市|普及)$/u;
/** After these a place names where a player comes from, not a team. */
const NOT_TEAM_AFTER = /^(?:的|选手|名将|[男女][单双]|运动员|队员|球员|主办)$/u;

/**
 * In a match report a country or a city beside a result verb names its team (`中国以3:1战胜日本`,
 * `同美国、斯洛伐克等强手对抗`): the team is the organization, not the place.
 */
function matchTeams(tokens: Token[], text: string): FoundOrg[] {
  const out: FoundOrg[] = [];
  // The end of each sentence that reports a match, in order; tokens walk through them once.
  const reports: Array<{ start: number; end: number }> = [];
  let sentenceStart = 0;
  for (const sentence of text.split(/(?<=[。！？!?])/u)) {
    const end = sentenceStart + sentence.length;
    if (MATCH_CUE.test(sentence)) reports.push({ start: sentenceStart, end });
    sentenceStart = end;
  }
  let r = 0;
  tokens.forEach((t, k) => {
    while (r < reports.length && reports[r]!.end <= t.start) r++;
    if (r === reports.length || t.start < reports[r]!.start) return;
    // A club's team by its nickname (`爵士队`, `公牛队`): in a match report, a team.
    if (/^\p{Script=Han}+[^部\P{Script=Han}]队$/u.test(t.word) && !GENERIC.test(t.word)) {
      out.push({ start: t.start, end: t.start + t.word.length, text: t.word });
      return;
    }
    if (!PLACE_TAGS.has(t.tag) || t.word.length < 2) return;
    if (NOT_TEAM.test(t.word) || ANY_COUNTRY.test(t.word)) return;
    const before = tokens[k - 1]?.word ?? '';
    const after = tokens[k + 1]?.word ?? '';
    if (NOT_TEAM_AFTER.test(after)) return;
    if (MATCH_BEFORE.test(before) || MATCH_AFTER.test(after))
      out.push({ start: t.start, end: t.start + t.word.length, text: t.word });
  });
  return out;
}

/** Heads that name one body of a kind the text has named (committees, delegations, branches); not `公司`. */
const REFERRING_HEAD = /^(?:.+委会|.+[^集]团|.*总支)$/u;

/**
 * Once a text names a body in full (`澳门特区筹委会`), its head word alone refers back to it
 * (`筹委会先设立四个工作小组`): an anaphoric mention of the same organization, when only one
 * named body has that head.
 */
function bareHeads(names: FoundOrg[], tokens: Token[], ending: Map<number, Token>): FoundOrg[] {
  // Each head with the names that end in it: a head two bodies share refers to neither.
  const owners = new Map<string, Set<string>>();
  for (const name of names) {
    const last = ending.get(name.end);
    if (last && last.start > name.start && REFERRING_HEAD.test(last.word))
      owners.set(last.word, (owners.get(last.word) ?? new Set()).add(name.text));
  }
  if (owners.size === 0) return [];
  return tokens
    .filter((t) => owners.get(t.word)?.size === 1)
    .map((t) => ({ start: t.start, end: t.start + t.word.length, text: t.word }));
}

/** A single jieba word that names an organization: tagged `nt`, or a proper word with a head. */
function singleTokenName(t: Token): boolean {
  if (
    t.word.length < 2 ||
    GENERIC.test(t.word) ||
    EVENT.test(t.word) ||
    /(?:关系|冠军|政府|会堂|产业|院所)$/u.test(t.word)
  )
    return false;
  if (t.tag === 'nt' && headOf(t.word) !== null) return true;
  if (/^[省市县区镇乡村]委$/u.test(t.word)) return true;
  // A team as one word, named by its place or its sponsor (`马来西亚队`, `申花队`, `尤文图斯队`),
  // not a kind of team (`施工队`, `足球队`, `部队`).
  if (t.word.length >= 3 && /[^部]队$/u.test(t.word))
    return properName(t.word.replace(/[男女]?队$/u, '')) || t.tag === 'nz';
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

/** Abbreviations that name one airline, bank or party: `海航`, `中行`, `俄共`; not `同行`. */
const SHORT_NAME = /^(?:\p{Script=Han}航|[中工农建交招]行|[俄日美法德英意越苏]共)$/u;

/** A word that jieba reads as one proper name on its own: a place, a person, a brand. */
function properName(word: string): boolean {
  const tokens = tag(word);
  return tokens.length === 1 && TEAM_NAME_TAGS.has(tokens[0]!.tag);
}
const TEAM_NAME_TAGS = new Set(['ns', 'nsf', 'nz', 'nr', 'nrt', 'nrfg', 'x', 'j', 'eng']);

/** A word that jieba reads as one place name on its own. */
function placeName(word: string): boolean {
  const tokens = tag(word);
  return tokens.length === 1 && PLACE_TAGS.has(tokens[0]!.tag);
}

function maximal(found: FoundOrg[]): FoundOrg[] {
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundOrg[] = [];
  for (const f of sorted) {
    const last = out.at(-1);
    if (last && f.start < last.end) {
      if (f.end > last.end && f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Abbreviated heads and what they stand for, for matching a short form to its full name. */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['妇联', '妇女联合会'],
  ['侨联', '归国华侨联合会'],
  ['文联', '文学艺术界联合会'],
  ['科协', '科学技术协会'],
  ['残联', '残疾人联合会'],
  ['工商联', '工商业联合会'],
  ['中院', '中级人民法院'],
  ['高院', '高级人民法院'],
  ['卫健委', '卫生健康委员会'],
  ['发改委', '发展和改革委员会'],
  ['人大', '人民代表大会'],
  ['政协', '政治协商会议'],
];

function expand(name: string): string {
  let out = name;
  for (const [short, long] of ABBREVIATIONS)
    if (out.endsWith(short)) out = out.slice(0, -short.length) + long;
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
export function canonicalNames(names: string[]): Map<string, string> {
  const unique = [...new Set(names)];
  const result = new Map<string, string>();
  for (const name of unique) {
    const gazetteer = GAZETTEER[name];
    if (gazetteer && gazetteer !== name && unique.includes(gazetteer)) {
      result.set(name, gazetteer);
      continue;
    }
    const expanded = expand(name);
    const longer = unique.filter((other) => other !== name && other.length > name.length);
    const full = longer.find(
      (other) =>
        other.endsWith(expanded.slice(-4)) && isSubsequence(expanded, other) && expanded !== other,
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
