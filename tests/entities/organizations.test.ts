import { describe, expect, it } from 'vitest';
import {
  canonicalNames,
  findOrganizations,
  withAliasesOf,
  withHeadsOf,
} from '../../src/entities/organizations.js';

const names = (text: string) => findOrganizations(text).map((o) => o.text);

describe('organizations', () => {
  it('builds names from a place prefix, body words and a head', () => {
    expect(names('长沙市妇联由此联动市中院、市检察院、市教育局等部门')).toEqual([
      '长沙市妇联',
      '市中院',
      '市检察院',
      '市教育局',
    ]);
    expect(names('在长沙市妇联维权服务中心,每个工作日')).toEqual(['长沙市妇联维权服务中心']);
    expect(names('长沙市公安局刑事侦查支队等3个单位荣获称号')).toEqual([
      '长沙市公安局刑事侦查支队',
    ]);
  });

  it("takes the government a city, county or province names, not a country's or a kind", () => {
    expect(names('长沙市政府今天宣布')).toEqual(['长沙市政府']);
    expect(names('嘉义县政府与金门县政府合作')).toEqual(['嘉义县政府', '金门县政府']);
    expect(names('北京市政府和上海市政府')).toEqual(['北京市政府', '上海市政府']);
    expect(names('香港特区政府发言人表示')).toEqual(['香港特区政府']);
    // A country's government is its state, and these name no one.
    expect(names('中国政府表示')).toEqual([]);
    expect(names('美国政府宣布')).toEqual([]);
    expect(names('当地政府和该地区政府')).toEqual([]);
    expect(names('各城市政府都要')).toEqual([]);
  });

  it("reads Taiwan's cities as places (the user dictionary tags them): `臺中榮民總醫院`", () => {
    expect(names('台中荣民总医院与台北荣民总医院')).toEqual(['台中荣民总医院', '台北荣民总医院']);
    expect(names('高雄市政府与嘉义县卫生局')).toEqual(['高雄市政府', '嘉义县卫生局']);
  });

  it('finds international bodies and news outlets', () => {
    expect(names('迎接联合国儿童基金会、联合国妇女署来访交流')).toEqual([
      '联合国儿童基金会',
      '联合国妇女署',
    ]);
    expect(names('受到了人民网、央视网等众多主流媒体的关注')).toEqual(['人民网', '央视网']);
  });

  it('keeps bracketed parts inside a name', () => {
    expect(names('均由国广国际在线网络(北京)有限公司统一管理')).toContain(
      '国广国际在线网络(北京)有限公司',
    );
  });

  it('does not take events, generic nouns or a bare head for organizations', () => {
    expect(names('长沙市第十七次妇女代表大会开幕')).toEqual([]);
    expect(names('中国妇女十三大精神由此进入千家万户')).toEqual([]);
    expect(names('建设妇联组织3600余个')).toEqual([]);
    expect(names('发挥妇联组织、社会工作者作用')).toEqual([]);
  });

  it('ends a name at a dateline', () => {
    expect(names('新华社北京5月24日电外交部发言人朱邦造今天回答了记者的提问。')).toEqual([
      '新华社',
      '外交部',
    ]);
  });

  it('takes a ministry or a team written as one word', () => {
    expect(names('人事部和国家测绘局今天召开全国电视电话会议。')).toEqual(['人事部', '国家测绘局']);
    expect(names('韩国队与马来西亚队相遇。')).toEqual(['韩国队', '马来西亚队']);
    expect(names('这是一次战略部署，西北部的干部都来了。')).toEqual([]);
  });

  it('does not carry a name across a verb or a direction word', () => {
    expect(names('先进集体今天在人民大会堂受到人事部的表彰。')).toEqual(['人事部']);
    expect(names('青藏高原东部地区降雨。')).toEqual([]);
  });

  it("needs a head in jieba's nt words: its tag alone names no one", () => {
    expect(names('公共汽车上，深加工企业和中草药的长足发展。')).toEqual([]);
  });

  it('knows institutions named by their kind, federations and teams by short heads', () => {
    expect(names('内阁和议会今天就预算案达成一致，白宫表示欢迎。')).toEqual([
      '内阁',
      '议会',
      '白宫',
    ]);
    expect(names('国际足联和中国足协宣布，中国女篮获得冠军。')).toEqual([
      '国际足联',
      '中国足协',
      '中国女篮',
    ]);
  });

  it('starts a name at its place, not at the common words before it', () => {
    expect(names('主办单位中国国际象棋协会宣布比赛开始。')).toEqual(['中国国际象棋协会']);
    expect(names('这是长沙市妇联举办的第三期培训班。')).toEqual(['长沙市妇联']);
  });

  it('takes heads from nouns only, and not from words for people or deeds', () => {
    expect(names('北京市保龄球运动协会主办的比赛')).toEqual(['北京市保龄球运动协会']);
    expect(names('军委主席江泽民签署命令')).toEqual(['军委']);
    expect(names('他是奥运会冠军。')).toEqual([]);
  });

  it('reads past a dateline marker and knows parliaments and troupes as heads', () => {
    expect(names('本报讯河南省漯河市农科所培育的新品种')).toEqual(['漯河市农科所']);
    expect(names('目前韩国国会仍是朝小野大')).toEqual(['韩国国会']);
    expect(names('中央歌剧舞剧院芭蕾舞团来京演出')).toEqual(['中央歌剧舞剧院芭蕾舞团']);
    expect(names('澳门特区筹委会今天开会')).toEqual(['澳门特区筹委会']);
  });

  it('knows party centres, military regions, authorities and markets as heads, not alone', () => {
    expect(names('越共中央总书记黎可漂')).toEqual(['越共中央']);
    expect(names('巴勒斯坦民族权力机构主席阿拉法特')).toEqual(['巴勒斯坦民族权力机构']);
    expect(names('南方共同市场成员国')).toEqual(['南方共同市场']);
    expect(names('对外友协会长')).toEqual(['对外友协']);
    expect(names('中央决定')).toEqual([]);
  });

  it('reads a bare head as the body the text has named, and merges it under that name', () => {
    const text =
      '根据澳门特区筹委会工作规则规定，考虑到筹委会开展工作的需要，筹委会先设立四个工作小组';
    expect(names(text)).toEqual(['澳门特区筹委会', '筹委会', '筹委会']);
    expect(names('考虑到委员会开展工作的需要')).toEqual([]);
    expect(canonicalNames(['澳门特区筹委会', '筹委会']).get('筹委会')).toBe('澳门特区筹委会');
    // A bureau too: `教育局` after `长沙市教育局` is that bureau.
    expect(names('长沙市教育局发布通知。教育局表示，将加强管理。')).toEqual([
      '长沙市教育局',
      '教育局',
    ]);
    expect(canonicalNames(['长沙市教育局', '教育局']).get('教育局')).toBe('长沙市教育局');
    // Two delegations named: a third `考察团` is neither of them.
    expect(
      names('乌兹别克斯坦妇女企业家考察团、非盟国家官员考察团、研修班考察团来访'),
    ).not.toContain('考察团');
  });

  it('ends a name at a glued function word or before 和 after an unknown name', () => {
    expect(names('中国女篮已同美国队交手')).toEqual(['中国女篮', '美国队']);
    expect(names('谢峰和健力宝队签约')).toEqual(['健力宝队']);
    // A caption's `图为` is not part of the name it shows.
    expect(names('图为全华村华康食用菌开发有限责任公司的厂房')).toEqual([
      '全华村华康食用菌开发有限责任公司',
    ]);
  });

  it('keeps a department with its university, but relations and systems are not bodies', () => {
    expect(names('荷兰格罗宁根大学经济系的研究')).toEqual(['荷兰格罗宁根大学经济系']);
    expect(names('中美关系继续发展')).toEqual([]);
    expect(names('欧洲货币体系')).toEqual([]);
  });

  it('takes a gazetteer name only where a jieba word starts or ends with it', () => {
    expect(names('这使局外人大惑不解')).toEqual([]);
    expect(names('向安理会汇报')).toEqual(['安理会']);
  });

  it('gives an institution named by its kind the country before it', () => {
    expect(names('日本内阁会议今天通过了')).toEqual(['日本内阁']);
  });

  it('takes no head from ranks, deadlocks, discharges, reports or a place on a map', () => {
    expect(names('全国政协常委张三')).toEqual(['全国政协']);
    expect(names('中东和谈僵局')).toEqual([]);
    expect(names('病人康复出院')).toEqual([]);
    expect(names('城乡结合部')).toEqual([]);
    // jieba writes a new pattern as one word and tags it a body (`新格局/nt`).
    expect(names('中国建筑业对外开放呈现新格局')).toEqual([]);
    // A network of lines; a prefecture of Inner Mongolia by its short name.
    expect(names('十三个旗市已全部进入全国电话直拨网')).toEqual([]);
    expect(names('去年呼盟易货贸易完成三点五亿美元')).toEqual([]);
  });

  it('ends a name at a person and what the person is called, and at a vice-president', () => {
    expect(names('美国传统基金会副总裁霍姆斯博士和道琼斯公司今天')).toEqual([
      '美国传统基金会',
      '道琼斯公司',
    ]);
  });

  it('takes a station for a place, and a mission named only by where it is for a kind', () => {
    expect(names('参与了九江火车站站场的建设')).toEqual([]);
    expect(names('通过驻外使馆和机构以及外国驻华使馆提供')).toEqual([]);
    expect(names('美国驻华使馆武官')).toEqual(['美国驻华使馆']);
    // Words the user dictionary keeps whole: a gate, a shrimp (not `北大`, not `罗氏`).
    expect(names('九江是江西的北大门')).toEqual([]);
    expect(names('引进了加州鲈鱼、罗氏沼虾')).toEqual([]);
  });

  it('takes a brand jieba does not know and its trade for a company, not a trade alone', () => {
    expect(names('国瑞地产、国瑞购物中心承办的')).toEqual(['国瑞地产']);
    expect(names('中博传媒与新加坡家乐电影合作')).toEqual(['中博传媒']);
    expect(names('万通地产设计总监刘克峰')).toEqual(['万通地产']);
    expect(names('城市化进程与商业地产发展趋势')).toEqual([]);
    // A district named by a brand and a trade is a place (`丽泽/金融/商务区`).
    expect(names('和金泰地产共同主办的丽泽金融商务区发展高峰论坛')).toEqual(['金泰地产']);
    // A proper noun that is a people's or a nation's name is no brand; nor a verb.
    expect(names('弘扬中华医药文化')).toEqual([]);
    expect(names('率领属下同事力抗国际炒家')).toEqual([]);
    expect(names('成了什么武器换石油的交易')).toEqual([]);
  });

  it('joins a unit found from inside a gazetteer name to that name', () => {
    expect(names('下面我们请住房和城乡建设部科学技术委员会常务副主任')).toEqual([
      '住房和城乡建设部科学技术委员会',
    ]);
  });

  it('reads modern bodies: a Latin brand, a city bureau after 城市, a stop, a city centre', () => {
    expect(names('该调查主要针对渣打银行给予客户stonecastle公司优待一事')).toEqual([
      '渣打银行',
      'stonecastle公司',
    ]);
    expect(names('此外，郑州市城市规划局副局长逯军就此事')).toEqual(['郑州市城市规划局']);
    expect(names('武汉市住房保障管理中心负责人称')).toEqual(['武汉市住房保障管理中心']);
    expect(names('这一组织由住建部牵头，国家发改委、财政部')).toEqual([
      '住建部',
      '国家发改委',
      '财政部',
    ]);
    expect(names('北京市住建委发布房屋拆迁补偿意见规定')).toEqual(['北京市住建委']);
    expect(names('可以俯瞰市政厅和奥斯陆市中心的全貌')).toEqual([]);
    expect(names('济南火车站车站街上又建起了一个集邮市场')).toEqual([]);
    expect(names('地铁8号线耀华路站1号出口向右走')).toEqual([]);
    expect(names('长沙市中心医院的医生')).toEqual(['长沙市中心医院']);
    expect(names('美梦成真中美优才联盟全国巡讲启动北京站在中国电子大厦成功举办')).toEqual([
      '美梦成真中美优才联盟',
    ]);
    expect(names('十多名防疫人员横列在罗湖桥中央')).toEqual([]);
    expect(names('民盟中央和共青团中央')).toEqual(['民盟中央', '共青团中央']);
    // Verbs jieba tags as nouns start no name.
    expect(names('电影版的拍摄交由索尼动画制作公司')).toEqual(['索尼动画制作公司']);
    expect(names('我代表乌审旗旗委、政府向各位领导')).toEqual(['乌审旗旗委']);
    // A legal form ends a name though a noun follows (the company builds).
    expect(names('划拨给了河南天荣置业有限公司建设经济适用房')).toEqual(['河南天荣置业有限公司']);
    expect(names('尽在湖北卫视8月6日晚8点30与您相约')).toEqual(['湖北卫视']);
    expect(names('DOTA项目仅有EHOME一支职业战队参加')).toEqual([]);
    expect(names('邮储巨网：3万多营业网点支持三农')).toEqual(['邮储']);
    // A firm glued to its lawyer's title keeps the verb in its name (`纵横/v`).
    expect(names('广东纵横天正律师事务所律师刘伟渊表示')).toEqual(['广东纵横天正律师事务所']);
    expect(names('中国水电地产副总经理薛志勇表示')).toEqual(['中国水电地产']);
    expect(names('堪称海上自卫队最大级别的舰艇')).toEqual(['海上自卫队']);
    expect(names('米德尔斯堡队vs纽卡斯尔队两队在英超联赛')).toEqual(['米德尔斯堡队', '纽卡斯尔队']);
    expect(names('北京市教工委和市教委召开紧急会议')).toEqual(['北京市教工委', '市教委']);
    expect(names('中国银联正式开通银联卡')).toEqual(['中国银联']);
    // 某 hides the name though words that describe it stand between.
    expect(names('某大型连锁房产经纪公司负责人告诉记者')).toEqual([]);
    expect(names('贝尔格莱德游击队在该组基本上就是鱼腩部队的角色')).toEqual(['贝尔格莱德游击队']);
    expect(names('另据日本橡胶贸易协会最新数据')).toEqual(['日本橡胶贸易协会']);
    expect(names('中国人保财险总裁王银成')).toEqual(['人保财险']);
    expect(names('将在美加利福尼亚州范登堡空军基地降落')).toEqual([]);
    expect(names('杨振兴一直在英国的中文网站上刊登广告')).toEqual([]);
    expect(names('法新社援引国际文传电讯社的报道称')).toEqual(['法新社', '国际文传电讯社']);
    expect(names('美国参议院拨款委员会10日表决通过了')).toEqual(['美国参议院拨款委员会']);
    expect(names('中房协副秘书长何琦')).toEqual(['中房协']);
    expect(names('人保财险承保央视新台址火灾损失')).toEqual(['人保财险']);
  });

  it('gives a brand its country: `日本/丰田`, `英国/阿森纳`, `美国微软公司/n`', () => {
    expect(names('福特，日本丰田，德国大众')).toEqual(['福特', '日本丰田', '德国大众']);
    expect(names('美国通用电气与中国医疗器械工业公司')).toEqual([
      '美国通用电气',
      '中国医疗器械工业公司',
    ]);
    expect(names('巴西弗拉明戈和格雷米奥、英国阿森纳等国外球队')).toEqual([
      '巴西弗拉明戈',
      '格雷米奥',
      '英国阿森纳',
    ]);
    expect(names('他在美国微软公司工作')).toEqual(['美国微软公司']);
    // Not an international body, nor China before a brand.
    expect(names('美国联合国代表')).toEqual(['联合国']);
  });

  it('takes no name from a clause, a count, a centre, a kind or a term counted from this one', () => {
    expect(names('首先通过了上届执委会的工作报告')).toEqual(['执委会']);
    expect(names('中国北京树人棒球运动学校的学生')).toEqual(['北京树人棒球运动学校']);
    expect(names('中国长城工业总公司发言人')).toEqual(['中国长城工业总公司']);
    expect(names('合作建成一条年产120万台三洋荣事达洗衣机')).toEqual(['三洋', '荣事达']);
    expect(names('在法国电视二台、三台')).toEqual(['法国电视二台']);
    expect(names('袁茂堂借黄登仁儿子考上大学之机')).toEqual([]);
    expect(names('与麦格劳—希尔教育出版公司合作')).toEqual(['麦格劳—希尔教育出版公司']);
    expect(names('此刻，河中心突然传来')).toEqual([]);
    expect(names('河北省党政军领导及各界')).toEqual([]);
    expect(names('自治区各级党委在选拔少数民族干部')).toEqual([]);
    expect(names('我就办个净菜服务公司')).toEqual([]);
    expect(names('宋神宗时，官拜礼部郎杨次公')).toEqual([]);
    expect(names('以技术好而著称的世界强队')).toEqual([]);
    expect(names('等共17支龙舟队参赛')).toEqual([]);
    // Seen on real pages.
    expect(names('王志刚、李圣军、宋敏（中国人民大学）')).toEqual(['中国人民大学']);
    expect(names('师生要及时报告社区和学校')).toEqual([]);
    expect(names('跳槽换公司等于要把所有工作都重做')).toEqual([]);
    expect(names('伦敦市中心上空傍晚下班人流高峰时刻')).toEqual([]);
    expect(names('许多读者打电话到报社反映情况')).toEqual([]);
    expect(names('搜狐号系信息发布平台')).toEqual(['搜狐']);
    expect(names('他娶了哥哥纳尔逊大学室友的妹妹')).toEqual(['纳尔逊大学']);
    expect(names('广渠门地铁站')).toEqual([]);
    expect(names('苏州市中小学将推迟开学')).toEqual([]);
    expect(names('学院设有博士后流动站')).toEqual([]);
    // A level before a lone head is the level's body (`区/纪委`), not one character jieba left.
    expect(names('区委决定由区纪委牵头查办')).toEqual(['区委', '区纪委']);
  });

  it('names the parties of a coalition apart: `自由党和国家/党/联盟`', () => {
    expect(names('新当选的自由党和国家党联盟政府')).toEqual(['自由党', '国家党']);
    // The words end so, the bodies do not stop being bodies.
    expect(names('市财政局局长')).toEqual(['市财政局']);
    expect(names('俄联邦安全局')).toEqual(['俄联邦安全局']);
  });

  it('ends a name at a count of bodies, at 有关 and at 等', () => {
    expect(names('深圳一家制衣厂')).toEqual([]);
    // jieba may split the count from its classifier.
    expect(names('日本10家大银行')).toEqual([]);
    expect(names('台湾地区有关法院')).toEqual([]);
    expect(names('苏格兰、奥地利等队')).toEqual([]);
  });

  it('ends a name before the title of the person who leads it', () => {
    expect(names('巴基斯坦外交部长谢里夫')).toEqual(['巴基斯坦外交部']);
    expect(names('北京丰盛中学校长')).toEqual(['北京丰盛中学']);
    expect(names('北京市文化局副局长')).toEqual(['北京市文化局']);
    expect(names('中共中央政治局常委胡锦涛')).toEqual(['中共中央政治局']);
    expect(names('凌海市大木塑料制品厂厂长谢淑琴办厂')).toEqual(['凌海市大木塑料制品厂']);
    // A title word inside a body's own name stays.
    expect(names('欧盟部长理事会决定')).toEqual(['欧盟部长理事会']);
    // One word with its title glued on: the body stands as that word alone would.
    expect(names('区委书记弓继权')).toEqual(['区委']);
    expect(names('国防部长科恩')).toEqual(['国防部']);
  });

  it('takes a head word whatever jieba tags it', () => {
    expect(names('西安缝纫机台板厂')).toEqual(['西安缝纫机台板厂']);
    expect(names('中央美术学院附中')).toEqual(['中央美术学院附中']);
  });

  it('reads a country beside a result verb in a match report as its team', () => {
    expect(names('丹麦以2:0战胜美国。')).toEqual(['丹麦', '美国']);
    // No match reported: the countries are places.
    expect(names('美国总统克林顿和中国领导人会晤。')).toEqual([]);
    // A club's team by its nickname, in a match report.
    expect(names('公牛队以98比86战胜爵士队。')).toEqual(['公牛队', '爵士队']);
    expect(names('参赛队以3:0获胜。')).toEqual([]);
    // A player's country is where the player comes from.
    expect(names('决赛中，中国的马燕萍战胜对手。')).toEqual([]);
  });

  it('reads museums and halls as places, embassies and hotels as bodies', () => {
    expect(names('陕西博物馆展出文物')).toEqual([]);
    expect(names('北京音乐厅的候机厅和美容厅')).toEqual([]);
    expect(names('省公安厅通报')).toEqual(['省公安厅']);
    expect(names('中国体育博物馆和中国体育杂志社')).toEqual(['中国体育杂志社']);
    expect(names('中国驻墨西哥大使馆发表声明')).toEqual(['中国驻墨西哥大使馆']);
  });

  it('keeps 驻 inside a mission and a date out of any name', () => {
    expect(names('新华社驻东京记者站')).toEqual(['新华社驻东京记者站']);
    expect(names('美国海关5日向中国驻美国大使馆通报')).toEqual(['美国海关', '中国驻美国大使馆']);
  });

  it('takes no team of a continent, of 外国 or of several countries', () => {
    expect(names('北欧队战胜了亚洲球队。')).toEqual([]);
    expect(names('四国女篮邀请赛')).toEqual([]);
  });

  it('starts a name at a later place when common words stand between', () => {
    expect(names('加拿大重罚青少年犯罪加拿大司法部表示')).toEqual(['加拿大司法部']);
    // A branch is placed where it is; a sub-unit follows its body.
    expect(names('中保寿险上海分公司开业')).toEqual(['中保寿险上海分公司']);
    expect(names('亚洲排球联合会总部设在')).toEqual(['亚洲排球联合会总部']);
  });

  it('takes a place-tagged word that ends in a head, but not the new one of a kind', () => {
    expect(names('亚足联秘书长')).toEqual(['亚足联']);
    expect(names('新内阁成立')).toEqual(['内阁']);
  });

  it('takes a periodical named by a common word', () => {
    expect(names('贵报四月十七日『大地周刊』刊登的文章')).toEqual(['大地周刊']);
    expect(names('在上海创刊《文学季刊》')).toEqual(['文学季刊']);
  });

  it('takes no name from a word jieba glued to a preposition or a verb', () => {
    expect(names('罗同世界银行签署协议')).toEqual(['世界银行']);
    expect(names('天津对外经济律师事务所律师孔金荣诉天津市电话局')).toEqual([
      '天津对外经济律师事务所',
      '天津市电话局',
    ]);
    expect(names('美国客人是应外交学会邀请来访的')).toEqual([]);
  });

  it('takes a company by a brand jieba does not know, not by 某', () => {
    expect(names('张裕公司生产的葡萄酒')).toEqual(['张裕公司']);
    expect(names('金田集团总裁')).toEqual(['金田集团']);
    expect(names('如某公司所说')).toEqual([]);
  });

  it('knows international bodies and news agencies by their short names', () => {
    expect(names('据美国之音报道，海合会和欧洲央行')).toEqual(['美国之音', '海合会', '欧洲央行']);
    // jieba tags these `nt` and they hold no head: the gazetteer names them.
    expect(names('美国、日本、欧共体等投资者')).toEqual(['欧共体']);
    expect(names('新华书店和商务印书馆')).toEqual(['新华书店', '商务印书馆']);
    expect(names('南非非洲人国民大会和国际电联')).toEqual(['南非非洲人国民大会', '国际电联']);
  });

  it('knows companies by their brand, but not brands that are common words', () => {
    expect(names('微软推出新系统')).toEqual(['微软']);
    expect(names('海尔、长虹等家电企业')).toEqual(['海尔', '长虹']);
    expect(names('美的风景让他联想到故乡')).toEqual([]);
    expect(names('联想集团')).toEqual(['联想集团']);
  });

  it('reads a brand listed with a company as a company', () => {
    expect(names('与索尼及飞利浦公司不同')).toEqual(['索尼', '飞利浦公司']);
    // A person listed with a team stays a person.
    expect(names('谢峰和健力宝队签约')).toEqual(['健力宝队']);
  });

  it('takes a one-word team alone after words that tell what it did or is', () => {
    expect(names('东道主法国队以3:0取胜')).toEqual(['法国队']);
    expect(names('中国队力克丹麦队')).toEqual(['中国队', '丹麦队']);
    // A team of a body keeps its body.
    expect(names('北京大学登山队登顶')).toEqual(['北京大学登山队']);
  });

  it('takes a team named by its sponsor or club, not a kind of team', () => {
    expect(names('申花队以2:1取胜')).toEqual(['申花队']);
    expect(names('尤文图斯队夺冠')).toEqual(['尤文图斯队']);
    expect(names('爵士队教练斯隆')).toEqual(['爵士队']);
    // A city jieba's stock dictionary does not know as a place still names its team.
    expect(names('大连万达队以2:1获胜')).toEqual(['大连万达队']);
    expect(names('篮球队训练，消防队赶到，考察队出发')).toEqual([]);
    expect(names('施工队进场')).toEqual([]);
    expect(names('足球队训练')).toEqual([]);
    expect(names('多国部队撤出')).toEqual([]);
  });

  it('takes no person, place word, deployment or affiliation for a body (seen on real pages)', () => {
    // A surname jieba split from its given name, in an author line.
    expect(names('（作者：孟健军）')).toEqual([]);
    expect(names('（赵红军）')).toEqual([]);
    expect(names('这本是物流公司')).toEqual([]);
    // From our own fixtures: `全部` (all) and a pipe network name no body.
    expect(names('全村全部通上了路')).toEqual([]);
    expect(names('老城区排水管网改造')).toEqual([]);
    expect(names('法新社全部')).toEqual(['法新社']);
    expect(names('墩头镇地处苏中')).toEqual([]);
    expect(names('在乌克兰交界处部署')).toEqual([]);
    expect(names('支付宝平台')).toEqual([]);
    expect(names('南开大学伯苓楼一楼报告厅')).toEqual(['南开大学']);
    // An affiliation in brackets belongs to the author, not to what follows.
    expect(names('阎大颖（南开大学）中国上市公司治理')).toEqual(['南开大学']);
    expect(names('英特尔（中国）有限公司')).toEqual(['英特尔（中国）有限公司']);
    expect(names('中国银行行长')).toEqual(['中国银行']);
    // Verbs, counts and dates jieba glued to a word start no name; deeds end in no head.
    expect(names('要换公司了')).toEqual([]);
    expect(names('习近平强军思想')).toEqual([]);
    expect(names('新旧两党之争')).toEqual([]);
    expect(names('这是全国第一部特许权经营法规')).toEqual([]);
    expect(names('1986年入中国戏曲学院导演系进修')).toEqual(['中国戏曲学院导演系']);
  });

  it('takes kinds of bodies for what they are, not names', () => {
    expect(names('公立医院和上市公司都要参加')).toEqual([]);
    expect(names('全国一流大学和科研院所')).toEqual([]);
    // A kind inside a span makes a list of kinds, not one body; and a city's schools are many.
    expect(names('苏州市中小学幼儿园2月13日学生报到')).toEqual([]);
    // A head a noun still follows modifies that noun: a city, not a centre.
    expect(names('打造长沙市区域研发中心城市')).toEqual([]);
    expect(names('新一届村委会换届选举')).toEqual([]);
  });

  it('keeps the term of a body in its name, but no session', () => {
    expect(names('第九届全国人大常委会第三次会议')).toEqual(['第九届全国人大常委会']);
    expect(names('党的十一届三中全会以来')).toEqual([]);
    // A council's numbered meeting is the meeting's number, not the council's term.
    expect(names('第十六届国际行动理事会于5月3日举行')).toEqual(['国际行动理事会']);
  });

  it('takes international and world bodies, not a world championship or a kind', () => {
    expect(names('世界黄金理事会发表报告')).toEqual(['世界黄金理事会']);
    expect(names('第十三届世界女篮锦标赛今天开幕')).toEqual([]);
    expect(names('建成世界一流大学')).toEqual([]);
  });

  it('takes army units by their number, with their departments', () => {
    expect(names('历任红4军政治部秘书、红11师秘书长')).toEqual(['红4军政治部', '红11师']);
    expect(names('新四军北上抗日')).toEqual(['新四军']);
  });

  it('knows the short names of airlines, banks and parties, not a word that ends alike', () => {
    expect(names('海航的决策层一致认为')).toEqual(['海航']);
    expect(names('他在中行工作')).toEqual(['中行']);
    expect(names('俄共领导人')).toEqual(['俄共']);
    expect(names('业内同行认为')).toEqual([]);
    // Leagues by their short name; joining one is no league.
    expect(names('南盟峰会')).toEqual(['南盟']);
    expect(names('基民盟主席')).toEqual(['基民盟']);
    expect(names('他决定加盟')).toEqual([]);
    expect(names('不结盟运动')).toEqual([]);
    expect(names('安第斯共同体成员国')).toEqual(['安第斯共同体']);
    // Parties as one word; a kind of party or a slogan is none.
    expect(names('新芬党领导人')).toEqual(['新芬党']);
    expect(names('执政党和反对党')).toEqual([]);
    expect(names('坚持从严治党')).toEqual([]);
  });

  it('takes a periodical by its title and kind, not a book title alone', () => {
    expect(names('美国《时代》周刊报道')).toEqual(['《时代》周刊']);
    expect(names('他读了《红楼梦》。')).toEqual([]);
  });

  it('joins two fields of one body with 和, never two names', () => {
    expect(names('哈尔滨市文化广电和旅游局数据显示')).toEqual(['哈尔滨市文化广电和旅游局']);
    expect(names('人事部和国家测绘局今天召开会议')).toEqual(['人事部', '国家测绘局']);
    expect(names('联合国和伊斯兰会议组织发表声明')).toEqual(['联合国', '伊斯兰会议组织']);
    // 与 the same way; a brand before it is a name of its own.
    expect(names('卫生部营养与食品研究所')).toEqual(['卫生部营养与食品研究所']);
    expect(names('人事部与国家测绘局')).toEqual(['人事部', '国家测绘局']);
    expect(names('丰田与中国国家科委合作')).toEqual(['丰田', '中国国家科委']);
  });

  it('knows customs, tribunals, legislative councils and trade councils as heads, a tribunal not alone', () => {
    expect(names('美国海关今天通报')).toEqual(['美国海关']);
    expect(names('香港特区首届立法会选举')).toEqual(['香港特区首届立法会']);
    expect(names('远东国际法庭审判')).toEqual(['远东国际法庭']);
    expect(names('仲裁庭通过')).toEqual([]);
  });

  it('knows the army and its general departments, and a common word before them is context', () => {
    expect(names('为纪念总政歌舞团成立四十五周年')).toEqual(['总政歌舞团']);
    expect(names('二炮部队')).toEqual(['二炮']);
    expect(canonicalNames(['二炮']).get('二炮')).toBe('中国人民解放军第二炮兵');
  });

  it('knows the Duma, youth leagues, tribunals and trusts', () => {
    expect(names('俄国家杜马通过法案')).toEqual(['俄国家杜马']);
    expect(names('杜马主席谢列兹尼奥夫')).toEqual(['杜马']);
    expect(canonicalNames(['杜马']).get('杜马')).toBe('国家杜马');
    expect(names('中国共产主义青年团成立')).toEqual(['中国共产主义青年团']);
    expect(names('印度报业托拉斯报道')).toEqual(['印度报业托拉斯']);
  });

  it('keeps a quoted part inside a name, and a quote is no name by itself', () => {
    expect(names('韩国“小天使”艺术团来华演出')).toEqual(['韩国“小天使”艺术团']);
    expect(names('他说“中国队很强”')).toEqual(['中国队']);
    expect(names('纪念“长征”胜利60周年')).toEqual([]);
    // A name may open with its quoted part; a quoted sentence is no name.
    expect(names('给“红双喜”公司带来了财源')).toEqual(['“红双喜”公司']);
    expect(names('他说“公司要发展”')).toEqual([]);
  });

  it('reads a quoted name with a general manager or a board as a company, each quoted mention', () => {
    expect(
      names('“紫禁城”总经理张和平说，领导在肯定“紫禁城”的同时，告诫“紫禁城”不要铺摊子。'),
    ).toEqual(['紫禁城', '紫禁城', '紫禁城']);
    // Unquoted, or quoted with nobody running it, the word is the palace.
    expect(names('游客参观“紫禁城”。')).toEqual([]);
    expect(names('“紫禁城”总经理张和平到紫禁城参观。')).toEqual(['紫禁城']);
  });

  it('ends a name with a unit of the body right before it, never with a room', () => {
    expect(names('他在西安缝纫机台板厂计量室工作。')).toEqual(['西安缝纫机台板厂计量室']);
    expect(names('他是解放军总医院心外科主任。')).toEqual(['解放军总医院心外科']);
    expect(names('市公安局刑侦科民警')).toEqual(['市公安局刑侦科']);
    // A room is a place in the building; a place name may end in 科 (`莫斯科`).
    expect(names('邵阳师专培训部教室里')).toEqual(['邵阳师专培训部']);
    expect(names('南开大学办公楼一楼会议室')).toEqual(['南开大学']);
    expect(names('新华社莫斯科5月10日电')).toEqual(['新华社']);
    // Alone, a unit is a room or a department of no one.
    expect(names('他走进计量室。')).toEqual([]);
  });

  it('reads places listed as teams after a count of teams or before 等…队', () => {
    expect(names('有11个队保持大门不失：德国、英格兰、阿根廷。')).toEqual([
      '德国',
      '英格兰',
      '阿根廷',
    ]);
    expect(names('中国队在同美国、斯洛伐克等强手对抗时领先。')).toEqual([
      '中国队',
      '美国',
      '斯洛伐克',
    ]);
    // Countries listed as countries, or one country before 等, stay places.
    expect(names('美国、日本等国家参加会议。')).toEqual([]);
    expect(names('美国等强手')).toEqual([]);
  });

  it('reads a country as its team by a result verb, or by its fans and players', () => {
    expect(names('结果以1∶0小胜比利时、2∶2平摩洛哥。')).toEqual(['比利时', '摩洛哥']);
    expect(names('保加利亚的队员则势单力薄。')).toEqual(['保加利亚']);
    // Fans are a country's people as much as its team's.
    expect(names('中国的球迷在看台上欢呼。')).toEqual([]);
    // A country's coaching or its matches in general are the country's.
    expect(names('中国的比赛日程已经公布。')).toEqual([]);
  });

  it('joins two regions in one body, never two countries', () => {
    expect(names('联合国拉美与加勒比经济委员会发表报告')).toEqual(['联合国拉美与加勒比经济委员会']);
    expect(names('美国和日本代表团抵达')).toEqual(['日本代表团']);
  });

  it('lets a verb that says what a body does stand before its head after a place', () => {
    expect(names('澳门特别行政区筹备委员会成立')).toEqual(['澳门特别行政区筹备委员会']);
    expect(names('广州市骨髓炎诊疗中心')).toEqual(['广州市骨髓炎诊疗中心']);
    // Any other verb after a place starts a clause.
    expect(names('北京召开委员会会议')).toEqual([]);
  });

  it('knows companies, clubs, universities and ministries by their short names', () => {
    expect(names('万科发布年报，欧米茄赞助比赛')).toEqual(['万科', '欧米茄']);
    expect(names('北师大和复旦的学生')).toEqual(['北师大', '复旦']);
    expect(canonicalNames(['北师大']).get('北师大')).toBe('北京师范大学');
    expect(names('纪念“鲁艺”建院60周年')).toEqual(['鲁艺']);
    expect(names('日本大藏省官员')).toEqual(['日本大藏省']);
    expect(names('八路军和新四军')).toEqual(['八路军', '新四军']);
    // Not the start of an idiom, nor a word that ends like a body (`祭司`), nor `贵国`.
    expect(names('一派热火朝天的景象')).toEqual([]);
    expect(names('总参谋长傅全有')).toEqual([]);
    expect(names('国务院总理朱镕基')).toEqual(['国务院']);
    expect(names('古埃及法老时代祭司')).toEqual([]);
    expect(names('贵国政府')).toEqual([]);
  });

  it('joins a body named right after another into one name, a unit of the first', () => {
    expect(names('秘鲁国会外委会主席')).toEqual(['秘鲁国会外委会']);
    expect(names('江西省文联《创作评谭》杂志社主编')).toEqual(['江西省文联《创作评谭》杂志社']);
    // Two bodies news names alone stay two; a word between keeps them apart.
    expect(names('人民日报新华社联合发表')).toEqual(['人民日报', '新华社']);
    expect(names('秘鲁国会和外委会')).toEqual(['秘鲁国会', '外委会']);
  });

  it('keeps clauses, counts and determiners out of a name', () => {
    // A negation or a verb with its aspect is no name jieba did not know (`未见`, `投了`).
    expect(names('未见耐克公司回应')).toEqual(['耐克公司']);
    expect(names('他投了好多公司')).toEqual([]);
    expect(names('一人娱乐公司')).toEqual([]);
    // A person and a verb make a clause; a common word before an unknown name is context.
    expect(names('陈冠希致电经理人公司')).toEqual([]);
    expect(names('委托泰龙公司办理')).toEqual(['泰龙公司']);
    // Some or all of many bodies name none of them.
    expect(names('华东境内所有电厂')).toEqual([]);
    expect(names('部分省网公司')).toEqual([]);
    // A brand before 和 is a name of its own; a preposition jieba took for a surname starts nothing.
    expect(names('淘宝和快递公司')).toEqual(['淘宝']);
    expect(names('於共产党')).toEqual(['共产党']);
  });

  it('reads kinds of bodies as kinds, whatever jieba tags them', () => {
    expect(names('国有银行')).toEqual([]);
    expect(names('重点中学')).toEqual([]);
    expect(names('中国民营上市公司')).toEqual([]);
    expect(names('世界第一大体育用品公司')).toEqual([]);
    // Words that end like a head but are none: a grid, a net, a courtyard, coming to power.
    expect(names('城市配电网')).toEqual([]);
    expect(names('弥天大网')).toEqual([]);
    expect(names('四合院')).toEqual([]);
    expect(names('勃烈日涅夫上台')).toEqual([]);
    // A state asset body keeps 国有 inside its name; a college keeps 专科.
    expect(names('中国国有资产监督管理委员会')).toEqual(['中国国有资产监督管理委员会']);
    expect(names('浙江水利水电高等专科学校')).toEqual(['浙江水利水电高等专科学校']);
    // A country's kind of body is any of them; a country's bank may be its central bank.
    expect(names('日本公司和英国学校')).toEqual([]);
    expect(names('關帝廟、中国酒店和杂货铺')).toEqual([]);
    expect(names('享有亚洲酒店资源')).toEqual([]);
    expect(names('中国大饭店开业')).toEqual(['中国大饭店']);
    expect(names('日本银行宣布加息')).toEqual(['日本银行']);
    expect(names('联合国大学')).toEqual(['联合国大学']);
    expect(names('纽约证券交易所上市公司')).toEqual(['纽约证券交易所']);
    // A body part is no department (`头部`), a radio station alone no station.
    expect(names('曾志伟头部受伤')).toEqual([]);
    expect(names('广播电台播出')).toEqual([]);
  });

  it('reads a group of countries by its count, starting at the count', () => {
    expect(names('倡议另建一个11国委员会')).toEqual(['11国委员会']);
    expect(names('来自亚、非、拉三大洲15国集团的成员国')).toEqual(['15国集团']);
    // A count of countries alone is no body.
    expect(names('11国启动了单一货币')).toEqual([]);
  });

  it("knows the State Council's ministries and agencies, their short forms, and the press", () => {
    expect(names('人力资源和社会保障部和农业农村部')).toEqual([
      '人力资源和社会保障部',
      '农业农村部',
    ]);
    expect(names('证监会、国台办和最高检')).toEqual(['证监会', '国台办', '最高检']);
    expect(canonicalNames(['工信部']).get('工信部')).toBe('工业和信息化部');
    // Commissions every level has are the national one only when the text says 国家.
    expect(canonicalNames(['国家卫健委']).get('国家卫健委')).toBe('国家卫生健康委员会');
    expect(names('长沙市卫健委发布通知。卫健委表示')).toEqual(['长沙市卫健委']);
    expect(names('据新京报报道，央视播出')).toEqual(['新京报', '央视']);
    expect(names('在淘宝网上开店')).toEqual(['淘宝网']);
    // A ministry's name at the start of another word, or cutting one in two, is not the ministry.
    expect(names('司法部门逮捕了他')).toEqual([]);
    expect(names('确保国家主要的经济部门能够发展')).toEqual([]);
    // Taiwan's bodies, matched in simplified characters.
    expect(names('卫生福利部补助，陆委会表示')).toEqual(['卫生福利部', '陆委会']);
    expect(names('各级财政部门')).toEqual([]);
  });

  it('takes a head jieba tags as a verb when the word is the whole head: `促进会/v`', () => {
    expect(names('昨天，湖南人口文化促进会举办讲座')).toEqual(['湖南人口文化促进会']);
    expect(names('澳门妇女联合协进会表示')).toEqual(['澳门妇女联合协进会']);
    // A verb that merely ends in a head character still heads nothing.
    expect(names('北京举办展览')).toEqual([]);
  });

  it('knows the short forms of the writers’, artists’ and other associations: `省作协`, `香港妇协`', () => {
    expect(names('香港妇协向山区女童捐款')).toEqual(['香港妇协']);
    expect(names('四川美协与湖北音协联合举办')).toEqual(['四川美协', '湖北音协']);
    expect(canonicalNames(['广东美协', '广东美术家协会']).get('广东美协')).toBe('广东美术家协会');
  });

  it('reads kinds of settlement and honours as kinds of body: `乡镇党委`, `优秀基层党支部`', () => {
    expect(names('全县乡镇党委书记和农村党支部书记参加培训')).toEqual([]);
    expect(names('被评为江苏省优秀基层党支部')).toEqual([]);
    expect(names('先进村党支部和村支部的经验')).toEqual([]);
    // A named village's branch is still a name.
    expect(names('桃花村党支部书记')).toEqual(['桃花村党支部']);
  });

  it('starts a name at the proper word that holds its head, not at a common word before it', () => {
    expect(names('举行纪念人民日报创刊仪式')).toEqual(['人民日报']);
    // A county jieba tags as a noun still names the bureau (seen on a real page).
    expect(names('作为冠县国税局职工')).toEqual(['冠县国税局']);
  });

  it('does not run a name over 和 into a body jieba knows whole', () => {
    expect(names('会见了约翰和万国邮政联盟国际局局长')).toEqual(['万国邮政联盟国际局']);
  });

  it('keeps an era in a field’s name, and a numbered department after its body', () => {
    expect(names('上海现代文化研究中心成立')).toEqual(['上海现代文化研究中心']);
    expect(names('中央党史研究室三部编辑')).toEqual(['中央党史研究室三部']);
    // A time word is no part of a name.
    expect(names('湖南今年研究中心')).not.toContain('湖南今年研究中心');
  });

  it('names an elected body by its term even when its head stands alone: `首届立法会`', () => {
    expect(names('首届立法会选举顺利举行')).toEqual(['首届立法会']);
    expect(names('第二届立法会议员')).toEqual(['第二届立法会']);
  });

  it('lets a verb of what a body does stand before a head glued to another word: `展览交流中心`', () => {
    expect(names('由文化部中国展览交流中心主办')).toEqual(['文化部中国展览交流中心']);
  });

  it('never heads a name with 所 after 中 (`…风波中所采取`)', () => {
    expect(names('在亚洲金融风波中所采取的政策')).toEqual([]);
  });

  it('names a numbered army or police unit from its ordinal, and nothing else by one', () => {
    expect(names('全军向第二学员大队学习')).toEqual(['第二学员大队']);
    expect(names('第三十八集团军某部')).toEqual(['第三十八集团军']);
    expect(names('第一中学')).toEqual([]);
    expect(names('获得第一名')).toEqual([]);
    // An army in general is a kind.
    expect(names('加强人民军队建设')).toEqual([]);
  });

  it('starts a name after an event before it: `外围赛中国队` is `中国队`', () => {
    expect(names('看过世界杯亚洲区外围赛中国队的录像')).toEqual(['中国队']);
    expect(names('在团十四大代表驻地京西宾馆')).toEqual(['团十四大', '京西宾馆']);
  });

  it("names a party's national congress, its highest organ, in full or by its number", () => {
    expect(names('江泽民同志在党的十五大报告中指出')).toEqual(['十五大']);
    expect(names('会议认真贯彻中共十五大和九三学社七大精神')).toEqual([
      '中共十五大',
      '九三学社七大',
    ]);
    expect(names('中国致公党第十一次全国代表大会在京开幕')).toEqual([
      '中国致公党第十一次全国代表大会',
    ]);
    expect(names('中国共产党召开了第十五次全国代表大会')).toEqual([
      '中国共产党',
      '第十五次全国代表大会',
    ]);
    expect(names('努力实践致公党十大提出的任务')).toEqual(['致公党十大']);
    // Not another body's congress, a count, an ordinal or "the top ten".
    expect(names('长沙市第十七次妇女代表大会开幕')).toEqual([]);
    expect(names('十五大类产品')).toEqual([]);
    expect(names('世界第十一大湖')).toEqual([]);
    expect(names('评出十大新闻，该集团十大品牌')).toEqual([]);
  });

  it('keeps ages jieba tags as time words in a name: `天津青年京剧团`', () => {
    expect(names('天津青年京剧团进京演出')).toEqual(['天津青年京剧团']);
  });

  it('reads the whole country’s kind of village body as a kind: `全国农村村委会`', () => {
    expect(names('全国农村村委会普遍进行了换届选举')).toEqual([]);
  });

  it('never runs a name over the people of a body: `…三军指战员武警部队`', () => {
    expect(names('驻闽赣两省陆海空三军指战员武警部队官兵')).not.toContain(
      '闽赣两省陆海空三军指战员武警部队',
    );
  });

  it('lets the people a body serves name it when they stand right before its head: `中国工人出版社`', () => {
    expect(names('毕桂发主编，中国工人出版社出版。')).toEqual(['中国工人出版社']);
    expect(names('工人日报社记者报道')).toEqual(['工人日报社']);
    expect(names('淮南市农业银行田东城市信用社工作人员吴军说')).toEqual([
      '淮南市农业银行田东城市信用社',
    ]);
  });

  it('reads a body before a building as the building’s name, a military region as a place', () => {
    expect(names('在全国政协礼堂连续演出')).toEqual([]);
    expect(names('全国政协今天开幕')).toEqual(['全国政协']);
    expect(names('兰州军区某给水工程团')).toEqual([]);
    expect(names('成都军区后勤部原政委')).toEqual(['成都军区后勤部']);
  });

  it('joins the parts of a foreign name at a middle dot: `葛兰素·威廉公司`', () => {
    expect(names('英国葛兰素·威廉公司与卫生部签署备忘录')).toEqual([
      '英国葛兰素·威廉公司',
      '卫生部',
    ]);
    expect(names('江泽民对葛兰素·威康公司表示赞赏')).toEqual(['葛兰素·威康公司']);
    // A person's name with a dot is no body.
    expect(names('约翰·普雷斯科特将于7月访问')).toEqual([]);
  });

  it('keeps a place before the party’s or the nation’s own name out of it', () => {
    expect(names('访问塞舌尔中共代表团离京')).toEqual(['中共代表团']);
  });

  it('knows fronts and the offices of a bureau: `人民进步阵线`, `水产局渔政处`', () => {
    expect(names('塞舌尔人民阵线')).toEqual(['塞舌尔人民阵线']);
    expect(names('哈尔滨市水产局渔政处负责放流')).toEqual(['哈尔滨市水产局渔政处']);
    expect(names('市公安局好处很多')).toEqual(['市公安局']);
  });

  it('knows the eight other parties by their short names, with their committees', () => {
    expect(names('民革要继续发挥自身的优势')).toEqual(['民革']);
    expect(names('民革第九届中央常务委员会第三次会议')).toEqual(['民革第九届中央常务委员会']);
    expect(canonicalNames(['农工党']).get('农工党')).toBe('中国农工民主党');
  });

  it('reads discipline commissions, eras before a place, and no holder of a post as a body', () => {
    expect(names('省纪委在向全省发出的通报中指出')).toEqual(['省纪委']);
    expect(names('撤销他的当代安徽研究所所长职务')).toEqual(['当代安徽研究所']);
    expect(names('现任省社科院副院长')).toEqual(['省社科院']);
  });

  it('ends a name before its staff, and reads a famous kind as a kind', () => {
    expect(names('原淮南市农业银行田东城市信用社工作人员吴军')).toEqual([
      '淮南市农业银行田东城市信用社',
    ]);
    expect(names('来自中美两国30多所著名法学院的院长')).not.toContain('中美著名法学院');
  });

  it('ends a name before an officer or a year, and reads an exhibition hall as a venue', () => {
    expect(names('原江苏连云港市房地产公司经理兼党委书记')).toEqual(['江苏连云港市房地产公司']);
    expect(names('广东省1998年度国内旅行社经营权')).toEqual([]);
    expect(names('在澳门展览中心举行')).toEqual([]);
    // A council of ministers is a body.
    expect(names('欧盟部长理事会二十五日')).toEqual(['欧盟部长理事会']);
  });

  it('reads a gang as a crime, 暨 as joining two bodies, and a comrade as a person', () => {
    expect(names('同林彪、江青反革命集团进行了坚决斗争')).toEqual([]);
    expect(names('历任新四军暨山东军区政治部主任')).toEqual(['新四军', '山东军区政治部']);
    expect(names('协助叶剑英同志领导军委机关')).toEqual(['军委']);
    expect(names('他任晋察冀军区政治部主任')).toEqual(['晋察冀军区政治部']);
    expect(names('却申请入党')).toEqual([]);
  });

  it('keeps the party’s unit of a body in its name: `泰安居委会党支部`', () => {
    expect(names('泰安居委会党支部吸收新党员')).toEqual(['泰安居委会党支部']);
    expect(names('维护党和红军的团结')).toEqual(['红军']);
  });

  it('keeps a branch jieba tags as a verb, and a provincial school split at 立', () => {
    expect(names('上海浦东发展银行重庆分行近日开业')).toEqual(['上海浦东发展银行重庆分行']);
    expect(names('广东海关分署、深圳海关')).toEqual(['广东海关分署', '深圳海关']);
    expect(names('考入江西省立第三师范学校')).toEqual(['江西省立第三师范学校']);
  });

  it('reads a body founded in quotes: `成立“金兰同学社”`', () => {
    expect(names('和进步同学成立“金兰同学社”')).toEqual(['金兰同学社']);
    expect(names('发起组织“马克思主义研究会”')).toEqual(['马克思主义研究会']);
    // An honour in quotes is no body.
    expect(names('授予“模范学员大队”荣誉称号')).toEqual([]);
  });

  it('reads 报 as a head only in a newspaper word: `申报` is a verb', () => {
    expect(names('作者向上海大世界吉尼斯总部申报纪录')).toEqual(['上海大世界吉尼斯总部']);
    expect(names('中国青年报记者')).toEqual(['中国青年报']);
  });

  it('takes no administration alone for a ministry, and insurance for no head', () => {
    expect(names('35家航空公司及机场管理局职员')).toEqual([]);
    expect(names('对高精尖保险财产的定损工作')).toEqual([]);
  });

  it('ends a name at a reporter, unless a head makes the reporters a body', () => {
    expect(names('新华社记者卢晶刘菁本报记者余清楚')).toEqual(['新华社']);
    expect(names('上半场比赛天津记者队连进三球')).toEqual(['天津记者队']);
  });

  it('reads a level glued to a whole head as that level’s body: `县检察院`', () => {
    expect(names('县检察院立案侦查终结')).toEqual(['县检察院']);
    expect(names('县法院判决')).toEqual(['县法院']);
  });

  it('stops a name at a verb after an administrative prefix', () => {
    expect(names('二是国家没有出台多少农业保险优惠政策')).toEqual([]);
  });

  it('ends a name inside a title that shares its head: `工业/局长`', () => {
    expect(names('钟祥市工业局长张三')).toEqual(['钟祥市工业局']);
    expect(names('外务省北美局长高野纪元')).toEqual(['外务省北美局']);
    // A deputy's rank and a body of ministers are not split.
    expect(names('外交部副部长杨洁篪')).toEqual(['外交部']);
    expect(names('欧盟部长理事会二十五日')).toEqual(['欧盟部长理事会']);
  });

  it('reads a kind jieba tags as a body as a kind: `交易中心/nt`, `卫生院/nt` alone', () => {
    expect(names('在机动车辆交易中心之间')).toEqual([]);
    expect(names('带着婴儿住到卫生院')).toEqual([]);
    expect(names('这些交易所各有自己的规则')).toEqual([]);
    // A state's ministry, its national team and its national academy are one each.
    expect(names('外交部和国家队')).toEqual(['外交部', '国家队']);
    expect(names('中国社科院和社科院')).toEqual(['中国社科院', '社科院']);
  });

  it('takes no party for 政党, and no bureau for 全局', () => {
    expect(names('第一个国际无产阶级革命政党的战斗纲领')).toEqual([]);
    expect(names('妥善处理这一事关全局的大事')).toEqual([]);
  });

  it('lets a bare head refer back to a body an earlier text named', () => {
    const earlier = findOrganizations('台中市政府社会局上周五宣布');
    expect(earlier).toEqual([{ start: 0, end: 8, text: '台中市政府社会局', head: '社会局' }]);
    const heads = withHeadsOf(new Map(), earlier);
    expect(names('社会局表示')).toEqual([]);
    expect(findOrganizations('社会局表示', heads).map((o) => o.text)).toEqual(['社会局']);
    const two = withHeadsOf(heads, findOrganizations('台北市政府社会局也表示'));
    expect(findOrganizations('社会局表示', two)).toEqual([]);
  });

  it('reads a verb phrase jieba tags as a person as the phrase: `大力加强/nr`', () => {
    expect(names('要大力加强党委的建设')).toEqual([]);
    expect(names('并郑重宣布区委、区政府')).toEqual(['区委']);
    expect(names('建立健全村委会工作规章制度')).toEqual([]);
    // A foreign name of four characters stays a name.
    expect(names('阿科松博电站')).toEqual(['阿科松博电站']);
  });

  it('starts no name at a two-character person word before a body jieba knows whole', () => {
    expect(names('祝贺中国卫生部成立')).toEqual(['中国卫生部']);
    expect(names('1997年荣获国家杰出青年基金。')).toEqual([]);
    expect(names('戈麦斯儿童医院有一个')).toEqual(['戈麦斯儿童医院']);
  });

  it('reads 党委会 alone as a kind, like 党委', () => {
    expect(names('公司董事会、党委会分设')).toEqual([]);
  });

  it('reads a centre before a market as the market’s, and schools by their short name', () => {
    expect(names('兴建国家级的武汉农产品中心批发市场')).toEqual([]);
    expect(names('她从宁夏财校毕业')).toEqual(['宁夏财校']);
  });

  it('reads 总会 as a head, not 夜总会; two armies are no army', () => {
    expect(names('向中华慈善总会代会长')).toEqual(['中华慈善总会']);
    expect(names('他总会来的，去夜总会')).toEqual([]);
    expect(names('中美两军人道主义救灾研讨会')).toEqual([]);
  });

  it('splits at 和 before a prefixed body, and keeps a numbered unit: `第四队`', () => {
    expect(names('固守千里黄河防线和反国民党顽固派')).toEqual(['国民党']);
    expect(names('他先后任抗日军政大学第四队、第六队队长')).toEqual(['抗日军政大学第四队']);
  });

  it('reads a place jieba glued to a noun as naming the body: `香港电影/n 代表团`', () => {
    expect(names('会见了以洪祖星为团长的香港电影代表团')).toEqual(['香港电影代表团']);
  });

  it('reads 学联 as a short head, and a country’s armed forces as no body', () => {
    expect(names('团中央和全国学联近日联合发出通知')).toEqual(['团中央', '全国学联']);
    expect(names('钱钟书离开西南联大时公开说')).toEqual(['西南联大']);
    expect(names('在联大发言')).toEqual([]);
    expect(names('向美方介绍了中国军队近年来的工作')).toEqual([]);
  });

  it('names a body stationed abroad from 驻, and reads troupes and advisers as heads', () => {
    expect(names('历任团长、驻越南军事顾问团顾问')).toEqual(['驻越南军事顾问团']);
    expect(names('斯洛伐克国家舞蹈团一行30人')).toEqual(['斯洛伐克国家舞蹈团']);
    expect(names('他驻北京多年')).toEqual([]);
  });

  it('takes no brand from the start of a person’s name, no place into a news agency', () => {
    expect(names('在谈到罗中关系时，伊利埃斯库说')).toEqual([]);
    expect(names('唐家璇出访非洲五国新华社北京6月9日电')).toEqual(['新华社']);
  });

  it('reads a listed place as a team only where the list goes on after it', () => {
    const columns = '法国世界杯开幕后，本站点将发布赛事传真、巴黎聚焦、法兰西随感等栏目。';
    expect(names(columns)).toEqual([]);
  });

  it('names a newspaper’s office and group by its title: `经济日报社`, `经济日报报业集团`', () => {
    expect(names('成立大会上，经济日报社社长徐心华')).toEqual(['经济日报社']);
    expect(names('经济日报报业集团今天正式成立')).toEqual(['经济日报报业集团']);
    expect(names('这家报社的记者')).toEqual([]);
  });

  it('reads a named laboratory as a body, a bare or national key one as a kind', () => {
    expect(names('并在东南大学建有吴健雄实验室。')).toEqual(['东南大学', '吴健雄实验室']);
    expect(names('吉林大学超硬材料国家重点实验室的研究人员')).toEqual([
      '吉林大学超硬材料国家重点实验室',
    ]);
    expect(names('在实验室里工作，建设国家重点实验室')).toEqual([]);
  });

  it('names a government’s office, a numbered ministry and a works by its number', () => {
    expect(names('省政府办公厅主任胡运钊告诉记者')).toEqual(['省政府办公厅']);
    expect(names('原第三机械工业部党组成员、副部长于辉')).toEqual(['第三机械工业部党组']);
    expect(names('四三二厂党委书记兼厂长')).toEqual(['四三二厂']);
    // A general office alone is no name, nor a government before a centre of its work.
    expect(names('办公厅主任说，要围绕市政府中心工作')).toEqual([]);
  });

  it('reads a fund before a prize as the prize, and 情系 as a verb', () => {
    expect(names('1994年又荣获安徽省徐悲鸿教育基金一等奖。')).toEqual([]);
    expect(names('重庆情系山区『三下乡』')).toEqual([]);
  });

  it('reads consulates and girls’ schools as heads, and a plenary meeting as an event', () => {
    expect(names('日本驻厦门领事馆即以我祖父')).toEqual(['日本驻厦门领事馆']);
    expect(names('厦南女中师生带头上街游行')).toEqual(['厦南女中']);
    expect(names('民盟安徽省九届一次全委会上')).toEqual(['民盟']);
  });

  it('names a society by its field and what it does: `鸟类/保护/协会`', () => {
    expect(names('他把受伤的鸟送给鸟类保护协会')).toEqual(['鸟类保护协会']);
    expect(names('民间有了消费者协会')).toEqual([]);
  });

  it('names a body by its name in quotes right before the head: `“幸福工程”组委会`', () => {
    expect(names('“幸福工程”组委会与本报群众工作部合作')).toEqual(['“幸福工程”组委会']);
    expect(names('观测距“大爆炸”中心3亿光年')).toEqual([]);
  });

  it('reads a paper’s supplement as one name: `《天津日报》文艺周刊`', () => {
    expect(names('为此，《天津日报》文艺周刊继一九九六年')).toEqual(['《天津日报》文艺周刊']);
  });

  it('reads the national legislature by its full name, with its term, not as a congress', () => {
    expect(names('全国人民代表大会是最高国家权力机关')).toEqual(['全国人民代表大会']);
    expect(names('在第二届全国人民代表大会第一次会议上')).toEqual(['第二届全国人民代表大会']);
    expect(names('第十七次妇女代表大会')).toEqual([]);
  });

  it('reads a place’s people’s congress as its legislature: `德州市人民代表大会`', () => {
    expect(names('他还光荣地出席了德州市人民代表大会。')).toEqual(['德州市人民代表大会']);
    expect(names('完善人民代表大会制度')).toEqual([]);
  });

  it('starts a name after `原` (former): `陕西省原民政厅党组` is `民政厅党组`', () => {
    expect(names('陕西省原民政厅党组副书记蒋天才')).toEqual(['民政厅党组']);
  });

  it('reads counted levels as a kind of many bodies: `区、乡两级党校`', () => {
    expect(names('区、乡两级党校每年对全区村干部进行培训')).toEqual([]);
  });

  it('reads a prefecture’s party committee alone as a body: `地委`', () => {
    expect(names('一跃而成为地委副书记')).toEqual(['地委']);
  });

  it('expands the short names of government commissions: `省教委`, `体委`', () => {
    expect(names('团省委、省教委等有关部门')).toContain('省教委');
    const canonical = canonicalNames(['广东省体委', '广东省体育运动委员会']);
    expect(canonical.get('广东省体委')).toBe('广东省体育运动委员会');
  });

  it('keeps the kind of company written after a brand: `平安保险/公司`, `空客/公司`', () => {
    expect(names('继去年成功承保岭澳核电站，平安保险公司在核电保险领域')).toContain('平安保险公司');
    expect(names('空客公司同时预测')).toEqual(['空客公司']);
  });

  it('finds no brand across the end of a person’s name: `张国华为集体`', () => {
    expect(names('1995年春季，张国华为集体出差办事')).toEqual([]);
    expect(names('亲属们说，老红军在弥留之际')).toEqual(['红军']);
  });

  it('reads a consortium as a body: `中国航天保险联合体`', () => {
    expect(names('该项目由中国航天保险联合体承保')).toEqual(['中国航天保险联合体']);
  });

  it('reads a fund named after a person as money, not a body: `侯祥麟奖励基金`', () => {
    expect(names('中国科学技术馆发展基金和侯祥麟奖励基金，基金总额')).not.toContain(
      '侯祥麟奖励基金',
    );
    expect(names('非洲开发银行、非洲发展基金和尼日利亚信托基金3个机构')).toContain('非洲发展基金');
  });

  it('reads a friendship society of two countries: `岩手县/n 日中/x 友好/a 协会`', () => {
    expect(names('参加由岩手县日中友好协会等单位主办的')).toEqual(['岩手县日中友好协会']);
    expect(names('美中友好协会代表团')).toEqual(['美中友好协会代表团']);
  });

  it('reads two places with the stretch between them as places, even in a match report', () => {
    expect(names('海钓比赛地点在厦门与金门之间的海域。')).toEqual([]);
    expect(names('中国以3:1战胜日本')).toEqual(['中国', '日本']);
  });

  it('names an administration by the field it governs: `知识产权/署`', () => {
    expect(names('知识产权署推广及公民教育主管冼崇浩说')).toEqual(['知识产权署']);
    expect(names('政务院成立后，下设新闻总署，首任署长是胡乔木')).toContain('新闻总署');
    expect(names('下设新闻总署，首任署长是胡乔木')).not.toContain('首任署');
  });

  it('keeps what a committee does and its field in its name: `香港创新科技委员会`', () => {
    expect(names('他又委任成立了香港创新科技委员会，正式拉开了')).toEqual(['香港创新科技委员会']);
  });

  it('splits a preposition jieba glued to a level: `从市/x 审计局` is `市审计局`', () => {
    expect(names('从市审计局对各乡镇财政年度审计得知')).toEqual(['市审计局']);
  });

  it('reads a level’s own party unit as a body: `处党委`, `厅党组`, not `各处党委`', () => {
    expect(names('处党委每半年进行一次理论考试')).toEqual(['处党委']);
    expect(names('第一，厅党组一班人没有走正路')).toEqual(['厅党组']);
    expect(names('各处党委要抓好学习')).toEqual([]);
  });

  it('reads a one-character head after an adjective as no body: `落实/a 处`', () => {
    expect(names('镇赉县反奢侈落实处本报讯')).toEqual([]);
    expect(names('对市直委办局、县区')).toEqual([]);
  });

  it('reads the discipline commission alone as the one the article is about: `纪委`', () => {
    expect(names('他说，受处分后我特别消沉，最怕见纪委的人。')).toEqual(['纪委']);
    expect(names('区委决定由区纪委牵头查办')).toEqual(['区委', '区纪委']);
  });

  it('joins a limited liability company jieba splits: `有限责任/l 公司`', () => {
    expect(names('成立了北京红枣制品有限责任公司，300多个')).toEqual(['北京红枣制品有限责任公司']);
  });

  it('reads a shopping centre as a venue: `赛特购物中心`', () => {
    expect(names('西单赛特购物中心等大型商厦分别进驻了厂家的直销员')).toEqual([]);
  });

  it('starts a name at the smaller of two places: `海南省/三亚市人大常委会`', () => {
    expect(names('海南省三亚市人大常委会一直把执法监督作为重点')).toEqual(['三亚市人大常委会']);
    expect(names('北京市海淀区法院少年刑事审判庭成立10年来')).toEqual(['海淀区法院少年刑事审判庭']);
    expect(names('长沙市妇联维权服务中心')).toEqual(['长沙市妇联维权服务中心']);
    expect(names('周真国便动员在贵州平坝县地质小学教书的妻子')).toEqual(['平坝县地质小学']);
    expect(names('如今已办成了一所完全小学。')).toEqual([]);
  });

  it('reads halls of amusement and chieftains as no bodies: `游戏厅`, `土司`', () => {
    expect(names('变成了歌舞厅、卡拉ok厅、家具商品展销厅、电子游戏厅等')).toEqual([]);
    expect(names('展示了他熟知的藏族土司制度的盛衰历史')).toEqual([]);
  });

  it('starts a name at a township jieba tags as an idiom: `乌咀乡/i 建筑公司`', () => {
    expect(names('被告乌咀乡建筑公司承建了乌咀乡联校两栋办公楼')).toEqual([
      '乌咀乡建筑公司',
      '乌咀乡联校',
    ]);
    expect(names('而在乡（镇）中心卫生院分娩')).toEqual([]);
  });

  it('reads `一届` as no term, and `各级人大` as many: `一届又一届人大`', () => {
    expect(names('也是一届又一届人大努力工作的结果。')).toEqual(['人大']);
    expect(names('上一届国务院妇女儿童工作委员会做了大量工作')).toEqual([
      '国务院妇女儿童工作委员会',
    ]);
    expect(names('从全国人大到地方各级人大普遍换届的时节')).toEqual(['全国人大']);
    expect(names('九届人大一次会议')).toEqual(['九届人大']);
  });

  it('starts at a two-character county after its province: `湖南省/南县人大常委会`', () => {
    expect(names('湖南省南县人大常委会与县人民法院合力')).toEqual(['南县人大常委会', '县人民法院']);
  });

  it('reads the committees of a people’s congress by their short names: `内司委`', () => {
    expect(names('南县人大内司委的同志冒雪赶往乌咀乡')).toEqual(['南县人大内司委']);
    expect(names('内司委的同志找到了被告')).toEqual(['内司委']);
  });

  it('takes the level before a legislature: `县/人大代表` names `县人大`', () => {
    expect(names('今年还当选为县人大代表。')).toEqual(['县人大']);
  });

  it('reads a leading group named by its task: `国务院扶贫开发领导小组办公室`', () => {
    expect(names('张铭羽（国务院扶贫开发领导小组办公室副主任）：扶贫')).toEqual([
      '国务院扶贫开发领导小组办公室',
    ]);
  });

  it('reads courts in general, shops and civil society as no bodies', () => {
    expect(names('由人民法院依据事实作出公正的裁决')).toEqual([]);
    expect(names('还买了一台冰柜，办了一个小卖部。')).toEqual([]);
    expect(names('像幸福工程这样的民间组织所从事的工作')).toEqual([]);
  });

  it('keeps a numbered unit after its body, though jieba reads it as a count: `十六局/四处`', () => {
    expect(names('铁道部十六局四处在北京地铁王府井站施工中首创')).toEqual(['铁道部十六局四处']);
    expect(names('他在四处奔走')).toEqual([]);
  });

  it('reads areas as kinds, not places that name a body: `地区`, `园区`', () => {
    expect(names('在地下水位较高地区构筑地铁站的难题')).toEqual([]);
    expect(names('目前，该地区学校缺少体育老师')).toEqual([]);
  });

  it('starts no name at who someone is now: `现为/x 吉林省美协`', () => {
    expect(names('现为吉林省美协副主席')).toEqual(['吉林省美协']);
  });

  it('splits 驻 from the country jieba glued it to: `驻法/n 使馆`', () => {
    expect(names('为我国驻法使馆收藏。')).toEqual(['驻法使馆']);
  });

  it('reads the consultative conference and a unit’s party committee alone: `政协`, `支队党委`', () => {
    expect(names('更好地履行政协委员职责的需要')).toEqual(['政协']);
    expect(names('几年来，这个支队党委针对')).toEqual(['支队党委']);
    expect(names('市政协主席')).toEqual(['市政协']);
  });

  it('joins the league to its centre jieba split: `团/n 中央书记处/nt`', () => {
    expect(names('团中央书记处书记黄丹华发表了热情洋溢的讲话。')).toEqual(['团中央书记处']);
  });

  it('reads restaurants and hotels run as businesses: `华龙酒楼`, `聚龙酒家`', () => {
    expect(names('离开华龙酒楼后，我们紧随稽查干部来到发票开具处———聚龙酒家。')).toEqual([
      '华龙酒楼',
      '聚龙酒家',
    ]);
    expect(names('在新德里各大饭店中也是名列前茅')).toEqual([]);
    expect(names('上海银星皇冠假日酒店、大连博览大酒店、深圳粤海酒店')).toEqual([
      '上海银星皇冠假日酒店',
      '大连博览大酒店',
      '深圳粤海酒店',
    ]);
    expect(names('入住一家大酒店')).toEqual([]);
  });

  it('reads no body in a name, in levels together or in the country’s local offices', () => {
    expect(names('李铁军一九八八年大学毕业后')).toEqual([]);
    expect(names('红牌罚下场，斯图加特队大举反扑')).toEqual(['斯图加特队']);
    expect(names('一些市县政府在组织企业改制')).toEqual([]);
    expect(names('为此，我们召开了全国税务局长会议')).toEqual([]);
    expect(names('一路小跑朝隔壁娱乐中心奔去。')).toEqual([]);
  });

  it('keeps a school’s department whatever jieba tags 系: `北京舞蹈学院民间舞蹈系`', () => {
    expect(names('北京舞蹈学院民间舞蹈系1998届学生最近')).toEqual(['北京舞蹈学院民间舞蹈系']);
    expect(names('燕京大学化学系')).toEqual(['燕京大学化学系']);
  });

  it('starts no name at an adverb glued to a preposition: `正由/x 中国检察日报社`', () => {
    expect(names('正由中国检察日报社影视部摄制。')).toEqual(['中国检察日报社']);
  });

  it('reads squads by their number, alone or in a chain: `二中队`, `第一监狱二中队`', () => {
    expect(names('在蛇口东南角靠近二中队的一块空地上')).toEqual(['二中队']);
    expect(names('荣获“青年文明号”的第一监狱二中队干警正在做犯人的思想工作')).toEqual([
      '第一监狱二中队',
    ]);
    expect(names('武警一总队十支队十四中队')).toEqual(['武警一总队十支队十四中队']);
    expect(names('组成一支队伍，派出几个中队')).toEqual([]);
  });

  it('reads no party in a workplace’s members: `中直机关党的建设`', () => {
    expect(names('全面加强中直机关党的思想建设')).toEqual([]);
    expect(names('中直机关党委')).toEqual(['中直机关党委']);
  });

  it('ends a name at a part of a town: `西峡县县城加油站` names no body', () => {
    expect(names('河南省西峡县县城加油站占街道加油现象相当严重')).toEqual([]);
  });

  it('reads a publisher by the one word before it, whatever jieba tags it: `红旗/nr 出版社`', () => {
    expect(names('周溯源编著、红旗出版社出版的《毛泽东评点古今人物》')).toEqual(['红旗出版社']);
    expect(names('该书已由长征出版社出版。')).toEqual(['长征出版社']);
    expect(names('一些地方出版社和部分参展书商和出版社')).toEqual([]);
  });

  it('reads the big banks by their short forms, which jieba takes for verbs: `建行上海市分行`', () => {
    expect(names('像建行上海市分行正在推广“一门三步”操作')).toEqual(['建行上海市分行']);
    expect(names('农行和交行')).toEqual(['农行', '交行']);
  });

  it('reads no name after `某` (a certain one): `某文学院`, `某炮兵旅党委`', () => {
    expect(names('该剧以某文学院为主要表现环境')).toEqual([]);
    expect(names('北京军区某炮兵旅党委在抓好')).toEqual([]);
  });

  it('reads a cable station jieba splits at its classifier: `四川/有线电视/台`', () => {
    expect(names('不能不佩服四川有线电视台的眼光')).toEqual(['四川有线电视台']);
  });

  it('reads morning and city papers as one word: `重庆晨报`, `华西都市报`, `联合早报`', () => {
    expect(names('据悉，汇映期间重庆晨报及电台、电视台将以影片介绍')).toEqual(['重庆晨报']);
    expect(names('华西都市报记者')).toEqual(['华西都市报']);
    expect(names('据联合早报报道')).toEqual(['联合早报']);
  });

  it('runs a registered company’s name over a body word to its legal form', () => {
    expect(names('兼任陕西煤业化工集团有限责任公司监事会主席')).toEqual([
      '陕西煤业化工集团有限责任公司',
    ]);
    // A place still starts a name afresh.
    expect(names('来到山东省临沂市罗庄镇私营企业临沂孙武食品有限公司报到')).toEqual([
      '临沂孙武食品有限公司',
    ]);
  });

  it('ends a name at a post held, and starts none at a verb glued to a name (`任和君/x`)', () => {
    expect(names('章卫东现任江西财经大学教授')).toEqual(['江西财经大学']);
    expect(names('刘二飞现任信泰资产管理有限公司联合创始人')).toEqual(['信泰资产管理有限公司']);
    expect(names('孙先生曾任北京矿冶研究总院处长')).toEqual(['北京矿冶研究总院']);
    expect(names('任和君集团有限公司财务顾问')).toEqual([]);
  });

  it('reads mines as bodies when named: `顺昌煤矿`, `德兴铜矿`, not `露天煤矿`', () => {
    expect(names('让其下属的顺昌煤矿')).toEqual(['顺昌煤矿']);
    expect(names('历任德兴铜矿矿长')).toEqual(['德兴铜矿']);
    expect(names('年产500万吨原煤的露天煤矿。')).toEqual([]);
    expect(names('村里开办了一座煤矿')).toEqual([]);
  });

  it('splits a school glued to a subject: `第一/中学语文/nz 教师`', () => {
    expect(names('安徽省淮南煤矿第一中学语文教师亓瑜萍')).toEqual(['安徽省淮南煤矿第一中学']);
  });

  it('reads a society jieba splits after its field’s 学: `诉讼法学/会`', () => {
    expect(names('中国诉讼法学会常务理事')).toEqual(['中国诉讼法学会']);
    expect(names('中国化学会和中国数学会')).toEqual(['中国化学会', '中国数学会']);
    expect(names('他上大学会很辛苦')).toEqual([]);
  });

  it('reads the legislature a deputy sits in, with its place and term', () => {
    expect(names('他是全国人大代表')).toEqual(['全国人大']);
    expect(names('现任江西省第十二届人大代表')).toEqual(['江西省第十二届人大']);
    expect(names('全国政协委员')).toEqual(['全国政协']);
  });

  it('keeps a modifier inside a registered company’s name: `蓝科石化高新/d 装备股份有限公司`', () => {
    expect(names('甘肃蓝科石化高新装备股份有限公司独立董事')).toEqual([
      '甘肃蓝科石化高新装备股份有限公司',
    ]);
    // A place in brackets does not count as a word between the verb and the legal form.
    expect(names('这家名叫成都通用医疗设备（西南）有限公司的新企业')).toEqual([
      '成都通用医疗设备（西南）有限公司',
    ]);
  });

  it('reads what a body the gazetteer knows owns: `普华永道中天会计师事务所`, `武钢程潮铁矿`', () => {
    expect(names('曾任普华永道中天会计师事务所高级审计员')).toEqual(['普华永道中天会计师事务所']);
    expect(names('近日，武钢程潮铁矿518名职工')).toEqual(['武钢程潮铁矿']);
    expect(names('民革第九届中央常务委员会第三次会议')).toEqual(['民革第九届中央常务委员会']);
    expect(names('加安微软因特网“探索者”')).toEqual(['微软']);
  });

  it('splits 任 glued to an unknown name: `曾/任华晋/x 焦煤有限责任公司`', () => {
    expect(names('曾任华晋焦煤有限责任公司副总经理')).toEqual(['华晋焦煤有限责任公司']);
  });

  it('reads the short form a filing defines, and every later use of it', () => {
    const text =
      '收到华晨汽车集团控股有限公司(以下简称“华晨集团”)转来的批复，同意无偿划转给华晨集团持有。';
    expect(names(text)).toEqual(['华晨汽车集团控股有限公司', '华晨集团', '华晨集团']);
    // A role is no short form of the body (`公司`, `甲方`).
    expect(names('金杯汽车股份有限公司（以下简称“公司”）收到通知，公司股票停牌。')).toEqual([
      '金杯汽车股份有限公司',
    ]);
    const defined = findOrganizations(text);
    const aliases = withAliasesOf(new Map(), text, defined);
    expect(aliases.get('华晨集团')).toBe('华晨汽车集团控股有限公司');
    expect(findOrganizations('华晨集团持有该股权', undefined, aliases).map((o) => o.text)).toEqual([
      '华晨集团',
    ]);
    expect(canonicalNames(['华晨集团'], aliases).get('华晨集团')).toBe('华晨汽车集团控股有限公司');
  });

  it('keeps a brand’s trade in its company’s short name: `华润医药控股`, not `微软投资`', () => {
    expect(names('华润医药控股拟通过增资')).toEqual(['华润医药控股']);
    expect(names('华润医药与江西省国资委')).toEqual(['华润医药', '江西省国资委']);
    expect(names('微软投资这家公司')).toEqual(['微软']);
  });

  it('runs a registered company’s name over the verbs of its trade to its legal form', () => {
    expect(names('中国证券登记结算有限责任公司上海分公司于近日将')).toEqual([
      '中国证券登记结算有限责任公司上海分公司',
    ]);
    expect(names('方剑等持有的杭州遥望网络股份有限公司全部股权')).toEqual([
      '杭州遥望网络股份有限公司',
    ]);
  });

  it('keeps the country jieba wrote into a body the gazetteer knows: `中国证监会/nt`', () => {
    expect(names('不以本次非公开发行获得中国证监会核准为前提')).toEqual(['中国证监会']);
    expect(names('使西南交大的学生')).toEqual(['西南交大']);
  });

  it('ends a name at what the body plans and at a sum of money (`拟`, `12亿元`)', () => {
    expect(names('北京电商投资公司拟以人民币12亿元回购公司北京基地的土地厂房')).toEqual([
      '北京电商投资公司',
    ]);
    expect(names('北巴传媒拟与启迪科技城集团有限公司共同投资')).toEqual([
      '北巴传媒',
      '启迪科技城集团有限公司',
    ]);
    // A plan in a body's name is no plan (`发展计划委员会`).
    expect(names('自治区发展计划委员会')).toEqual(['自治区发展计划委员会']);
  });

  it('reads a company named in a business district and a brand jieba split in two', () => {
    expect(names('确定为北京电子商务中心区投资有限公司')).toEqual([
      '北京电子商务中心区投资有限公司',
    ]);
    expect(names('收购合众创亚包装服务(亚洲)有限公司100%股份')).toEqual([
      '合众创亚包装服务(亚洲)有限公司',
    ]);
  });

  it('reads a short form defined after a remark in the brackets', () => {
    expect(
      names('设立启迪公交(北京)科技股份有限公司(暂定名,以下简称“合资公司”)。合资公司将以'),
    ).toEqual(['启迪公交(北京)科技股份有限公司', '合资公司', '合资公司']);
  });

  it('reads every short form in the brackets, not a role, a deal or a document', () => {
    expect(
      names('深圳市长亮科技股份有限公司（以下简称“公司”或“长亮科技”）召开会议，长亮科技董事会'),
    ).toEqual(['深圳市长亮科技股份有限公司', '长亮科技', '长亮科技']);
    expect(names('冀东发展集团有限责任公司（以下简称“本次交易”）')).toEqual([
      '冀东发展集团有限责任公司',
    ]);
  });

  it('keeps a partnership’s legal form in brackets: `(有限合伙)`, `合伙企业`', () => {
    expect(
      names('共同投资广东创吉八号创业投资合伙企业(有限合伙)(以下简称“创吉八号”),公司作为'),
    ).toEqual(['广东创吉八号创业投资合伙企业(有限合伙)', '创吉八号']);
    expect(names('拟与广州尚东美御商务咨询中心(有限合伙)共同投资')).toEqual([
      '广州尚东美御商务咨询中心(有限合伙)',
    ]);
    expect(names('设立合伙企业')).toEqual([]);
  });

  it('reads a one-character place inside a brand: `神狐时代/云/科技有限公司`', () => {
    expect(names('增资参股湖北神狐时代云科技有限公司')).toEqual(['湖北神狐时代云科技有限公司']);
  });

  it('reads a company named in Latin letters by its legal form', () => {
    expect(names('所持有的Top Speed (Shanghai) Limited(以下简称“Top Speed”)的股权')).toEqual([
      'Top Speed (Shanghai) Limited',
      'Top Speed',
    ]);
    expect(names('The Siemens AG board')).toEqual(['Siemens AG']);
  });

  it('ends a name at a courtesy and at a leader’s title (`谨向`, `副总理兼`)', () => {
    expect(names('在此，中共中央谨向致公党中央以及全体成员致以崇高的敬意')).toEqual([
      '中共中央',
      '致公党中央',
    ]);
    expect(names('陪同访问的国务院副总理兼外交部长钱其琛')).toEqual(['国务院', '外交部']);
  });

  it('reads no body inside an idiom (`发扬光大`) and no meeting as a body (`协商会`)', () => {
    expect(names('把优良传统继承下来并发扬光大')).toEqual([]);
    expect(names('多次参加民主党派人士座谈会、协商会')).toEqual([]);
  });

  it('reads a body jieba wrote with its member: `联合国/安理会常任理事国`', () => {
    expect(names('中美作为联合国安理会常任理事国')).toEqual(['联合国安理会']);
    // Also when the member word starts with the body (`安理会常任理事国/nt`).
    expect(names('作为亚太一员和安理会常任理事国，中国')).toEqual(['安理会']);
  });

  it('reads a hotel named by common nouns, two at least: `世纪广场旅馆`, not `政府宾馆`', () => {
    expect(names('在他下榻的世纪广场旅馆分别会见了')).toEqual(['世纪广场旅馆']);
    expect(names('住进政府宾馆')).toEqual([]);
  });

  it('reads two countries jieba split and the aims a body joins (`中/f 俄/j`, `和平与发展`)', () => {
    expect(names('中俄友好和平与发展委员会举行会议')).toEqual(['中俄友好和平与发展委员会']);
    expect(names('中俄友好、和平与发展委员会今天下午')).toEqual(['中俄友好、和平与发展委员会']);
    expect(names('坚持和平、发展和合作')).toEqual([]);
  });

  it('ends a name at a visit (`会见`, which jieba tags a noun) and reads no motorcade', () => {
    expect(names('李瑞环会见光彩事业促进会理事会议代表')).toEqual([]);
    expect(names('在国宾摩托车队的护卫下')).toEqual([]);
  });

  it('reads a bare 委员会 as the one committee the article named, however spelled', () => {
    const first = findOrganizations('中俄友好和平与发展委员会举行会议');
    const second = findOrganizations(
      '中俄友好、和平与发展委员会今天下午举行首次会议',
      withHeadsOf(new Map(), first),
    );
    const heads = withHeadsOf(withHeadsOf(new Map(), first), second);
    expect(
      findOrganizations('两位元首都对委员会的正式启动表示祝贺', heads).map((o) => o.text),
    ).toEqual(['委员会']);
    // Not a head that ends a longer name: that name is read whole, a brand in Latin letters too.
    expect(
      findOrganizations('他被任命为Palisades公园委员会的委员', heads).map((o) => o.text),
    ).toEqual(['Palisades公园委员会']);
  });

  it('reads no gazetteer name from inside one word into the next (`民主/建国/会`)', () => {
    expect(names('我们相信，民主建国会新一代领导集体')).toEqual(['民主建国会']);
    expect(canonicalNames(['民主建国会']).get('民主建国会')).toBe('中国民主建国会');
  });

  it('reads a bare 理事会 as the one board the article named', () => {
    const heads = withHeadsOf(new Map(), findOrganizations('审议黄埔军校同学会理事会工作报告'));
    expect(
      findOrganizations('选举新一届理事会，组成新的领导机构', heads).map((o) => o.text),
    ).toEqual(['理事会']);
  });

  it('reads two bodies jieba wrote as one word: `中办国办/nt`', () => {
    expect(names('中办国办发出通知')).toEqual(['中办', '国办']);
    expect(canonicalNames(['国办']).get('国办')).toBe('国务院办公厅');
  });

  it('reads two bodies of one kind side by side as two, a unit after its body as one', () => {
    expect(names('中共中央办公厅国务院办公厅')).toEqual(['中共中央办公厅', '国务院办公厅']);
    expect(names('国家知识产权局专利局')).toEqual(['国家知识产权局专利局']);
  });

  it('reads a bureau of affairs by its field and Hong Kong’s final court', () => {
    expect(names('民政事务局局长、政制事务局局长')).toEqual(['民政事务局', '政制事务局']);
    expect(names('事务局')).toEqual([]);
    expect(names('应解释为香港特别行政区终审法院')).toEqual(['香港特别行政区终审法院']);
  });

  it('keeps the term jieba wrote into a legislature: `第八届全国人民代表大会/nz`', () => {
    expect(names('第八届全国人民代表大会第五次会议预备会议通过')).toEqual([
      '第八届全国人民代表大会',
    ]);
  });

  it('names a national body without the region before it, with the country before it', () => {
    expect(names('负责选举香港特别行政区第九届全国人民代表大会代表的工作')).toEqual([
      '第九届全国人民代表大会',
    ]);
    expect(names('中国全国政协主席')).toEqual(['中国全国政协']);
  });

  it('reads the two parties of `国共两党` and the two Strait bodies by their short names', () => {
    expect(names('经历了由主张国共两党谈判到由国共两党主导')).toEqual(['国', '共', '国', '共']);
    expect(canonicalNames(['国', '共']).get('共')).toBe('中国共产党');
    expect(names('在此基础上，海协与海基会达成口头共识')).toEqual(['海协', '海基会']);
    expect(names('全国共有三百所')).toEqual([]);
  });

  it('joins two names a dash links into one body: bilateral societies, joint names', () => {
    expect(names('圭亚那—中国友好协会名誉主席海因兹')).toEqual(['圭亚那—中国友好协会']);
    expect(names('特立尼达和多巴哥—中国友好协会会长')).toEqual(['特立尼达和多巴哥—中国友好协会']);
    expect(names('佩诺—里加集团失去了一')).toEqual(['佩诺—里加集团']);
    // A dash after a name that no name follows still ends it.
    expect(names('新华社—记者报道')).toEqual(['新华社']);
  });

  it("keeps a place abroad before its society about China, and a country's national body", () => {
    expect(names('乌拉圭中国文化协会主席埃米略')).toEqual(['乌拉圭中国文化协会']);
    expect(names('美国中国商会会长')).toEqual(['美国中国商会']);
    expect(names('突尼斯全国行政学院主席')).toEqual(['突尼斯全国行政学院']);
    // A delegation is where it visits, and China's own national bodies are China's.
    expect(names('访问塞舌尔中共代表团')).toEqual(['中共代表团']);
    expect(names('广东全国人大代表')).toEqual(['全国人大']);
  });

  it('reads two countries jieba did not know as a word as the pair a bilateral body names', () => {
    expect(names('日中友好协会会长')).toEqual(['日中友好协会']);
    expect(names('我要感谢美中友协美西分会等友好团体')).toEqual(['美中友协美西分会']);
    // Two countries' forces are two.
    expect(names('隔着界河相互观察的中俄边防部队')).toEqual([]);
  });

  it("takes a branch of a society and a bank's sub-branch, and the region it covers", () => {
    expect(names('美中友协西部地区分会主席')).toEqual(['美中友协西部地区分会']);
    expect(names('工商银行东城支行行长')).toEqual(['工商银行东城支行']);
    // A direction after a place is a region, not a name.
    expect(names('新疆北部地区')).toEqual([]);
    expect(names('大会分会场')).toEqual([]);
  });

  it("reads a country's communist party by its first character when jieba writes it as a word", () => {
    expect(names('法共前总书记乔治·马歇')).toEqual(['法共']);
    expect(names('他会见了越共领导人和美共代表')).toEqual(['越共', '美共']);
    expect(names('依法共同管理')).toEqual([]);
  });

  it('reads an institution named by its kind as a kind after `地方`', () => {
    expect(names('北爱地方议会选举结果')).toEqual([]);
    expect(names('约旦议会通过')).toEqual(['约旦议会']);
  });

  it('lets a place jieba does not know name the local post that serves it: `闻韶派出所`', () => {
    expect(names('他被调往闻韶派出所任所长')).toEqual(['闻韶派出所']);
    expect(names('一大批能人被选进村委会班子')).toEqual([]);
  });

  it('reads a verb that ends in 处 as no office: `漯河市纪委/严肃查处`', () => {
    expect(names('省纪委会同漯河市纪委严肃查处了郾城县8名干部')).toEqual(['省纪委', '漯河市纪委']);
  });

  it('reads a kind of team jieba tags as a body as a kind: `联防队`', () => {
    expect(names('炳奎还扩充了联防队，加强了夜间巡逻力量')).toEqual([]);
    expect(names('赛后，中国羽毛球队总教练李永波说')).toEqual(['中国羽毛球队']);
  });

  it('reads a body in a list that `各级` or `各省` opened as every level’s: `各级党委、政府和纪委`', () => {
    expect(names('河南省各级党委、政府和纪委加强监督检查')).toEqual([]);
    expect(names('回顾了三年来各级统战部、工商联采取的措施')).toEqual([]);
    expect(names('中国光彩事业促进会暨各省、市、自治区光彩事业促进会负责同志')).toEqual([
      '中国光彩事业促进会',
    ]);
    expect(names('市纪委加强监督检查')).toEqual(['市纪委']);
  });

  it('reads a grade of a quality jieba tags as a person as a describing word: `高素质/nr`', () => {
    expect(names('培养高素质妇联干部队伍')).toEqual([]);
  });

  it('reads the whole country’s bodies at a kind of level as a kind: `全国省市妇联`', () => {
    expect(names('全国省市妇联主席工作会议在上海召开')).toEqual([]);
  });

  it('reads organizations of a kind of people as many: `香港妇女组织`', () => {
    expect(names('全国妇联和香港妇女组织不存在隶属关系')).toEqual(['全国妇联']);
    expect(names('香港妇女组织联合会发表声明')).toEqual(['香港妇女组织联合会']);
  });

  it('ends a name before a station jieba wrote whole: `北京铁路局太原分局/太原火车站`', () => {
    expect(names('北京铁路局太原分局太原火车站客运值班员史改梅')).toEqual(['北京铁路局太原分局']);
  });

  it('lets residents and villagers name their committee: `村民委员会`', () => {
    expect(names('解庄村村民委员会主任')).toEqual(['解庄村村民委员会']);
  });

  it("joins a court's chamber to the court: `海淀区人民法院刑事审判二庭`", () => {
    expect(names('北京市海淀区人民法院刑事审判二庭审判员尚秀云')).toEqual([
      '海淀区人民法院刑事审判二庭',
    ]);
    expect(names('该院刑事审判庭庭长')).toEqual([]);
  });

  it('keeps the party centre and its organ one body: `中共中央书记处`', () => {
    expect(names('中共中央书记处书记、中央政法委书记任建新')).toEqual([
      '中共中央书记处',
      '中央政法委',
    ]);
    expect(names('中办国办发出通知')).toEqual(['中办', '国办']);
  });

  it("reads a reporter's name in a byline as a person even when a brand has it: `记者苏宁报道`", () => {
    expect(names('本报北京1月21日讯记者苏宁报道')).toEqual([]);
    expect(names('记者从苏宁获悉')).toEqual(['苏宁']);
  });

  it('reads `一` after a place as "a", not a number: `南通一乡镇卫生院`, but `北京一总队`', () => {
    expect(names('身陷债务纠葛的南通一乡镇卫生院的医生孙启勤')).toEqual([]);
    expect(names('他在上海一中学任教')).toEqual([]);
    expect(names('在偏远山区的武警北京一总队十支队十四中队')).toEqual([
      '武警北京一总队十支队十四中队',
    ]);
    expect(names('为济南军区一五二医院选派出医疗队')).toEqual(['济南军区一五二医院']);
  });

  it('knows 京东 as the retailer, apart from 京东方', () => {
    expect(names('京东下乡推广群房村店')).toEqual(['京东']);
    expect(names('京东方科技集团发布年报')).toEqual(['京东方科技集团']);
  });

  it('reads a whole title in 《》 as a work, unless it is a paper’s: `《德军总部》`', () => {
    expect(names('Activision发布了一部《德军总部》的最新视频')).toEqual([]);
    expect(names('并在《河南日报》公开曝光')).toEqual(['河南日报']);
  });

  it('reads leaving or joining a team as a verb: `蒙塔里离队后`', () => {
    expect(names('蒙塔里离队后，球队实力大损')).toEqual([]);
  });

  it('keeps two banks by their short names apart: `交行工行`', () => {
    expect(names('交行工行信用卡收入猛涨')).toEqual(['交行', '工行']);
  });

  it('reads a county jieba tags as a noun before its government: `崇礼县政府`', () => {
    expect(names('崇礼县政府投资了30多亿')).toEqual(['崇礼县政府']);
    expect(names('该县政府和全县政府部门')).toEqual([]);
    expect(names('全国地级市政府都要落实')).toEqual([]);
  });

  it('lets a brand the gazetteer knows open its registered company: `携程计算机技术（上海）有限公司`', () => {
    expect(names('携程计算机技术（上海）有限公司、上海携程商务有限公司')).toEqual([
      '携程计算机技术（上海）有限公司',
      '上海携程商务有限公司',
    ]);
    expect(names('花旗信贷落户湖北')).toEqual(['花旗信贷']);
  });

  it('knows oil majors and Hong Kong groups by their brand, and 电工 as a trade: `松下电工`', () => {
    expect(names('美国的美孚、埃索、阿莫科，香港的长江实业等一批财团')).toEqual([
      '美孚',
      '埃索',
      '阿莫科',
      '长江实业',
    ]);
    expect(names('三菱、住友、松下电工等跨国公司')).toEqual(['三菱', '住友', '松下电工']);
  });

  it('splits a particle and a preposition jieba glued to a level: `地向市/x 医院`', () => {
    expect(names('深一脚，浅一脚地向市医院奔去')).toEqual(['市医院']);
  });

  it('reads 所 before "commonly" as the particle, not an institute: `国家民族所共有`', () => {
    expect(names('这是一个国家民族所共有的大问题')).toEqual([]);
  });

  it('reads a set phrase with 所 inside a name as a clause: `陈述亲眼所见日军暴行`', () => {
    expect(names('在法庭上，直接陈述亲眼所见日军暴行的')).toEqual([]);
  });

  it('reads a few of a kind of firm as a kind: `几家电视广播公司`', () => {
    expect(names('主要的几家电视广播公司已从去年10月')).toEqual([]);
  });

  it('reads a revolutionary party as a kind of party: `从革命党向执政党转变`', () => {
    expect(names('从革命党向执政党转变')).toEqual([]);
  });

  it('reads a schedule’s clock times as no scores: `8:50—9:20 …与中国经济改革`', () => {
    expect(names('8:50—9:20 钱颖一教授 演讲 “现代经济学与中国经济改革”')).toEqual([]);
    expect(names('中国队以3:1战胜日本队')).toEqual(['中国队', '日本队']);
  });

  it('reads a task body’s schools as its field, not a school: `指挥部学校专项组`', () => {
    expect(names('南京市疫情防控指挥部学校专项组将适时赴各区组织抽查')).toEqual([
      '南京市疫情防控指挥部',
    ]);
  });

  it('reads allying with a country as a verb: `和俄国联盟`, but `欧洲联盟` is the union', () => {
    expect(names('法国也和俄国联盟，彼此相约瓜分中国')).toEqual([]);
    expect(names('中国和欧洲联盟签署协议')).toEqual(['欧洲联盟']);
  });

  it('reads some or many of a kind of firm as a kind: `部分省网公司`, `红筹公司`', () => {
    expect(names('甚至部分省网公司出现亏损')).toEqual([]);
    expect(names('香港上市的红筹公司')).toEqual([]);
    expect(names('不少外资银行和中国银行')).toEqual(['中国银行']);
  });

  it('names an organizing committee by its event: `北京国际马拉松赛组委会`', () => {
    expect(names("'98北京国际马拉松赛组委会宣布")).toEqual(['北京国际马拉松赛组委会']);
    expect(names('外围赛中国队获胜')).toEqual(['中国队']);
  });

  it('reads people counted before a word as no congress: `7000万人大签名`', () => {
    expect(names('归还北方领土，7000万人大签名')).toEqual([]);
    expect(names('这种人大都是在批判资产阶级反动路线的旗帜下起来的')).toEqual([]);
    expect(names('离不开人大的监督')).toEqual(['人大']);
    expect(names('三千人大会在人大会堂举行，人大常委会听取报告')).toContain('人大常委会');
  });

  it('reads a brand at the end of an unknown surname-first word as a given name: `邢世嘉`', () => {
    expect(names('邢世嘉')).toEqual([]);
    expect(names('世嘉公司发布新游戏')).toEqual(['世嘉公司']);
  });

  it('never takes the centre’s body as a unit of the one before it: `人事部中央综治委`', () => {
    expect(names('人事部中央综治委作出决定')).toEqual(['人事部', '中央综治委']);
    expect(names('中国致公党中央常务委员会委员')).toEqual(['中国致公党中央常务委员会']);
  });

  it('reads every place’s party committees as a kind: `各地党委`', () => {
    expect(names('希望各地党委和政府给予关心')).toEqual([]);
  });

  it('names the preparatory committee alone, as its news does: `筹委会`, `预委会`', () => {
    expect(names('筹委会先设立四个工作小组')).toEqual(['筹委会']);
    expect(names('先后设立了预委会和筹委会')).toEqual(['预委会', '筹委会']);
  });

  it("names Hong Kong's and Macao's councils and top court alone, the region understood", () => {
    expect(names('香港特区终审法院及终审法院首席法官')).toEqual(['香港特区终审法院', '终审法院']);
    expect(names('须由行政长官征得立法会同意')).toEqual(['立法会']);
    expect(names('1992年获委任为行政局议员')).toEqual(['行政局']);
    expect(names('澳门立法会今天开会')).toEqual(['澳门立法会']);
  });

  it('names a joint body by what it does jointly: `中国—东盟联合合作委员会`', () => {
    expect(names('他们将通过中国—东盟联合合作委员会等机制')).toEqual(['中国—东盟联合合作委员会']);
    expect(names('两国联合调查此案')).toEqual([]);
  });

  it('reads an institution named by its kind as a field in a list of fields', () => {
    expect(names('政治、经济、文化、议会、司法、军事等各个领域的交流')).toEqual([]);
    expect(names('布莱尔4日在议会说')).toEqual(['议会']);
  });

  it("starts the state's own body after the place it is written to (`北京/中华人民共和国国务院`)", () => {
    expect(names('北京中华人民共和国国务院李鹏总理阁下')).toEqual(['中华人民共和国国务院']);
  });

  it('reads a title before a meeting as the members who meet, not their ministry', () => {
    expect(names('第四次亚太经济合作组织财政部长会议于4月6日闭幕')).toEqual(['亚太经济合作组织']);
    expect(names('东盟外交部长会议')).toEqual(['东盟']);
    expect(names('外交部长会见了他')).toEqual(['外交部']);
  });

  it('takes a formation as a body, and reads `工党` and `绿党` as parties', () => {
    expect(names('圆满结束了海军舰艇编队首次对美洲的访问')).toEqual(['海军舰艇编队']);
    expect(names('飞行编队表演')).toEqual([]);
    expect(names('43岁的工党领袖成为最年轻的英国首相')).toEqual(['工党']);
  });

  it('reads an economic co-operation or health organization without a name as a kind', () => {
    expect(names('这是两个地区之间第一个区域性经济合作组织')).toEqual([]);
    expect(names('二是扶持乡村卫生组织；')).toEqual([]);
    expect(names('世界卫生组织总干事')).toEqual(['世界卫生组织']);
  });

  it("names a level's own body's units after it, and a town jieba did not know before its body", () => {
    expect(names('成立县委政务公开领导小组，')).toEqual(['县委政务公开领导小组']);
    expect(names('两年前，我们市委宣传部就将')).toEqual(['市委宣传部']);
    expect(names('县政务公开办公室逐乡逐村检查验收')).toEqual(['县政务公开办公室']);
    expect(names('一九九三年冬，召忽镇党委、政府')).toEqual(['召忽镇党委']);
    // A place is no level's body (`市中心`, `乡镇`).
    expect(names('随后在该市市中心的体育场')).toEqual([]);
  });

  it('reads no body in a deed done anew or in a person jieba split after a village', () => {
    expect(names('山东安丘市召忽镇婚事新办')).toEqual([]);
    expect(names('正赶上东殷民村殷治军、孟庆胜二人结婚')).toEqual([]);
  });

  it('takes `人民` before a force the gazetteer names by its kind: `人民空军`', () => {
    expect(names('为了建设强大的人民空军，我们')).toEqual(['人民空军']);
  });

  it('ends a name before the person who holds a title in it, or who represents it', () => {
    expect(names('中宣部常务副部长郑必坚代表中宣部在座谈会上')).toEqual(['中宣部', '中宣部']);
    expect(names('欧盟部长理事会')).toEqual(['欧盟部长理事会']);
  });

  it("names the party centre's bodies glued to their field, and splits a head jieba glued on", () => {
    expect(names('中央文献研究室主任逄先知')).toEqual(['中央文献研究室']);
    expect(names('建市之初，辽宁省政府教育督导团对盘锦教育的评估')).toEqual([
      '辽宁省政府教育督导团',
    ]);
  });

  it('reads the Secretariat by its kind, and a first-rate or ordinary body as a kind', () => {
    expect(names('中共中央政治局常委、书记处书记、中央党校校长胡锦涛')).toEqual([
      '中共中央政治局',
      '书记处',
      '中央党校',
    ]);
    expect(canonicalNames(['书记处']).get('书记处')).toBe('中央书记处');
    expect(names('到目前已初步具备国际一流电视台的规模')).toEqual([]);
    expect(names('全国现有林业普通中等专业学校和技工校11所')).toEqual([]);
  });

  it('keeps the province and the city in a registered company name', () => {
    expect(names('原江苏省苏州宝碟激光电子有限公司副总经理卜兴华')).toEqual([
      '江苏省苏州宝碟激光电子有限公司',
    ]);
    expect(names('北京市海淀区人民法院')).toEqual(['海淀区人民法院']);
  });

  it('ends a name at a title glued to 兼, and reads a business department alone as a kind', () => {
    expect(names('原广东省音像出版社社长兼彩翎音像制作有限公司董事长')).toEqual([
      '广东省音像出版社',
      '彩翎音像制作有限公司',
    ]);
    expect(names('案发后，财务部负责人刘永金参与了')).toEqual([]);
    expect(names('湖南等省区的宣传部、组织部和邮电管理部门的负责同志')).toEqual([]);
    expect(names('内蒙古自治区宣传部的同志')).toEqual(['内蒙古自治区宣传部']);
  });

  it('reads a bookshop or a sports centre as a venue', () => {
    expect(names('这就是广州市购书中心，这座新建筑和附近的天河体育中心')).toEqual([]);
  });

  it("reads a committee's central work as no centre: `市委/中心/工作`", () => {
    expect(names('紧紧围绕市委中心工作，团结引领各党派')).not.toContain('市委中心');
    expect(names('长沙市妇联维权服务中心工作人员')).toEqual(['长沙市妇联维权服务中心']);
  });

  it('reads a count of bodies as many, and splits 报 jieba glued to a level', () => {
    expect(names('国家教委等四部委制定')).toEqual(['国家教委']);
    expect(names('解放军三总部、驻京各大单位')).toEqual(['解放军']);
    expect(names('必须经审核小组审核同意后，方能报县人民政府批准实施。')).toEqual(['县人民政府']);
  });

  it('takes a prison as a body, and the Comintern by its name', () => {
    expect(names('在沈阳监狱中的机智斗争等')).toEqual(['沈阳监狱']);
    expect(names('他被关进监狱')).toEqual([]);
    expect(names('将共产国际的指示带到了中共中央')).toEqual(['共产国际', '中共中央']);
  });

  it('resolves short forms to the full name the article uses', () => {
    const canonical = canonicalNames([
      '全国妇联',
      '中华全国妇女联合会',
      '市妇联',
      '长沙市妇联',
      '非盟',
    ]);
    expect(canonical.get('全国妇联')).toBe('中华全国妇女联合会');
    expect(canonical.get('市妇联')).toBe('长沙市妇联');
    expect(canonical.get('非盟')).toBe('非洲联盟');
  });
});
