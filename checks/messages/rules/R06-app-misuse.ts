// R06 不得滥用各类软件 — 004 §九(六):
// “不得滥用各类软件。严禁通过工作群、业务群硬性摊派、打卡签到,严禁微信群随意布置任务、索要材料或简单以上传工作截图评价工作实绩。”
// Central (中央网信委, 2023): “严禁脱离工作实际强制要求打卡接龙、即时响应，随意摊派任务、索要材料”
// Central (中办, 2019): “不得以微信工作群、政务APP上传工作场景截图或录制视频来代替对实际工作评价”.
//
// What makes a message a breach is the imposing voice: a check-in, photo or download
// demanded of the grassroots through a chat group or an app. Words such as 打卡, 截图 or
// 点赞 alone are everyday chatter, so most checks need a chat/app venue or an order in
// the same sentence, and `accept` asks for an order, quota or sanction in the sentence.
import { defineRule, type MatchContext } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_004, DOC_CENTRAL_2019, DOC_CENTRAL_WORKGROUPS } from '../basis.js';
import { RELIEF_ALL_RULES } from '../relief-exceptions.js';

/** Photos and videos of work, as proof: the three checks that follow them into a group, an app
 *  or a named platform read them as `{{photo}}` and use them as prefilter keywords. */
const PHOTO_WORDS = ['照片', '图片', '相片', '视频', '录像', '自拍', '工作照', '合影', '现场图'];

/** Local word classes. Every alternative of `venue` contains one of VENUE_KEYWORDS, so a
 *  pattern built on it can use them as its prefilter keywords. Unlike the lexicon's
 *  `chatGroup`, there is no bare 群 here: 群众 and 群体 must not count as a chat group. */
const LOCAL = {
  venue: String.raw`(?:
      (?:工作|业务|微信|钉钉|政务|企业微信|政务微信|浙政钉|粤政易|干部|村干部|网格)群(?:里|内|中|上)?
    | (?:安全|防汛|防火|应急|值班|河长制?|巡河|网格化?|管理|通知|联络|调度|党建|专班)(?:工作)?群(?![众体])(?:里|内|中|上)?   # a group named by its topic: 镇安全群, 防汛值班群 (not 管理群众)
    | 本群 | 该群 | 这个群(?:里)? | 群(?:里|内|中|上)
    | 浙政钉 | 粤政易 | 政务微信 | 企业微信 | 钉钉 | 蒙速办 | 办事通 | 云岭通? | 工作台 | 小程序 | app | 客户端 | 公众号 )`,
  /** Chat venues only: groups and the chat apps (钉钉, 浙政钉, 粤政易, 政务微信, 企业微信).
   *  Reporting data into a form platform (小程序, 工作台, an app) is form-filling (R03), not
   *  a task or demand dropped into a group. */
  chatVenue: String.raw`(?:
      (?:工作|业务|微信|钉钉|政务|企业微信|政务微信|浙政钉|粤政易|干部|村干部|网格|乡镇|镇|村|社区|街道)群(?:里|内|中|上)?
    | 本群 | 该群 | 这个群(?:里)? | 群(?:里|内|中|上)
    | 浙政钉 | 粤政易 | 政务微信 | 企业微信 | 钉钉 )`,
  /** A platform named in quotes or corner brackets: “社工云”, 「网格通」, 『党建在线』 (its kind,
   *  APP or 小程序, may follow: “智慧党建”APP). */
  photo: `(?:${PHOTO_WORDS.join('|')})`,
  namedPlatform: String.raw`(?:[“"「『‘][^,;:!?。\n“”"「」『』‘’]{1,8}[”"」』’])`,   // ‘河长通’: single quotes inside a quoted transcript
  /** What a cadre is doing where the location is sent from: 巡山, 巡林, 巡河, 值守, 在岗, 入户 (发巡山定位, 发在岗定位). */
  dutyWord: String.raw`(?:巡[山林田河湖堤坝渠线街路区护防逻查]|值守|值班|在岗|到岗|上岗|执勤|工作|上班|下村|入户|走访|卡口|点位)`,
  /** Apps, accounts and platforms one can be made to download, register on or follow. */
  appThing: String.raw`(?:app|客户端|小程序|公众号|视频号|抖音号?|快手号?|微博|应用|软件|平台|学习强国|浙政钉|粤政易|政务微信|企业微信|钉钉|蒙速办|国家反诈中心)`,
  /** The concept of an app burden, whatever the phrasing around it: a check-in, a location
   *  or track, a screenshot, a chain reply, being online or answering at once, a like, a
   *  platform login or sign-up rate. With a sanction next to it (concept check below) it is
   *  imposed. Includes voice-input homophones (签道, 打咔). */
  appBurden: String.raw`(?:签倒 | 水印(?:相机|照片)      # 签倒: voice input; 水印相机 stamps time and place as proof
    | 打卡 | 打咔 | 签到 | 签道 | 接龙 | 截图 | 截屏 | 截个图 | 截取页面 | 秒回 | 已读 | 点赞 | 答题 | 开视频(?!(?:调度|工作|推进|专题|培训)?会|分会场) | 摄像头   # not 开视频会 / 套开视频会: a meeting (R05)
    | 位置服务 | 定位服务 | 位置权限 | 定位功能 | 装机(?:数|率|量)? | (?:照片|图片|视频)(?:数量|张数|条数)
    | 定位(?:打卡|签到|签道|为准|共享) | 发定位 | app定位 | 手机定位 | 实时定位 | 实施位置 | 实时位置 | 位置共享 | 轨迹
    | (?:保持|随时|时刻|始终|全天候?|群)在线 | 在线(?:时长|率)
    | (?:第一时间|即时|随时)(?:响应|回复|回应)
    | (?:登录|登陆|注册|入驻|激活|关注|下载|安装)(?:率|量|人数) | (?:每天|每日|按时)(?:登录|登陆) | 全员(?:入驻|注册|下载|关注|安装)
    | (?:钉钉|浙政钉|粤政易|app|群里|群内)定位 | 定位(?:一次|记录)                        # 各在钉钉定位一次, 定位记录每周调阅
    | (?:照片|对比照|工作照|合影|视频)[^,;:!?。\n]{0,6}(?:一|再)?传(?:到|至|进)[“"]      # photos into a named app (照片一周一传到“民情通”);
                                                                    # photos attached to a report are R03 (照片留痕), not here
    | (?<!(?:排名|名次|排行|得分|分数|成绩|榜单?|晾|亮)[^,;:!?。\n]{0,2})(?:发|传|晒)(?:到|至|进)?(?:本|这个|网格|工作|值班|支部|党员)?群(?![众体])   # not a ranking
                                                                    # aired there (排名晒到群里, 晾晒到群): R02's device, see 'ranking-aired'
    | 回复一次 | 回复[“"]在岗 | 截(?:一次|一下|几张)(?:图|屏)?   # 打包发群; 每两小时回复一次“在岗”
    | 传(?:不够|不足|不满)[0-9一二两三四五六七八九十]{1,3}张 | (?:照片|图片|相片)(?:必须|务必|须|要|都要)?(?:传完|传齐|传够|补传) )   # photos owed by
                                                                    # a count: 传不够20张的补传, 照片必须传齐`,
};

/** Prefilter literals of the concept check: one of them is in every `appBurden` match. */
const PLATFORM_ACTS = ['登录', '登陆', '注册', '入驻', '激活', '关注', '下载', '安装'];
const BURDEN_KEYWORDS = [
  '打卡', '打咔', '签到', '签道', '签倒', '水印相机', '水印照片', '接龙', '截图', '截屏', '截个图', '截取页面', '秒回', '已读', '点赞', '答题', '开视频', '摄像头', '位置服务', '定位服务', '位置权限', '定位功能', '装机', '照片数量', '图片数量', '视频数量', '照片张数', '图片张数', '视频条数',
  '定位', '实施位置', '实时位置', '位置共享', '轨迹',
  '保持在线', '随时在线', '时刻在线', '始终在线', '全天在线', '全天候在线', '群在线', '在线时长', '在线率',
  ...['第一时间', '即时', '随时'].flatMap((w) => ['响应', '回复', '回应'].map((a) => w + a)),
  ...PLATFORM_ACTS.flatMap((a) => ['率', '量', '人数'].map((n) => a + n)),
  '每天登录', '每日登录', '按时登录', '每天登陆', '每日登陆', '按时登陆',
  ...['入驻', '注册', '下载', '关注', '安装'].map((a) => '全员' + a),
  '定位一次', '定位记录', '回复一次', '回复“在岗', '传到“', '传至“', '传进“',
  ...['发', '传', '晒'].flatMap((v) => ['', '到', '至', '进'].flatMap((p) => ['', '本', '这个', '网格', '工作', '值班', '支部', '党员'].map((g) => `${v}${p}${g}群`))),
  '截一次', '截一下', '截几张',
  '传完', '传齐', '传够', '补传', '传不够', '传不足', '传不满',
];

const GROUP_TOPICS = ['安全', '防汛', '防火', '应急', '值班', '河长', '河长制', '巡河', '网格', '网格化', '管理', '通知', '联络', '调度', '党建', '专班'];
const VENUE_KEYWORDS = [...GROUP_TOPICS.flatMap((t) => [`${t}群`, `${t}工作群`]), '群里', '群内', '群中', '群上', '本群', '该群', '这个群', '工作群', '业务群', '微信群', '钉钉', '政务群', '干部群', '网格群', '浙政钉', '粤政易', '政务微信', '企业微信', '蒙速办', '办事通', '云岭', '工作台', '小程序', 'app', '客户端', '公众号'];

/** An order, a quota or a sanction in the sentence: someone is being made to do it.
 *  "明天记得在钉钉上打卡哦" between colleagues, "大家都24小时在线，太累了" as a complaint,
 *  or "照片我发群里了" carry none of these. */
const ORDER =
  /请|要|须|务必|一律|统一|各[乡镇村社街苏嘎单部科位网包驻级个分]|每个|每人|每名|每位|全体|每[一两0-9]{0,2}个?(?:小时|钟头)|完成率|所有|每天|每日|每晚|每周|按时|及时|抓紧|不少于|至少|留痕|留档|存档|备查|证明|作为|视为|[前内]完成|之前|截止|(?<!不|不作|不再|无需)(?:统计|通报|处理)|缺勤|迟到|旷工|脱岗|扣分|点名|超时|逾期|(?:没有?|未|不)(?:回复?|回应|响应)的/;
// 超时没回的 / 未回复的: a sanction on whoever does not answer in time is itself the order ("5分钟之内回复“收到”，超时没回的我截图报给书记")

/** A numbered item of a notice ("1.关注…视频号;") takes its order from the notice's header
 *  ("请各街道组织社区工作者:"), so for such items the whole message is read. */
const LIST_ITEM = /^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[.、)]|^\((?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\)/;

/** Order words that are themselves negated ("不再要求", "无需") order nothing. */
const NEGATED_ORDER = /(?:不再|不|无需|无须|不用|不必|不得|并不)(?:要求|需要|要|须)/g;

/** What turns a bare app burden (concept check) into an imposed one: a sanction, an order
 *  word, a deadline or a frequency/quota somewhere in the same sentence, before or after it.
 *  Looked for by accept() over the sentence, so the reach is not bounded by a regex gap. */
const CUE = new RegExp(
  [LEXICON.sanction, LEXICON.imposition, LEXICON.deadline].map((src) => src.replace(/\s+/g, '')).join('|') +
    '|不计入|不算|调阅|逾期|超时|每[0-9一二两三四五六七八九十半]{0,2}个?(?:小时|天|日|周|晚)|[0-9一二两三四五六七八九十]+张|至少',
);

/** Study platforms whose points may be ranked: a bare 积分排名 is also how 党建积分 or 文明户积分
 *  are run (R02's business), so the platform must be named in the message. */
const STUDY_PLATFORM = /学习强国|学习积分|学习平台|学习app|网络学院|干部网院|在线学习|网上学习|学习兴税|每日一学|每日答题/;

/** Outings, sights, fitness and parties: their 打卡 and 接龙 are no work check-in ("周末想去老界岭爬山的同事可以一起，
 *  到山顶打卡拍照", "今天步数两万，打卡一下"). Steps or runs made into proof (步数截图发群, 注册…app 每天步数, 按步数排名)
 *  are an app burden, not leisure. */
const LEISURE = /打卡点|打卡地|(?:景区|景点|公园)(?![^。;!?\n,]{0,4}(?:安全|巡查|巡逻|防火|消防|值守|值班|执勤|秩序|客流|隐患|检查))|爬山|登山|网红|旅游|游玩|拍照留念|美食|聚餐|聚会|团购|拼团|接龙买|球赛|婚礼|生日|(?<!(?:注册|下载|安装|截图|截屏|排名)[^。;!?\n]{0,16})(?:健步走|步数|跑步)(?![^。;!?\n]{0,12}(?:截图|截屏|发群|发到|传到|排名|上传))/;
// A scenic area as the place of duty (景区安全巡查照片, 公园防火巡逻) is a workplace, not an outing.
/** ...unless the outing is itself the work order, proved in a work group or counted ("各镇干部周末前必须到景区打卡，
 *  拍照发到工作群，镇里统计完成人数"): a show of support ordered, proved and tallied is an app burden. Read here, not
 *  as an exception, because it needs the whole sentence twice (a leisure word and no such proof anywhere in it). */
const WORK_PROOF = /工作群|干部群|统计|完成人数|完成率|完成情况|考核|通报|排名|点名|扣分|未完成/;

/** A correction that denies the outing and names the real order ("不是让大家去景区打卡，是县里要求……截图发群里"):
 *  the denied clause is left out when looking for leisure. */
const DENIED_OUTING = /不是[^,;:!?。\n]{0,16}[,;][^,;:!?。\n]{0,2}?是/g;

function accept(ctx: MatchContext): boolean {
  if (LEISURE.test(ctx.sentence.replace(DENIED_OUTING, '')) && !WORK_PROOF.test(ctx.sentence)) return false;
  if (ctx.groups.pts && !STUDY_PLATFORM.test(ctx.text)) return false;
  // Study points aired by whoever ranks them ("本周学习强国积分晾晒来啦"): publishing the league is the
  // imposition, whether or not an order word shares the sentence.
  if (ctx.groups.aired) return true;
  const scope = (LIST_ITEM.test(ctx.sentence) ? ctx.text : ctx.sentence).replace(NEGATED_ORDER, '');
  if (!ORDER.test(scope)) return false;
  return !ctx.groups.concept || CUE.test(scope);
}

export default defineRule(
  {
    meta: {
      code: 'R06',
      slug: 'app-misuse',
      title: '不得滥用各类软件',
      description: '通过工作群、政务APP强制打卡签到、截图拍照留痕、下载注册关注点赞转发刷积分、要求24小时在线秒回，或在群里随意布置任务、索要材料。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(六)',
          quote: '不得滥用各类软件。严禁通过工作群、业务群硬性摊派、打卡签到,严禁微信群随意布置任务、索要材料或简单以上传工作截图评价工作实绩。',
        },
        {
          source: 'central',
          document: DOC_CENTRAL_WORKGROUPS,
          section: '',
          quote: '严禁脱离工作实际强制要求打卡接龙、即时响应，随意摊派任务、索要材料',
        },
        {
          source: 'central',
          document: DOC_CENTRAL_2019,
          section: '',
          quote: '不得以微信工作群、政务APP上传工作场景截图或录制视频来代替对实际工作评价',
        },
      ],
    },
    patterns: [
      {
        id: 'location-check-in',
        description: '要求发定位、共享实时位置或接龙报到：这些只能在群里或APP上做，本身就是群内打卡。',
        keywords: ['定位', '位置', '接龙', '结龙', '节龙', '截龙'],
        pattern: String.raw`
          (?<trigger>
              发(?:送|个|一下|一个|下|一次|条){0,2}(?:实时|当前|现场|所在[^,;:!?。\n的]{0,4}|个人|本人|{{dutyWord}})?(?:的)?定位   # 发定位, 发个实时定位, 发巡查定位, 发巡山定位, 发在岗的定位, 发所在地块的定位
            | 定位打卡 | 定位签到 | 实时定位
            | 实时位置 | 位置共享 | 共享(?:实时)?位置              # 打开实时位置共享
            | 接龙                                                 # 接龙报到 / 接龙签到 / 接龙回复
            | [结节截]龙(?=[^,;:!?。\n]{0,2}(?:报到|签到|报数|回复|报平安|报人数|报名单|打卡)) # voice input: 结龙报到, 节龙签到
            | (?:定位|位置)[^,;:!?。\n]{0,2}发(?:到|至|进)?(?:本群|群)   # word order turned round: 定位发群, 位置发一下群里
            | 发[^,;:!?。\n]{0,8}?(?:照片?|自拍|图片?|视频|合影)[”"」』]?(?:\+|和|及|与|加|带|附|、|以及|连同)(?:上|个)?(?:实时|当前|现场)?(?:定位|位置) )
                                                                    # a photo sent with the location: 发“在岗自拍”+定位, 发照片和实时位置`,
        examples: {
          match: ['各村书记接龙报到', '打开微信实时位置共享', '每天早上在群里发定位', '网格员定位签到', '各村定位发群', '每天在群里发一张工作照加实时定位', '护林员上山后发巡林定位', '值班干部每晚发个在岗的定位', '每两小时发一次所在网格的定位'],
          noMatch: ['定位准确，措施得力', '单位位置在县政府三楼', '发展规划和功能定位', '发了一张照片给我看看位置在哪', '发挥工作定位的作用'],
        },
      },
      {
        id: 'check-in',
        description: '在工作群、钉钉等APP上，或按天、按时要求打卡签到（前有群、APP或频次）。',
        keywords: ['打卡', '打个卡', '打一下卡', '打一次卡', '打次卡', '达卡', '搭卡', '签到', '签个到', '报到', '扣1', '扣个1', '视频连线', '视频点名', '视频签到', '视频抽查'],
        pattern: String.raw`
          (?: {{venue}}                                            # in a chat group or an app ...
            | 每天 | 每日 | 每晚 | 每早 | 早晚 | 上下班 | 定时 )      # ... or on a daily schedule
          [^;!?。\n]{0,20}                                          # filler, may cross commas
          (?<trigger> 打(?:个|一下|一次|次)?卡 | [达搭]卡 | 签(?:个)?到 | 群内报到        # 达卡, 搭卡: voice input for 打卡
            | 扣(?:个)?1 | 视频(?:连线|点名|签到|抽查) )                     # 在群里扣个1, 在群里视频连线看人在不在`,
        examples: {
          match: ['请大家每天早上八点前在群里打个卡', '村干部上下班都要在钉钉上打卡', '每日上午9点前签到', '点完在群里扣个1', '今天晚上都要在群里视频连线', '巡河员每天在钉钉上达卡两次'],
          noMatch: ['请参会人员提前15分钟到会场签到', '明天记得打卡'],
        },
      },
      {
        id: 'check-in-venue-after',
        description: '先说打卡签到、后说在群里或APP上完成，或未打卡的按缺勤、迟到处理。',
        keywords: ['打卡', '打个卡', '打一下卡', '打一次卡', '签到'],
        pattern: String.raw`
          (?<trigger> 打(?:个|一下|一次)?卡 | 签到 )
          [^;!?。\n]{0,16}
          (?: {{venue}} | 缺勤 | 旷工 | 迟到 | 脱岗 | 通报 | 扣分 | 截图 )   # where, or what happens if one does not`,
        examples: {
          match: ['没打卡的按缺勤处理', '签到情况截图发群里', '打卡记录在钉钉上查'],
          noMatch: ['签到表放在门口', '打卡拍照真好看'],
        },
      },
      {
        id: 'missed-check-in',
        description: '对不打卡、未签到、没发定位的人定下处罚（“不打卡视为脱岗”“漏签到的按缺勤算”“没发定位的扣分”）：处罚本身说明打卡是强制的。否定词在触发词里，不是在免除。',
        keywords: ['打卡', '打个卡', '达卡', '搭卡', '打咔', '签到', '签道', '签倒', '定位'],
        pattern: String.raw`
          (?<trigger>
            (?:不|未|没有?|漏)(?:按时|按要求|及时|准时|当天)?(?:打(?:个)?卡|[达搭]卡|打咔|签到|签道|签倒|发(?:个)?定位|定位)   # whoever does not check in ...
            (?:的|者|人员|干部)?[^,;:!?。\n不免]{0,6}?                                      # (不算缺勤, 免于通报: no sanction)
            (?: (?:视为|视同|按|算|当|记为?|作)[^,;:!?。\n]{0,3}?(?:脱岗|缺勤|旷工|迟到|缺席|离岗|早退|未到岗|未在岗|不在岗|擅离职守)   # ... counts as absent ...
              | 扣(?:分|绩效|工资|奖金|补贴) | 通报 | 点名 | 约谈 ) )                                           # ... or is punished`,
        examples: {
          match: ['不打卡视为脱岗', '漏签到的一律按缺勤算', '没发定位的干部扣绩效', '每两小时打卡一次，未打卡的通报'],
          noMatch: ['不打卡也没关系', '未签到的同志请补签', '没打卡是因为手机没电', '系统维护期间未打卡的不算缺勤'],
        },
      },
      {
        id: 'screenshot-proof',
        description: '要求截图、截屏回传或发群，以截图证明工作（包括“上传工作截图”“晒截图”）。',
        keywords: ['截图', '截屏', '截个图', '截张图', '截了', '截一下'],
        pattern: String.raw`
          (?:
            (?<trigger> 截(?:了|一下)?(?:个|张)?图 | 截屏 )         # take a screenshot ...
            [^,;:!?。\n]{0,8}
            (?:发|回传|上传|上报|报送|传|晒|提交|留存|存档|为证|备查|反馈|交)   # ... and send or keep it as proof
          | (?:上传|晒|发|提交|回传|报送|没有)[^,;:!?。\n]{0,6}(?:截图|截屏)   # upload / post / no screenshot
          | (?:截(?:了|一下)?(?:个|张)?图 | 截屏)[^;!?。\n]{0,12}            # a deadline between (截图，于20:00前回传至…群)
            (?:回传|上传|传至|传到|发(?:到|至|进)|报送|提交|汇总(?:至|到|后)|发送至|报至) )`,
        examples: {
          match: ['注册成功页面截图发到本群', '积分页面每天截图发群', '截图回传', '不再简单以上传工作截图评价实绩', '没有截图的一律视为没干', '巡河轨迹导出截图，于20:00前回传至街道河长制工作群'],
          noMatch: ['截图工具在哪里下载'],
        },
      },
      {
        id: 'photo-to-group',
        description: '要求把工作照片、视频发到群里或上传到APP留痕（须有布置语气或数量要求）。',
        keywords: [...VENUE_KEYWORDS, ...['发', '传', '晒'].flatMap((v) => ['', '到', '至', '进'].map((p) => `${v}${p}群`))],
        pattern: String.raw`
          (?: 照片 | 图片 | 相片 | 视频 | 录像 | 自拍 | 拍照 | 拍个照 | 拍张照 | 合影 | 现场图 | 轨迹图? | 心得 | 体会 | 感想 | 读后感 )   # proof of work or of study
          [^;!?。\n]{0,12}                                           # what, who, when (may cross a comma)
          (?<trigger> (?:发|传|晒|上传|回传|报|推送|分享|回复)(?:到|至|在|进|给)?[^,;:!?。\n]{0,8}{{venue}}
            | (?:发|传|晒)(?:到|至|进)?群(?![众体名]) )                # bare 发群: 拍照发群, 照片传到群
        `,
        examples: {
          match: ['麻烦各乡镇把今天入户走访的照片发群里', '入户时拍照发群', '巡河照片当天传到群', '巡查时须拍照上传到“智慧网格”小程序', '走访的照片，各社区统一发到粤政易工作群里', '回来把轨迹图发到工作群里', '每人读后写一句学习体会回复在群里'],
          noMatch: ['照片拍得真好'],
        },
      },
      {
        id: 'group-photos',
        description: '先说发到群里或在APP上传、后说照片：“各村每天上传到群里的环境整治照片”“在蒙速办上传当日工作照片”。',
        keywords: VENUE_KEYWORDS,
        pattern: String.raw`
          (?<trigger>
              (?:发|传|晒|上传|回传)(?:到|至|在|进)[^,;:!?。\n]{0,6}{{venue}}   # posted to the group ...
            | (?:在|于|通过|用|利用|经)[^,;:!?。\n]{0,4}{{venue}}[^,;:!?。\n]{0,2}(?:上传|发布?|晒|报送|提交|传|拍|(?:把|将)[^,;:!?。\n]{0,4}) )   # 于工作群发布…合影; 通过企业微信把…照片报给   # ... or in / through the app (在群里拍个视频) ...
          [^;!?。\n]{0,12}
          (?: 照片 | 图片 | 相片 | 视频 | 录像 | 对比照 | 工作照 | 合影 | 自拍 )   # ... the photos (在群里发“在岗自拍”)`,
        examples: {
          match: ['各村每天上传到群里的环境整治照片', '每天18时前在“蒙速办”上传当日工作照片', '每到一个点就在群里拍个小视频', '每天上班前在钉钉群发一张自拍'],
          noMatch: ['发到群里的通知'],
        },
      },
      {
        // Split from group-photos so that each keeps a reach recheck can still prove safe.
        id: 'named-group-photos',
        description: '在引号里写明名字的群里上传、发照片（“同时在“海e渔”群内上传码头现场照片”“在“蓝天卫士”群里发现场照片”）。',
        keywords: ['”群', '"群', '”工作群', '"工作群'],
        pattern: String.raw`
          (?:在|于|通过|往|向)[“"][^,;:!?。\n“”"]{1,8}[”"](?:工作)?群(?![众体])(?:里|内|中|上)?   # in a group named in quotes ...
          (?<trigger> (?:上传|回传|发布?|晒|传|报送|提交) )[^;!?。\n]{0,10}?                  # ... post ...
          {{photo}}                # ... the photos`,
        examples: {
          match: ['同时在“清水河巡护”群里传当天的巡护照片', '每天在"平安东岭"工作群里发一张在岗照片'],
          noMatch: ['在“平安东岭”群里发通知', '在“城关”群众中宣传'],
        },
      },
      {
        id: 'photo-in-app',
        description: '要求在APP、小程序或群里当场拍照上传（“每天巡查必须在“大联动·微治理”APP里拍照上传”），APP名可写在引号里。',
        keywords: VENUE_KEYWORDS,
        pattern: String.raw`
          (?:在|于|通过|用|利用)(?:[^,;:!?。\n“”"]{0,4}|[“"][^,;:!?。\n“”"]{1,10}[”"])   # in the app, its name maybe in quotes ...
          {{venue}}(?:里|上|中|内)?
          (?<trigger> (?:拍照|拍摄|拍视频|拍个视频|拍张照|拍个照)后?(?:上传|回传|打卡|上报|提交|发送) )   # ... take the photo and upload it there`,
        examples: {
          match: ['每次入户都要在“智慧社区”app里拍照上传', '巡查时通过“平安通”小程序拍照后上传', '网格员在工作群里拍照打卡'],
          noMatch: ['在app里查看照片', '在群里发了一张照片'],
        },
      },
      {
        id: 'photos-to-named-platform',
        description: '要求把工作照片、视频上传到一个写在引号、书名号里的平台（“照片、签到表都扫描上传到「社区云」”），平台名不必带“APP”“小程序”字样。',
        keywords: [...PHOTO_WORDS, '拍照', '拍个照', '拍张照'],
        pattern: String.raw`
          (?:{{photo}} | 拍(?:个|张)?照)   # the photos, or taking them (拍照传到‘河长通’上) ...
          [^;!?。\n]{0,12}?
          (?<trigger> (?:上传|回传|传|发|晒|报送|提交|推送)(?:到|至|进|在)? {{namedPlatform}} )   # ... into the named platform`,
        examples: {
          match: ['走访照片和签到表统一上传「为民通」', '现场照片、会议记录都扫描后上传到『党建在线』', '入户拍张照传到‘民情通’'],
          noMatch: ['“智慧社区”上线了照片查询功能', '照片上传功能正在调试'],
        },
      },
      {
        id: 'upload-photos-into',
        description: '先说上传、发，再说照片，最后说传到哪个群、APP或引号里的平台（“每天上传一张工作照片到“乡村云”APP”“发几张巡河照片到工作群”）。',
        keywords: PHOTO_WORDS,
        pattern: String.raw`
          (?<trigger> (?:上传|回传|传(?![达统播承说闻递])|发(?![现展生挥放])|晒|报送|提交|推送) )   # upload (not 传达, 发现) ...
          [^,;:!?。\n]{0,10}?
          {{photo}}            # ... the photos ...
          [^,;:!?。\n发传报交晒推]{0,2}? (?:到|至|进)                                       # ... into (no second verb between: 照片请发到 is photo-to-group's) ...
          (?: {{namedPlatform}} | (?:镇村|乡村|镇|乡|村|县|区|街道|社区|苏木|嘎查)? {{venue}} )   # ... a named platform, a group (镇村干部群) or an app`,
        examples: {
          match: ['每天上传一张在村工作照片到“乡村云”APP', '巡河后发三张现场照片到河长制工作群', '每周提交入户视频至「平安通」'],
          noMatch: ['发现照片到处都是', '上传照片到电脑里备份'],
        },
      },
      {
        id: 'named-platform-photos',
        description: '先说在引号、书名号里的平台上传，后说照片、视频（“各社区每周在“社工云”上传不少于5条工作照片”）。',
        keywords: PHOTO_WORDS,
        pattern: String.raw`
          (?:在|于|通过|往|向|用) {{namedPlatform}} (?:平台|系统|app|小程序)?(?:上|里|中|内)?   # in the named platform ...
          (?<trigger> (?:上传|回传|发布?|晒|报送|提交|推送) )[^;!?。\n]{0,12}?                 # ... upload ...
          {{photo}}                # ... the photos`,
        examples: {
          match: ['各村每周在“乡村振兴云”上传不少于3张工作照片', '每天在「平安乡村」里发布巡逻视频'],
          noMatch: ['在“智慧社区”查看照片', '在“社工云”上传台账'],
        },
      },
      {
        id: 'download-register',
        description: '要求干部下载、安装、注册APP或关注公众号、视频号（须有布置语气）。',
        keywords: ['下载', '安装', '注册', '关注', '订阅', '认证'],
        pattern: String.raw`
          (?:
            (?<trigger> 下载(?:安装)? | 安装 | (?:实名)?注册 | 关注 | 订阅 )   # download / register / follow ...
            [^,;:!?。\n]{0,12}
            {{appThing}}                                               # ... an app or account
          | {{appThing}} [^,;:!?。\n]{0,14} (?:实名)?(?:注册|下载|认证)    # 某APP并完成注册, 在政务微信通讯录里实名认证
          | 下载注册 | 注册下载 )`,
        examples: {
          match: ['各乡镇干部今天之内下载“国家反诈中心”APP并完成注册', '请组织全体干部关注“西峡发布”公众号', '全体人员下载“健康西峡”APP并实名注册', '请各乡镇抓紧组织干部群众下载注册', '今晚前在政务微信“通讯录”里完善个人信息并实名认证'],
          noMatch: ['注册资本500万元', '关注民生问题'],
        },
      },
      {
        id: 'like-share-vote',
        description: '要求点赞、转发朋友圈、网络投票、刷票、刷积分（须有布置语气或数量要求）。',
        keywords: ['点赞', '点个赞', '点一下赞', '点下赞', '朋友圈', '投票', '刷票', '拉票', '投一票', '转发量', '转发数', '刷量', '刷积分', '刷分', '评论区', '一键三连'],
        pattern: String.raw`
          (?<trigger>
              (?:每人|每个人|人人|大家都|每天|每日|全体|所有|务必|必须|都要|组织|动员|发动)[^,;:!?。\n]{0,8}点(?:个|一下|下)?赞   # ordered likes, not praise
            | 点(?:个|一下|下)?赞[^,;:!?。\n]{0,6}(?:转发|评论|留言|截图|次数|数量|不少于)
            | (?:转发|分享|发)(?:到|至)?(?:个人)?朋友圈 | 朋友圈转发
            | (?:转发|分享|转)[^,;:!?。\n]{0,12}?(?:到|至|进)(?:个人|自己的?|各自)?朋友圈   # 转发农场公众号文章到朋友圈
            | 网络投票 | 网上投票 | 每人每天投票 | 投票点赞 | 帮忙投票 | 投一票 | 刷票 | 拉票
            | 转发量 | 转发数 | 刷量 | 刷积分 | 刷分
            | 评论区(?:留言|评论) | 一键三连 )`,
        examples: {
          match: ['请各乡镇干部每人每天投票点赞', '将今天头条推文转发到朋友圈', '把县融媒体的这条短视频转到自己朋友圈', '全体干部点赞转发', '这条视频大家都去点个赞'],
          noMatch: ['投票表决通过了', '群众纷纷点赞'],
        },
      },
      {
        id: 'study-points',
        description: '对“学习强国”等学习平台规定每日积分、学习时长或按积分排名（“每人每天积分不低于40分”）。',
        keywords: ['学习强国', '积分', '学分', '学习时长', '每日一学', '每日答题', '每周一答', '每日一练'],
        pattern: String.raw`
          (?:
            学习强国 [^;!?。\n]{0,12}
            (?<trigger> (?:积分|学分|学习时长|得分)?(?:不(?:得|能|应|准|可)?(?:低于|少于)|达到|至少|满|排名|排行|低于)[^,;:!?。\n]{0,4}(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})?分? | 积分排名 | 积分 )
            (?:的|情况|结果|榜)?(?<aired>晾晒|晒一晒|晒出来|公布|通报)?   # the points aired by whoever ranks them (“积分晾晒来啦”): accept() needs no order word
          | (?:学习积分|学分|学习时长) [^,;:!?。\n]{0,4} (?:不(?:得|能|应|准|可)?(?:低于|少于)|达到|至少|排名|排行|靠后|排(?:一次|一下|一回|个|次)名)   # 每周排一次名   # not bare 积分: 党建“月积分、季排名” is R02
          | (?:每天|每日|日均|当日)(?:学习)?(?:积分|得分)[^,;:!?。\n]{0,2}(?:不(?:得|能|应|准|可)?(?:低于|少于)|达到|至少|满)   # (不得低于, 不能少于)   # a DAILY points quota is a study app's (党建积分 run by month or quarter)
          | (?<pts> (?:积分|学分|学习时长)(?:的)?(?:排名|排行|排序) )   # 按各街道干部人均积分排名: accept() wants a study platform in the message
          | 每日一学 | 每日答题 | 每周一答 | 每日一练 )                     # other platforms' daily study tasks (accept() wants an order)`,
        examples: {
          match: ['“学习强国”每日学习不低于30分', '每天晚上8点公布各乡镇“学习强国”积分排名', '学习积分不少于40分', '上周学习强国积分公布了', '粤政易工作台的“每日一学”请每位社区工作者每天完成', '机关和村干部每人每日积分须达到35分', '每名干部学习积分不能少于30分', '学习强国积分不得低于35分',
            '“学习强国”学习情况每周通报一次，按各街道干部人均积分排名', '干部学习积分每月排个名'],
          noMatch: ['学习强国上那篇文章写得好', '党建工作实行月积分、季排名', '党员每季度积分不低于60分'],
        },
      },
      {
        id: 'instant-reply',
        description: '要求24小时在线、秒回、工作群不准静音或设免打扰，或几分钟内（以内）必须回复“收到”。',
        keywords: ['24小时', '二十四小时', '全天候', '随时在线', '秒回', '分钟', '半小时', '半个小时', '钟头', '一小时', '1小时', '一个小时', '第一时间回复', '即时回复', '立即回复', '静音', '免打扰', '屏蔽'],
        pattern: String.raw`
          (?<trigger>
              (?:24|二十四)小时[^,;:!?。\n]{0,4}在线
            | 全天候在线 | 随时在线 | 秒回
              # the group must never be muted: being reachable at every hour by another name
            | (?:(?:24|二十四)小时|群|群消息|消息|工作群|手机)[^,;:!?。\n]{0,2}(?:不准|不得|不许|不能|不要|禁止|严禁|别)(?:设置?|开(?:启)?)?(?:成)?(?:静音|免打扰|屏蔽)
            | (?:(?:[0-9]{1,2}|[一二两三五十几]{1,3})分钟 | 半个?(?:小时|钟头) | (?:一|1|一个)(?:小时|钟头))(?:之|以)?内[^,;:!?。\n]{0,6}   # within minutes (几分钟之内) ...
              (?:回复|回应|响应|答复|反馈|确认|接龙|已读 | 回(?:个|一下|一声)?[“"‘]?(?:收到|好的|1))   # ... answer (spoken: 就要回“收到”)
            | (?:第一时间|即时|立即)回复[“"]?收到 )`,
        examples: {
          match: ['各乡镇值班人员24小时在线', '群里发的消息必须5分钟内回复“收到”', '手机24小时开机在线', '通知一律10分钟内点“已读”', '群消息半小时内须回复', '防火期间值班群24小时不得静音', '工作群消息禁止设置免打扰', '十分钟以内要回应', '群里艾特到的，几分钟之内就得回个“收到”'],
          noMatch: ['24小时值班，保持电话畅通', '几分钟之内回来', '会议时长90分钟', '晚上可以把群设成免打扰'],
        },
      },
      {
        id: 'burden-with-sanction',
        description: '概念检查：一个软件负担（打卡、签到、定位、轨迹、截图、接龙、在线、秒回、即时响应、点赞、登录率、全员入驻、拍照上传、工作照、发群……）与一个布置用语在同一句里，且同句还有处罚或考核（纳入考核、视同脱岗、通报、扣分、点名、排名、调阅、不计入）、期限（今晚十点前）、频次或数量（每两小时、不少于、3张），不论先后、不论远近。',
        keywords: BURDEN_KEYWORDS,
        fallback: true,
        pattern: String.raw`
          (?<concept>)                                              # marks this check for accept(): the cue is looked for there
          (?<trigger> {{appBurden}} )                               # the burden; an order plus a sanction, deadline or quota
          (?<! (?:取消|不再|严禁|禁止|不得|不准|无需|不用|景区|景点|公园|网红|旅游|爬山)[^,;:!?。\n]{0,12} )   # a cleanup or an outing just before
                                                                    # it: the exceptions would drop it; skipped here, before judging
                                                                    # anywhere in its sentence (either order, any distance)`,
        examples: {
          match: ['每日早8:30前在钉钉上完成定位签道，未签道的视同脱岗', '登录率纳入部门和乡镇年度考核', '以“平安e家”APP定位为准，每日轨迹不足5公里的按未巡查处理', '每天把各社区上传的活动照片数量排个名，后五名周会点名',
            '并在政务微信群在线，上级来电来信息须第一时间响应，响应情况纳入本季度考评', '考核时看每天登录情况'],
          noMatch: ['明确功能定位，纳入年度考核', '发展定位准确', '每周把各村得分排名晒到群里，后两名约谈'],
        },
      },
      {
        id: 'group-assign',
        description: '在群里直接布置任务、摊派工作、索要材料，或要求在群里报送数据材料。',
        keywords: [...VENUE_KEYWORDS, '群”', '群"'],   // a group named in quotes: 在“青杠镇防火群”里
        pattern: String.raw`
          (?:
            (?<trigger> 在? {{venue}} (?:直接|随手|临时)?
              (?:布置|安排|派发|分派|摊派|交办|下达|索要|要材料|要数据|要名单|要表)   # assign or demand in the group
            | (?:在|再|通过|用|利用|经) (?: (?:(?:村|镇|乡|嘎查|社区|苏木)里的|咱们?|我们|镇|乡|村|县|区|街道|社区|苏木|嘎查)? {{chatVenue}}   # in / through the group or chat app (在村里的工作群里, 在镇干部群里;
                                                                    # 再群里报: voice input for 在) ...
                | [“"][^,;:!?。\n“”"]{1,8}(?:群[”"]|[”"](?:工作|业务|微信|钉钉|政务)?群(?![众体])) ) [^,;:!?。\n]{0,4}   # ... or a group named in quotes (在“青杠镇防火群”里),
                                                                    # or its name quoted before 群 (在“晋岭人社”群里, 在“沂岭农事”工作群里)
              (?:报送|上报|报一下|报一次|再报|(?<![填通汇])报(?![名销道])|提交|(?<![晾亮])晒|发(?:一下|下|过来|上来|送)
                | 交(?:上来|过来|一下|齐)?(?![流通友往际集叉换替错谈心代接])) # 直接在群里交 (a report handed in there; not 交流, 交代)
                                                                    # report or post it in the group (not 报名; 填报 is a form: R03;
                                                                    # 在群里晾晒 is the imposer airing a ranking: R02's device, see 'ranking-aired')
            | 在 {{chatVenue}} (?:直接|就|统一)? (?:把|将)[^,;:!?。\n]{1,16}(?:发|报|传|交)(?![了过])   # 在群里直接把各村监测员名单发一下 (not 我在群里把通知发了)
            | (?<=前|以前|之前|各(?:乡镇|镇|乡|村|社区|街道|组|单位|嘎查)|大家|统一|直接)   # no 在, right after a deadline or the units: 9点前群里报, 各村群里报, 直接群里报
              (?:工作|业务|微信|干部|村干部|镇村)?群(?:里|内|中) (?:直接|统一|及时|都)?
              (?:报送|上报|(?<![填通汇])报(?![名销道表])|填(?:一下|下|好)|交(?:上来|一下)?(?![流通友往际集叉换替错谈心代接]))
            | 在 {{chatVenue}} (?:直接|就|统一|都)? 填(?:一下|下|好|上)(?![报表写])     # a form filled in the group (在群里直接填一下; 填报 in an app is R03)
            )
          | (?:发|报|传|交|上传|回传|报送|提交)(?:到|至|进|给)?                # send it to this group (扫描件发群里)
            (?:这个群(?:里|内)? | 本群 | (?:咱们?|我们)?群(?:里|内|中)) )`,
        examples: {
          match: ['群里直接布置一下', '请各村今天下午再在群里报一次户籍人口数', '各村把联系人电话直接再群里报', '各社区每周二在“城东网格”群里报送走访表', '名单明早前直接群里报', '请各村把低保名单直接在群里发一下', '中午前发到这个群里', '各乡镇每天下午5点前在本群报送当日进度', '各社区每周五通过企业微信报送走访台账',
            '各村每天在“白云镇防汛群”里报水位', '各社区在群里统一把独居老人花名册传一下', '月报表写好后直接在工作群里交'],
          noMatch: ['本群只发通知和会议安排', '各镇街网格员每天在小程序上报走访数据', '每周一在钉钉填报整改台账', '周五在群里晾晒', '大家在群里交流一下经验'],
        },
      },
    ],
    exceptions: [
      ...RELIEF_ALL_RULES,
      {
        id: 'ranking-aired',
        why: '在群里“晒”“公布”“通报”的是工作考评的排名、名次、得分（“周五在群里晒一晒各村得分”“分数发群里排名”）：这是上级晾晒排名（属 R02 的排名施压），不是要基层干部在群里打卡留痕。学习积分、截图、照片数量的排名仍是软件负担，照样标记。',
        // Not points, study credits, photos, screenshots, check-ins or logins (在群里通报积分排名, 照片数量排名):
        // ranking app activity is this rule's own burden.
        // Also the league posted to the group by whoever scored it: "分数发群里排名", "排名结果贴到镇村干部群".
        pattern: String.raw`(?:晾晒|亮晒|晒|公布|通报)(?:一晒|一下)?[^,;:!?。\n积学照截图卡签登]{0,6}?(?:排名|名次|排行|得分|分数|成绩|榜)
          | (?<!(?:截图|截屏|积分|学分|照片|图片|打卡|签到|登录|定位)[^,;:!?。\n]{0,3})   # (截图排名发群里: ranking app activity)
            (?:排名|名次|排行|得分|分数|成绩|榜单?)(?:结果|情况|表)?[^,;:!?。\n积学照截图卡签登]{0,3}?(?:发|贴|挂|推送)(?:到|至|在|进)?[^,;:!?。\n积学照截图卡签登]{0,6}?群`,
        scope: 'clause',
        examples: ['街道每周在群里晒一晒各社区得分', '每周给各村打分，分数发群里排名', '排名结果贴到镇村干部群'],
      },
      {
        id: 'attendance-machine',
        why: '单位考勤机、人脸识别考勤、会场签到簿是正常考勤和会务管理。',
        // 会场 only with a sign-in next to it and nothing posted between: "到会场签到" is the
        // venue's desk, "分会场将现场照片发至本群签到" and "发会场定位" are group check-ins.
        // A sign-in sheet photographed or screenshotted and posted ("签到表截图当天发到工作群里")
        // is proof sent to a group, not the sheet at the door.
        // The same for a sheet scanned or uploaded with the photos ("会议签到表和现场照片上传“智慧党建”APP",
        // "现场照片、签到表都扫描上传到「社区云」"): the sheet is then proof posted to a platform. Sheet and
        // photos sent with the minutes to an office ("签到表、会议照片报县委办", "签到表扫描件周五前报区住建局")
        // are a report (R03): scanned, the sheet is proof only when it is then sent or uploaded.
        pattern: String.raw`考勤机|人脸识别|刷脸|登记簿|签到簿|(?:会议|参会)?签到表(?!的?(?:发|传)|[^,;:!?。\n]{0,10}?(?:截图|截屏|拍照|扫描(?:件|版|后)?[^,;:!?。\n]{0,4}?(?:发|传)|上传|回传|发群|发到|发至|发进|传到|传至|晒))
          | 会议室门口|(?:会议|参会)签到(?!表)|签到处
          | 签到(?:入场|进场|入座|就座|后入场) | 提前[0-9一二两三四五十]{1,2}分钟(?:到场|到会|入场)?签到   # at the door of the room: 提前5分钟签到入场
          | (?<!(?:群|钉|app|序|台|统|端)(?:里|上|内|中)?)(?:本人|亲自|当面)签到(?!表|[^,;:!?。\n]{0,4}(?:群|app|钉|小程序|定位|截图|拍照))   # 工作会请主要负责同志参加，本人签到 (in
                                                                    # person at the door, not by proxy; not 在钉钉上本人签到)
          | 会场(?:门口|入口)?[^,;:!?。\n群照片图像视频位码]{0,6}(?:签到|打卡|报到)`,   // not 会场扫码签到: a sign-in by the app
        scope: 'sentence',
        examples: ['机关考勤机坏了，今天先在办公室门口登记簿上签到', '请参会人员提前15分钟到会场签到', '会议签到表交给办公室小李', '会议纪要和签到表扫描件月底前报县委办'],
      },
      {
        id: 'sanction-waived',
        why: '打卡、签到后面紧跟着“不算缺勤”“不按旷工处理”“免于通报”（“系统升级，上午没打卡的不算缺勤”）：是在免除处罚，不是在施加。',
        // Right after the trigger, in its clause: "未打卡的按缺勤处理，因公外出的不算缺勤" still sanctions.
        pattern: String.raw`^[^,;:!?。\n]{0,6}?(?:不算(?:作|为)?|不计(?:为|入)?|不视为|不视同|不按|免于|免予|不作)[^,;:!?。\n]{0,2}?(?:缺勤|旷工|迟到|脱岗|离岗|早退|扣分|通报)`,
        scope: 'after',
        examples: ['今天钉钉考勤系统升级，上午没打卡的不算缺勤。'],
      },
      {
        id: 'no-longer-needed',
        why: '负担后面同一句里说“也不用接了”“不用再签了”“无需再回复”（更正通知：“之前群里让接龙确认的也不用接了”）：是在撤回这项软件负担，不是在布置。',
        // Only the burden's own act (接, 签, 回, 发, 传, 打, 截, 报) closing its clause: "接龙报到，不用再打电话" waives
        // something else, and a village or someone else saying so ("村里说不用接了") is not the imposer's withdrawal.
        pattern: String.raw`^(?:(?!说|讲|如果|要是|假如|若|谁|村|组|社区|嘎查|网格)[^;!?。\n]){0,10}
          (?:也|都|就)?(?:不用|不必|无需|无须|不需要?|不再)(?:再)?(?:接|签|回|回复|发|传|打|截|报)(?:了|啦)?(?=[,;:!?。\n]|$)`,
        scope: 'after',
        examples: ['5.之前群里让接龙确认的也不用接了，给大家添麻烦了'],
      },
      {
        id: 'it-help',
        why: '把系统报错截图发群里请技术人员帮忙，是求助，不是截图留痕。',
        // Also asking whether the upload itself is broken ("截图上传那个功能是不是坏了"), or telling
        // one's own failed tries ("我传了好几次都传不上去"): a question about the tool, not an order.
        pattern: String.raw`报错|出错|错误|故障|闪退|打不开|登不上|登录不了|无法登录|bug|帮(?:我|忙)?看|信息中心|技术人员|怎么弄|怎么操作|账号问题
          | (?:是不是|是否|咋|怎么|为啥|为什么)[^,;:!?。\n]{0,4}(?:坏了|出问题|有问题|不能用|用不了|没反应|传不上|上传不了)
          | 我[^,;:!?。\n]{0,8}(?:传|上传|提交|发|登|登录)不(?:上去?|进去|成功)`,
        scope: 'sentence',
        examples: ['这个系统登录一直报错，我截了个图发群里，麻烦帮看看是咋回事', '工作台的截图上传是不是坏了，我试了三次都传不上去'],
      },
      {
        id: 'self-posting',
        why: '说话人说的是自己已经发到群里的东西（“我把通知发群里了”），不是要求别人发。',
        // Also what the speaker prepares and posts ("我整理成要点发群里大家看看", "我汇总好发群里").
        pattern: String.raw`我(?:在|把|将|已|刚|先|们已)|已经?(?:发|转|传|上传)|刚刚?(?:发|转|传)
          | 我(?:这边|这里|回头|稍后|待会儿?|等会儿?|随后|再|来|会)?(?:整理|汇总|梳理|归纳|总结|摘录|摘|列|拍|转)`,
        scope: 'before',
        examples: ['镇党政办：县里的会就两件事，我整理成要点发群里大家看看'],
      },
      {
        id: 'complaint',
        why: '干部在吐槽、诉苦（“一天要在四五个群里发照片打卡，受不了”）：是在描述负担，不是在施加负担。只叹一口气再转述上级通知（“唉，县里又发通知了，……超时的点名通报”）是在传达，照样标记。',
        scope: 'sentence',
        // A sigh that opens the relay of a notice ("唉，县应急局又发通知了，……超时的点名通报") passes the order on:
        // only a sigh over the work itself is a complaint.
        pattern: String.raw`(?! (?:^|[,;:!?。\n])唉[,;:!?。\n]?[^;!?。\n]{0,16}?(?:发|下发|下|来|转发?|传达)(?:了|来)?(?:个|一个|份|一份)?(?:新|紧急)?(?:通知|文件|要求) )
          {{complaint}}`,
        examples: ['真受不了，我们村一天要在四五个群里发照片打卡，晚上十一点还在回消息，谁来管管。'],
      },
      {
        id: 'not-in-group',
        why: '“不在群里布置任务”“不在群里要材料”：“不”直接在触发词前，是在约束。',
        pattern: String.raw`(?:不|不再|别|勿|不用|没有)$`,
        scope: 'before',
      },
      {
        id: 'negated-list',
        why: '“不再要求乡镇干部在任何APP上打卡、答题、刷积分”：否定词管着后面整串列举，可能离最后一项较远（同一分句内）。',
        pattern: String.raw`(?:不再|不得|严禁|禁止|不准|取消|无需|停止)(?:要求|强制)?[^,;:!?。\n]{0,26}$`,
        scope: 'before',
        examples: ['县委办：经请示县委主要领导同意，今年起县直部门不再要求乡镇干部在任何APP上打卡、答题、刷积分。'],
      },
      {
        id: 'stopped',
        why: '句中说这种做法“已经停止”“已取消”“已叫停”，或“决定即日起取消”：是在通报清理结果，不是在布置。',
        pattern: String.raw`(?:已经?|已于[^,;:!?。\n]{0,6})(?:停止|取消|叫停|废止|撤销|不再执行) | 决定(?:即日起|自即日起|从即日起|今后|从今以后)?(?:取消|停止|不再)
          | 已(?:经)?责令(?:该|涉事|其|相关|有关)[^,;:!?。\n]{0,6}?(?:立即|马上|即刻|限期|尽快)?(?:停止|取消|叫停|纠正|改正)   # a supervisor's reply: 已责令该局立即停止
          | (?:这个|这项|这一|该|此|上述)(?:要求|做法|规定|制度)[^;!?。\n]{0,16}?(?<!没有?|未|并未|不会|不能|不得|没说)(?:取消(?![评其该未当年绩奖补资])|停止|叫停|废止|不再执行)   # (not 这项要求没有取消: it still holds)   # 打卡这个要求，经研究，从下周一起就取消了 (not 该制度…取消未打卡者评优资格: a sanction names what it takes away)
          | (?:取消|停止|叫停|废止)(?:掉)?了(?=[,;:!?。\n]|$)`,   // told as done at the end of its clause; 取消评优资格 (a sanction) is not
        scope: 'sentence',
        examples: ['区委社工部：社区工作者每日通过“社工通”上下班签到的做法已经停止，请各街道不再统计。', '经查，县农业局要求各村每天在群里发巡查照片属实，已责令该局立即停止。', '有干部反映村里群里每天要打卡三次，镇党委研究后决定即日起取消群内打卡。', '网格员每晚在群里发定位这项规定，经街道党工委研究，月底起不再执行'],
      },
      {
        id: 'practice-stopped',
        why: '句中把这种负担叫作一项“做法”“要求”“规定”，说它“从今天起取消”“即日起停止”（“原来要求各乡镇干部每天在群里签到的做法，从今天起取消”）：是在宣布清理，不是在布置。',
        // Not when a new way replaces it ("…的做法从下周起取消，改为每天在钉钉上定位签到"), and not 取消评优资格 (a sanction).
        pattern: String.raw`(?:做法|要求|规定|制度|规矩),?(?:(?:从|自)[^,;:!?。\n]{1,6}?(?:起|开始)|即日起|今天起|今日起),?(?:一律|全部|统一|就)?
          (?:取消|停止|废止|叫停|不再执行)(?![评其该未当年绩奖补资])(?![^;!?。\n]{0,12}(?:改为|改成|换成|改用))`,
        scope: 'sentence',
        examples: ['以前让各村每晚在群里报平安的要求，自下周一起停止'],
      },
      {
        id: 'used-to',
        why: '句子说这种负担“以前”“原来”有，“现在不用了”“如今取消了”（“以前每天都要在群里晒走访照片，现在总算不用了”）：是在说过去的事，已经结束，不是在布置。',
        // Only when now is told as free of it, in a clause that ends there, and no new way follows
        // ("以前群里发照片，现在不用了，改为每天在app打卡" still orders).
        pattern: String.raw`(?:以前|过去|原来|原先|之前|早先|从前)[^,;:!?。\n]{0,16}[,;](?:现在|如今|眼下|目前|这回|今年|后来)[^,;:!?。\n]{0,3}?
          (?:不用|不要|不需要|不必|无需|不搞|不让|不再|没有?|取消|不)(?:再)?(?:[发传晒报打签接截排回登刷][^,;:!?。\n]{0,3})?(?:了|啦)   # 现在不用了, 早就不排了, 不再发定位了 ...
          (?=[;!?。\n]|$|[,:](?![^,;:!?。\n]{0,3}(?:改为|改成|换成|改用)))   # ... closing its clause, and no new way next (，改为每天打卡)`,
        scope: 'sentence',
        examples: ['以前各村每晚要在群里接龙报平安，如今不搞了', '原来学习积分每周排名，现在早就不排了'],
      },
      {
        id: 'app-withdrawn',
        why: '分句里说打卡小程序、APP、群本身“全部停用”“下线”“注销”“解散”（“各部门自建的打卡小程序本周内全部停用”）：是在清理软件，不是在布置。',
        // The app or group is what stops; "不得解散" (a sanction) is not a stop.
        pattern: String.raw`(?:小程序|app|软件|系统|平台|群)[^,;:!?。\n]{0,10}?(?<!不得|不准|不能|不许|禁止|严禁|不要)(?:停用|关停|下线|注销|解散|停止使用)`,
        scope: 'clause',
        examples: ['镇里各村自建的定位打卡app月底前一律下线'],
      },
      {
        id: 'reported-upward',
        why: '说话人说已经把这种要求向减负办、纪委等反映、举报了（“这种要求我们已经向县减负办反映了”）：是在反映负担，不是在布置。',
        pattern: String.raw`(?:已经?|都)(?:向|跟|给)[^,;:!?。\n]{0,10}(?:反映|举报|投诉) | (?:向|跟|给)[^,;:!?。\n]{0,8}(?:减负办|纪委|督查室|巡察组)(?:反映|举报|投诉)(?:了|过)`,
        scope: 'sentence',
        examples: ['“各村每天在群里发定位”这个事，村里已经跟镇纪委反映了'],
      },
      {
        id: 'not-adopted',
        why: '句中说这项做法本地“没采纳”“未推行”“暂不推行”（“市里试点的每日打卡，咱们区没采纳”）：是在说明不执行，不是在布置。',
        // Not "未推行的扣分": a sanction on those who did not.
        pattern: String.raw`(?:没有?|未|并未|暂不|不予?)(?:采纳|采用|推行|照搬|跟进)(?![的者])`,
        scope: 'sentence',
        examples: ['外县搞的每天群里打卡，我们县暂不推行'],
      },
      {
        id: 'stopped-at-end',
        why: '句子以“从下周一开始，不再接龙”“今后不再发定位”收尾：宣布停止这项软件负担，不是在布置。',
        // Only as the sentence's last clause, and only an app burden: "从下周起不再在群里接龙，改为每天在APP
        // 打卡" goes on to a new order and is not dropped; "今后不再另行通知" stops no app burden.
        pattern: String.raw`(?:(?:从|自)[^,;:!?。\n]{1,6}(?:起|开始)|即日起|今后|以后|此后),?(?:一律|统一|全部)?(?:不再|取消|停止)
          [^,;:!?。\n]{0,4}(?:接龙|打卡|签到|截图|截屏|定位|照片|点赞|转发|在线)[^,;:!?。\n]{0,3}$`,
        scope: 'sentence',
        examples: ['关于各村每天在群里接龙报人数这个事，镇党委研究了，从下周一开始，不再接龙'],
      },
      {
        id: 'residents',
        why: '对居民、群众的提醒或便民推荐（“各位居民可关注公众号查看停水通知”）：对象不是基层干部。',
        pattern: String.raw`各位(?:居民|村民|群众|市民|家长|游客) | 广大(?:居民|村民|群众|市民) | 居民群 | 业主群`,
        scope: 'sentence',
        examples: ['街道社区居民群：各位居民可关注“平安XX”公众号，随时查看停水停电通知。'],
      },
      {
        id: 'describes-cases',
        why: '在通报、剖析“典型问题”“形式主义”案例（“通报3起强制要求群内打卡的典型问题”）：是在纠正，不是在施加。',
        // Also a case told with its outcome (某街道要求…每天在群里打卡…被责令整改; 纪委监委通报).
        pattern: String.raw`典型(?:问题|案例) | 形式主义 | 反面案例 | 负面清单 | 纪委监委通报 | 被[^,;:!?。\n]{0,6}?(?:责令|勒令)(?:限期)?(?:整改|纠正|改正|停止) | 被(?:查处|纠正)`,
        scope: 'sentence',
        examples: ['通报：某镇要求村干部每天在群里发定位照片，被责令整改。'],
      },
      {
        id: 'denied-rumour',
        why: '消息说群里传的要求是谣言、不实，或说上级“没有这个要求”（“那条‘每人转发朋友圈’是谣言，宣传部没有这个要求”）：是在辟谣，不是在布置。',
        pattern: String.raw`谣言|不实(?:信息|消息|传言|说法)|假(?:消息|通知)|(?:没有|并无|从未|未作|没提)(?:提出|作出)?(?:过)?(?:这个|这项|这样的|这种|此|该|类似)要求`,
        scope: 'sentence',
        examples: ['群里传的“各村干部每天发三次定位”是谣言，镇里没有这个要求。'],
      },
      {
        id: 'none-found',
        why: '自查、核查报告说“不存在……的情况”“未发现……问题”（“本镇对各村不存在群内打卡的情况”）：是在说没有这种负担，不是在布置。',
        pattern: String.raw`(?:不存在|未发现|没有发现|没发现)[^。;!?\n]{0,24}(?:的情况|的问题|的现象|的做法|这种情况|类似(?:情况|问题)|此类(?:情况|问题))`,
        scope: 'sentence',
        examples: ['自查结果：本街道不存在要求社区每天在群里签到的情况。'],
      },
      {
        id: 'quiz',
        why: '判断题、选择题等测验题在考减负规定的条文（“可以要求村干部每天在群里打卡。（×）”）：是在学规定，不是在布置。',
        pattern: String.raw`判断题|选择题|单选题|多选题|填空题|问答题|正确答案|参考答案|[（(](?:√|×|✓|✗|对|错)[）)]`,
        scope: 'message',
        examples: ['判断题：乡镇可以要求村干部每天在群里打卡。（×）'],
      },
      {
        id: 'anecdote',
        why: '消息是转述的玩笑、顺口溜、自嘲（“现在是‘白加黑、五加二、群里还要秒回’，大家笑了一阵”）：是在描述负担，不是在布置。',
        pattern: String.raw`顺口溜|段子|打油诗|自嘲|调侃|打趣|开玩笑|玩笑话|笑(?:了一阵|了起来|着说|称)|苦笑|哄堂大笑`,
        scope: 'message',
        examples: ['村里流行一句顺口溜：“白天跑断腿，晚上群里秒回”。'],
      },
      {
        id: 'towards-enterprises',
        why: '乡镇（部门）在群里对辖区企业、商户、经营户布置或通报：是对辖区的管理，规则保护的是基层干部。',
        pattern: String.raw`(?:各|辖区内?|全体|相关)(?:企业|商户|经营户|个体户|加油站|门店|店铺|业主)`,
        scope: 'sentence',
        examples: ['镇里对辖区企业开展消防安全大检查，检查结果在企业微信群里通报给各企业负责人。'],
      },
      {
        id: 'corrected',
        why: '消息里说这种做法已被纠正、叫停（“有群众反映……经核查，该镇已立即纠正，停止了这一做法”）：是在通报处理结果，不是在布置。',
        pattern: String.raw`(?:已经?|立即|及时)(?:予以)?(?:纠正|叫停)了?(?=[,;:!?。\n]|$) | (?:停止|叫停|纠正)了(?:这一|这种|该|此)做法`,   // the clause ends there: 已纠正了错别字 corrects something else
        scope: 'message',
        examples: ['有群众反映：某镇要求干部每天在群里发定位照片。经核查，该镇已立即纠正，停止了这一做法。'],
      },
      {
        id: 'optional',
        why: '“欢迎”“有兴趣的”“有需要的”是邀请，不是硬性要求。',
        pattern: String.raw`欢迎|有兴趣|感兴趣|有需要|需要的同志|自行下载|可自行`,
        scope: 'sentence',
      },
    ],
    accept,
  },
  { ...LEXICON, ...LOCAL },
);
