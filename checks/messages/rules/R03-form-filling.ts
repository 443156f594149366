// R03 不得反复填表报数 — 004 §九(三):
// “不得反复填表报数。坚决纠正机械式做法,不准随意要求乡镇填表报数、层层报材料。不能简单将有没有领导批示、
//  开会发文、台账记录、工作笔记等作为工作是否落实的标准,把基层干部从整天忙于填表中解脱出来。”
//
// In chat: daily/weekly reporting (日报、周报、每天报送、零报告), re-filing what was already filed
// (重新填报、再报一次、两套表格各报各的), reporting up a chain (村报管区、管区报镇、镇报县; 层层报),
// and judging work by minutes, notebooks, 批示 and photos kept as traces. A single one-off
// request with a deadline, or thanks for data received, is not a breach.
import { compilePattern, defineRule } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_004, DOC_CENTRAL_2024 } from '../basis.js';
import { ASKED, CLEANED_UP_AFTER, RELEASED, RELIEF_ALL_RULES } from '../relief-exceptions.js';

/** A gap that also steps over clock times ("17:00") and commas ("每周五下午5点前，各嘎查向苏木报送"),
 *  but not over a sentence end. */
const timeGap = (n: number) => String.raw`(?:[^;:!?。\n]|:(?=[0-9])){0,${n}}`;

/** Rule-local word classes. */
const LOCAL = {
  /** Daily, weekly or ten-day cycles (monthly statistics are ordinary and left alone). */
  frequent: String.raw`(?:每天|每日|天天|每晚|每早|每个工作日|每周[一二三四五六日天]?|每星期[一二三四五六日天]?|每个星期[一二三四五六日天]?|每个?周[一二三四五六日天]|每逢周[一二三四五六日天]|每旬|每半个?月|每两周|隔周|每两天|每隔[一两二三]?天|隔天|逐日|逐周|早晚各|上下午各)`,
  /** Reporting or filling in. Bare 报 is too broad (报销, 报名, 报到): each form is spelled out. */
  report: String.raw`(?:
      报送 | 报宋 | (?<![早晚])上报(?!率|量|数(?![据字])) | 填报 | (?<!有事|遇事|出事|有情况|有问题|有异常)报告 | 报表 |   # not "有事报告": reporting when something happens is no cycle
      (?<!上)报数 | 填表 | 填写 | 提交 | 汇总上报 | 报上来 | 交表 | 录入
      # 上报数/上报率/上报量 name a metric ("公布各社区网格事件上报数、办结率排名"), not a filing (a count of
      # reports scored, "上报事件数打分", is the 'count-scored' exception's and reportAfter's)
      # a bare 报/交/填 that closes its clause after a keep-going word: "那三张表每天照常报，不能断", "每周都得交"
    | (?:照常|照样|照旧|按时|准时|按期|继续|坚持|接着|还得|还要|都得|都要|也得|也要|必须|务必|一样|都)(?:报|交|填)(?:着)?(?=[,;:!?。\n]|$)
      # the same filing again, by reference: "以后每周都这样报", "每天照这个报"
    | (?:这样|这么|照这样|照这个|照此|如此)(?:报|交|填)(?=[,;:!?。\n]|$)
    | (?<![通预举喜捷播])报(?:一次|一遍|一下|给|进度|情况|数据|材料|名单|数字|镇|县|旗|区|街道|苏木|乡|村   # not 每周通报一次: the county publishes
         |上周|本周|当天|当日|今天|今日|昨天|昨日|前一天|上月|局|委|办|股|站|所
         |(?:本|各|该)(?:村|网格|社区|小区|辖区|片区?|组|单位|部门|乡镇|镇|街道|嘎查))   # 报本网格巡查情况, 报各村进度
    | 报(?:到|至)(?:县|旗|区|市|州|盟|镇|乡|苏木|街道|社区|村|局|委|办|站|所)   # "报到镇卫健办" (bare 报到 is checking in)
      # a screenshot sent on is proof of an app act (转发朋友圈，截图发给宣传委员统计: R06), not a filing;
      # a form's screenshot still files (报表截图发给: the last alternative), and so does a record
      # photographed (巡查记录拍照发我)
    | (?<!截图|截屏|截个图|截张图)(?:发给 | 交给 | 交到 | 报给 | 传给 | 发我 | 报我 | 交我) | (?<!推)送(?:交|到)
      # a form or figures photographed and posted: "把当天的登记表拍照发到网格群" (photos alone are R06's)
      # ... or a count posted on by 报 as well: "把当天走访户数报到群里" (bare 报到 is checking in)
    | (?<=表|台账|台帐|数据|[人户件个]数|名单|清单|进度)(?:拍照|拍个照|截图|截屏)?(?:发|传|报)(?:到|至|进|给) )`, // not 推送到: a push notice is no filing
  /** Records that must not be the standard of whether work was done. */
  records: String.raw`(?:会议记录|记录本|会议纪要|台账|台帐|工作日志|工作日制|工作记录|工作笔记|学习笔记|民情日记|批示件?|批示情况|签到表|现场照片|照片|影像资料|视频资料|佐证材料|痕迹材料)`,
  /** The records proper, without evidence binders and photos (prepared for an inspection,
   *  those are R01's 迎检 burden). */
  ledgers: String.raw`(?:会议记录|记录本|会议纪要|台账|台帐|工作日志|工作日制|工作笔记|学习笔记|民情日记|批示件?|批示情况|签到表)`,
  /** "as the basis/standard for judging whether it was done". */
  standard: String.raw`(?:作为[^;!?。\n]{0,12}(?:依据|标准) | (?:以此|据此|凭此)(?:作为|评价|衡量|判断|考核|认定|评定|打分|评分|确定) | 为准 | 为(?:主要|重要|唯一)?(?:考核|评价|考评|评判|落实)?(?:依据|标准))`,
  /** The concept of a repeated filing: the cue that it happens again (重新, 再次, 补报, 再以…形式)… */
  againCue: String.raw`(?:重新 | 再次 | 重复 | 再以 | 再按 | 再用 | 再补 | 补报 | 另外再 | 再报 | 再填
    | (?<![现正实存内所自好])在(?:按|用|以))`, // not 另行/又要: everyday words (另行通知); voice input's 在 for 再: "还得在按新模板报一次" (not 现在按, 正在用)
  /** …and the filing itself (a form filled, data reported, one more copy). */
  fileBurden: String.raw`(?:填报 | 报送 | 上报 | 填写 | 提交 | 录入 | 核对填报 | (?:报|填|交)一(?:份|遍|次|回|套) | (?:整理|装订|制作|统计)一(?:份|遍|套))`,
  /** Units that report up a chain. */
  level: String.raw`(?:管区|片区|村民小组|小组|村委会?|嘎查|社区|村|镇|乡|苏木|街道|县|旗|区|市|州|盟)`,
};

/** Photos alone, posted to a work group or app as proof, are R06's burden (corpus: "照片发群里，
 *  作为工作开展的证明" is R06 only); R03's records test is about minutes, notebooks, ledgers. */
/** Ledgers named before "一本一本翻" (same 40-character reach as a long clause), or as its object
 *  right after it ("一本一本翻台账", "逐本查看近三年的会议记录"). */
const LEDGERS_RE = compilePattern('{{ledgers}}', LOCAL).regex;
const LEAFED_AFTER = 12;
/** A filing verb after a cycle word, within the sentence and a bounded reach. */
const REPORT_RE = compilePattern('{{report}}', LOCAL).regex;
const REPORT_REACH = 60;
/** A count of reports that is scored ("按各村网格员上报事件数打分排队", "按上报线索条数排名"): a metric of
 *  work done, not a filing. Kept out of the `report` class, where a lookahead this wide would put the
 *  patterns built on it beyond recheck's exact analysis. */
const COUNT_SCORED = String.raw`(?:数|数量|件数|条数|率)(?![据字])[^,;:!?。\n]{0,6}?(?:打分|排名|排队|排序|评比|评分|计分|论高低)`;
const SCORED_COUNT_RE = new RegExp(String.raw`上报[^,;:!?。\n]{0,4}?` + COUNT_SCORED, 'g');
/** An inspection named near records readied or laid out ("督查组下周到…把值班日志整理好放会议室备查"): the
 *  records are kept for the inspectors (corpus d007, d197: R01 and R03 both). Broad record words
 *  (记录, 档案, 日志) and plain 准备好 are ordinary office work without it. */
const INSPECTION_NEAR_RE = /检查|督查|督察|督导|验收|暗访|抽查|复查|巡察|迎检|考核组|评估组|测评|(?:来|下来|过来)查(?!询|找|收|问)/;
const INSPECTION_BEFORE = 150;
const INSPECTION_AFTER = 60;
/** Other ways a cycle's filing is told, outside the `report` class (each would push the patterns
 *  built on it past recheck's exact analysis): records sent on, however many items are named
 *  before the verb ("把走访记录和入户照片发到街道工作群"); a shared table updated in place ("在线表格
 *  更新一次"); work updates or bulletins sent in ("在本群发2条工作动态"). Photos alone sent on are
 *  not here: they are R06's proof of work. */
const FILED_OTHERWISE = new RegExp(
  String.raw`(?:记录|记录表|登记表|日志|台账|台帐)[^,;:!?。\n]{0,8}?(?:拍照|截图)?(?:发|传|报|交|晒)(?:到|至|进|给|在)` +
    String.raw`|(?:表|表格|台账|台帐|文档)(?:里|上|中|内)?(?:更新|填写|填)` +
    String.raw`|(?:(?<![印下转分颁签])发|报送|上报|交|上传)[^,;:!?。\n]{0,4}?(?:工作动态|动态信息|工作信息|信息稿|工作简报|简报)` + // not 印发简报: the county publishes
    // figures posted by chain reply ("在群里接龙当天入户户数", "接龙报一下今天的摸排人数"); a chain of names
    // answering a roll call (接龙报到) or a location is R06's check-in, not a filing
    String.raw`|接龙[^,;:!?。\n]{0,10}?(?:户数|人数|数量|件数|个数|条数|数据|数字|进度|完成数|完成情况)` +
    // a filing whose topic stands between 报 and what is filed ("报秋收进度", "报医保参保数", "报防汛值守情况")
    String.raw`|(?<![通预举喜捷播情画海转汇公警简电日周月])报(?![名销到道告警])[^,;:!?。\n]{1,8}?(?:进度|情况|数据|(?<![人户件次])数(?![据字量])|人数|户数|台账|台帐|报表|明细)`,
);
function reportAfter(text: string, from: number): boolean {
  let to = from;
  while (to < text.length && to - from < REPORT_REACH && !/[;!?。\n]/.test(text[to]!)) to++;
  const window = text.slice(from, to).replace(SCORED_COUNT_RE, '');
  return REPORT_RE.test(window) || FILED_OTHERWISE.test(window);
}
/** Traces of work whose count is made the measure of it (see 'uploads-as-measure'). */
const TRACES = /照片|图片|视频|影像|记录|台账|台帐|笔记|日志|签到表|留痕|佐证/;
const TRACES_REACH = 80;
/** Asked of the grassroots ("各乡镇", "每个村"): what makes a record posted to a group an order. */
const GRASS_TARGET = compilePattern('{{grassTarget}}', LEXICON).regex;
const PHOTOS_ONLY = /^(?:现场照片|照片|影像资料|视频资料)$/;
const POSTED_TO_CHAT = compilePattern(
  String.raw`(?:工作群|业务群|微信群|钉钉群|政务群|本群|群里|群内|群上|这个群|该群|(?:浙政钉|粤政易|政务微信|企业微信|钉钉|小程序|app)(?:群|上|里)?)
    [^;!?。\n]{0,8}(?:上传|发|晒|传|打卡|留存|拍)
  | (?:上传|发|晒|传)(?:到|至|进)[^;!?。\n]{0,4}?(?:群|app|小程序|平台)`,   // "合影发到网格群": the verb first
  {},
).regex;

/** A photo quota is R03's when the photos go with a filed record or report ('photo-quota'); photos
 *  counted in a group, an app or an upload are R06's (corpus d044, xb003, I006, S031). */
const PHOTO_QUOTA_FILED = /台账|台帐|月报|周报|日报|报送|上报|报(?![名销道])|材料|记录|档案/;
const PHOTO_QUOTA_ONLINE = /群|app|小程序|平台|上传|微信|钉钉|打卡|公众号|系统/i;

/** The departments a trace may be sent up to by name ("签到表明天中午前报宣传部"): every one, as a
 *  keyword of 'records-reported-up'. */
const DEPT_KEYWORDS = ['宣传', '组织', '统战', '政法', '社工', '党建', '党政', '综治', '应急', '民政', '农业农村', '乡村振兴'].flatMap((d) => ['部', '局', '委', '办'].map((k) => d + k));

/** Data already entered in a system or platform, earlier in the sentence: what makes a second
 *  filing by form or on paper a duplicate ("已录入‘鄂汇办’及部省系统的信息，再用Excel汇总报送一份"). */
const ENTERED_IN_SYSTEM = new RegExp(
  String.raw`已(?:经)?(?:录入|录进|导入|填入|上传|填报|报送|上报|录)(?:到|至|进)?[^;!?。\n]{0,12}(?:系统|平台|app|小程序|数据库)` +
    // the system named first: "在监测系统里已经录入的数据", "系统里已经录入的也要另外报纸质版"
    String.raw`|(?:系统|平台|app|小程序|数据库)["”’」》]?(?:里|上|中|内)?(?:都|均)?已(?:经)?(?:录入|录进|导入|填入|上传|填报|报送|上报|录|填|报|传)` +
    // "已在“隐患排查系统”里填过的台账"
    String.raw`|已(?:经)?在[^,;:!?。\n]{0,12}(?:系统|平台|app|小程序|数据库)["”’」》]?(?:里|上|中|内)?(?:录入|录|填报|填写|填|上报|报送|报|上传|传)(?:过|好|了)` +
    // the system already holds it: "发放数据系统里都有", "平台上早就能查到", "系统里本来就有"
    String.raw`|(?:系统|平台|app|小程序|数据库)["”’」》]?(?:里|上|中|内)?(?:都|均|全|早就|早都|已经?|本来就)(?:有|能查到|查得到|可查|能看到|看得到|能导出|导得出)`,
);
/** How far before the new filing the system entry may be named. */
const ENTERED_REACH = 60;

/** The same people or data already filed: what makes a separate filing a duplicate. */
const SAME_DATA = /同一批|一模一样|同样的(?:数据|信息|表|内容)|相同的(?:数据|信息|表|内容)|大同小异|都是一样的|重复的(?:信息|数据)|刚收过|刚报过|已经收过/;
/** How far before the demand the duplicate may be named (a Q&A thread: question, then answer). */
const SAME_DATA_REACH = 80;

export default defineRule(
  {
    meta: {
      code: 'R03',
      slug: 'form-filling',
      title: '不得反复填表报数',
      description:
        '要求乡镇（苏木、街道）、村（嘎查、社区）每天每周填表报数、零报告，已报过的数据重新填报、多头重复报送，材料层层上报，或以会议记录、台账、工作笔记、领导批示、照片留痕作为工作是否落实的标准。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(三)',
          quote: '不得反复填表报数。坚决纠正机械式做法,不准随意要求乡镇填表报数、层层报材料。不能简单将有没有领导批示、开会发文、台账记录、工作笔记等作为工作是否落实的标准,把基层干部从整天忙于填表中解脱出来。',
        },
        {
          source: 'central',
          document: DOC_CENTRAL_2024,
          section: '',
          quote: '不得动辄要求见主要负责同志，不得频繁要求基层填表格报材料',
        },
        {
          source: 'central',
          document: DOC_CENTRAL_2024,
          section: '',
          quote: '不把是否开会发文、拍照留痕、制作学习笔记等作为评判工作优劣的标准',
        },
      ],
    },
    patterns: [
      {
        id: 'frequent-report',
        description: '要求每天、每周报送或填表（日报、周报、零报告、节假日不停报）。',
        keywords: ['每天', '每日', '天天', '每晚', '每早', '每个工作日', '每周', '每个周', '每逢周', '每星期', '每个星期', '每旬', '每半月', '每半个月', '每两周', '隔周', '每两天', '每隔', '隔天', '早晚各', '上下午各', '逐日', '逐周', '日报', '周报', '旬报', '零报告', '日报告', '周报告', '旬报告', '也要报', '都要报', '两天一', '三天一', '一日一', '一周一', '一天一', '一日两', '一天两', '一日二', '一天多', '一日多', '一周两', '日清日报', '不停报', '报"无', '报“无', '也要报', '都要报', '也要填', '都要填', '也要交', '都要交', '也得报', '都得报', '也得填', '都得填', '也得交', '都得交', '报0', '报零', '报"0', '报“0', '报"零', '报“零', '报个0', '报个零', '报个"', '报个“'],
        pattern: String.raw`
          (?<trigger>
              # "every day / week ... (a time, the channel) ... report"
              {{frequent}} ${timeGap(20)} {{report}}
              # daily or weekly report forms and regimes by name
            | (?:日报|周报|旬报)(?:表|制度|机制|数据)
            | 零报告 | 一(?:日|天|周)(?:一|两|二|多)报
              # "数据每周一报", "每天一报": once per cycle
            | 每(?:天|日|周|旬|星期)[一两二](?:报|填|交)(?![名销到道告]) | [两三]天一(?:报|填) | 日清日报 | 不停报
              # "报送日报", "填报周报": the regime named after the verb
            | (?:报送|上报|填报|报|交)(?:当日|当天|本周|上周)?(?:日报|周报|旬报)
              # "nothing to report? report anyway" is a zero report by another name
            | (?:没有|无|零|没|没得|莫得|冇得|冇)[^,;:!?。\n]{0,3}(?:也|都)(?:要|得)(?:报(?!个?平安)|填|交)
              # "没有就报0", dialect "莫得就报零": a zero report told by the figure
            | (?:没有|没|没得|莫得|冇得|冇)[^,;:!?。\n]{0,5}(?:就|也|都|的)(?:要|得)?报个?[“"]?(?:0|零)(?![0-9.星碎售件])
            | 报[“"]无[”"]                                   # "无异常的报“无”": a zero report
            | (?<![今昨明本当前次该])(?:日|周|旬)报告 )`,
        examples: {
          match: [
            '即日起各乡镇每天下午4点前通过邮箱报送秸秆禁烧日报表，节假日不停报',
            '低保户、五保户、残疾人信息每周五报一次',
            '每日17:00前报送《烤烟收购进度日报表》',
            '关于建立养老服务补贴发放情况周报制度的通知',
            '森林防火期各乡镇实行“零报告”',
            '请各苏木镇每半个月报送一次草原防火巡查情况',
            '那几张表各村每周照样交，不能断',
          ],
          noMatch: ['每月报销一次差旅费', '每天早上报个平安就行', '周末报名参加健步走', '每天照常上班，按时交班'],
        },
      },
      {
        id: 'repeat-report',
        description: '已报过的表格数据重新填报、再报一次、重复报送。',
        keywords: ['重新', '从新', '再次', '重复', '再报', '再填', '再交', '再上报', '再提交', '再手工', '再在', '再做', '再弄', '再统计', '再整理', '再汇总', '再核', '报一份', '填一份', '交一份', '报一次', '报一遍', '报一回', '报一下', '填一次', '填一遍', '填一回', '填一下', '交一次', '交一遍', '交一回', '交一下', '后再', ...['两', '三', '四', '多', '几'].flatMap((n) => ['次', '回', '遍'].map((k) => `报${n}${k}`)), '重报', '重填'],
        pattern: String.raw`
          (?<trigger>
              (?:重新|从新|再次|重复)(?:手工)?(?:填报|报送|上报|填写|提交|填表|报(?![名销到道]))   # "重新填报", "重复报送"
            | (?:重新|从新|再次|重复)[^,;:!?。\n]{0,6}?(?:填|报|交|录入)(?:一次|一遍|一回|一下|一份|一个)   # "按新模板重新填一遍"
            | 再(?:手工|在[^,;:!?。\n]{0,6})?(?:填报|报送|上报|填写|提交)           # "再手工填报", "再在群里报送"
            | 再[^,;:!?。\n]{0,8}?(?:报|填|交)(?:一次|一遍|一回|一下|一份)         # "再在群里报一次", "再以excel形式报一份"
            | (?:核对|核实|修改|更正|完善)后再(?:报|交|填)                          # "重新核对后再报"
            | (?:重新|再)(?:做|弄|统计|整理|汇总|核)(?:一遍|一次|一份|一回)           # "按新口径重新做一遍"
            | 重新(?:统计|核对|整理|汇总|核实|采集)[^,;:!?。\n]{0,4}(?<!填)报(?![名销到道])   # "重新统计后下午报" (重新核对填报 is the concept check's)
            | 报(?:两|三|四|多|几)(?:次|回|遍)(?![名销])                                # "一个数字报三回"
              # the month's report filed again at the quarter and the year end ("季度再报汇总，年底再报全年")
            | (?:季度|季末|每季|半年|年中|年底|年终|年末)[^,;:!?。\n]{0,2}?(?:还要|还得|又要)?再(?:报|填|交)(?![名销到道告])
            | (?<![严隆郑庄着注尊敬沉看偏为加双慎])重(?:报|填)(?![道告警名刊])   # "今天下班前重报" (not 严重报告, 郑重报道)
              # voice input writes 再 as 在: "按新模板在报一遍", "在填一次" (not 现在报一次性补助, 正在填一份)
            | (?<![现正实存内所自好])在(?:报|填|交)一(?:遍|次|回|份)(?!性)
            )`,
        examples: {
          match: [
            '请按新模板重新填报，另外把1-10月的月度数据再报一次',
            '请各村今天下午再在群里报一次户籍人口数',
            '上周已报的也要重新核对后再报',
            '每月报一次安全生产月报，季末再报季度汇总',
            '县里说系统数据导不出来，让乡镇再手工填一遍',
            '上周报的格式不对，请按新模板重新填一遍',
            '县统计局说上午报的农作物面积要改成按村民小组细分，请各村今天下班前重报',
            '上次报的表作废，以这次为准，各社区重新统计后下午报',
          ],
          noMatch: ['数据已汇总完毕', '有情况及时报镇民政办', '情况严重报告县委', '郑重报告大家一个好消息'],
        },
      },
      {
        id: 'duplicate-forms',
        description: '同一数据按两套以上模板、口径分别填报（各报各的）。',
        keywords: ['各报各的', '分别准备', '分别制作', '分别整理', '分别做', '分别写', '各自准备', '各自制作', '各自整理', '各自做', '各自写', '都要准备', '都要制作', '都要整理', '都要做', '都要写', '各准备', '各制作', '各整理', '各做', '各写', '分别填', '分别报', '分别交', '分别要', '各交', '各自填', '各自报', '各自交', '各自要', '都要填', '都要报', '都要交', '都要要', '都得填', '都得报', '都得交', '都得要', '各填', '各报', '要一份', '要一套', '要一遍', '报一份', '报一套', '报一遍', '交一份', '交一套', '交一遍', '填一份', '填一套', '填一遍', ...['个', '套', '种', '样', '不同', '不同的'].flatMap((n) => ['模板', '口径', '格式', '表样'].map((k) => n + k))],
        pattern: String.raw`
          (?<trigger>
              (?:两|三|四|多|几)(?:个|套|份|种|家|边)[^,;:!?。\n]{0,6}?(?:模板|表格|表|口径|格式)[^;!?。\n]{0,12}?(?:分别|各自|都要|各)(?:填|报|准备|制作|整理|做|写)
            | 分别(?:填报|填写|报送|填|报)(?:两|多|几)(?:套|份|次|遍)
            | 各报各的
              # "民政要一份, 乡村振兴也要一份"; "各家的表都要填"
            | (?:要|报|交|填)一(?:份|套|遍)[^;!?。\n]{0,10}?(?:也|还|又|再)(?:要|报|交|填)一(?:份|套|遍)
            | (?:各家|[两三几多]家|每家|各部门|[两三几多]个部门)(?:的)?(?:表|表格|材料|数据)?(?:都要|都得|分别|各自)(?:填|报|交|要)
              # the same figures filed by N shapes: "按三套模板报上来", "用两种口径填" (not N forms: 三张表 may be three topics)
            | (?:按|用|以|照)(?:两|三|四|多|几)(?:个|套|种|样)(?:不同的?)?(?:模板|口径|格式|表样)(?:各自?|分别|都|来)?(?:报|填|交|录)(?![名销到道告]) )`,
        examples: {
          match: [
            '两家表格口径不一样，各镇按两个模板分别填，明天中午前各报各的',
            '两边表格不一样，请各乡镇分别填报两套',
            '同样的数据，民政要一份，乡村振兴还要一份',
            '总结材料按市、县两个模板分别准备，下周一前报',
          ],
          noMatch: ['两个村的情况我都了解了'],
        },
      },
      {
        id: 'mismatched-formats',
        description: '同一数据口径、格式不一，要求分别填报（“格式还不一样，请各社区分别填报”）。',
        keywords: ['分别填', '分别报', '分别交', '各自填', '各自报', '各自交', '各填', '各报', '各交', '也要', '还要', '又要', '也得', '还得', '又得'],
        pattern: String.raw`
          (?:口径|格式|模板|表格|表样)[^,;:!?。\n]{0,2}(?:不同|不一样|不一致|各异|不统一)   # the shapes differ ...
          [^;!?。\n]{0,16}? (?<trigger> (?:分别|各自|各)(?:填|报|交) | (?:也|还|又)(?:要|得)(?:再)?(?:填|报|交)(?![名销到道]) )                      # ... so fill each one`,
        examples: {
          match: ['区民政、区卫健、区残联各要一份，格式还不一样，请各社区分别填报', '两个局口径不同，各村各填一份', '另有一张差不多的表，统计口径不同，还得再填'],
          noMatch: ['格式不一样的话，发我看看'],
        },
      },
      {
        id: 'refile-after-filed',
        description: '已经录过、填过、报过的数据，又要求再报、重新填（“系统里已经录过了，还要再报纸质版”）。',
        keywords: ['录过', '填过', '报过', '传过', '交过', '录入过', '录好了', '填好了', '报好了'],
        pattern: String.raw`
          (?:录入?|填|报|传|交)(?:过|好了)[^;!?。\n]{0,18}?           # already filed ...
          (?<trigger> (?:再|重新|又|还要|还得)[^,;:!?。\n]{0,4}?(?:填|报|交|录) )   # ... and once more`,
        examples: {
          match: ['之前系统里已经录过了但是县里说还要再报一个纸质版', '上周报过的数据，这周又让填一遍'],
          noMatch: ['已经填过了，谢谢'],
        },
      },
      {
        id: 'refile-after-system',
        description: '数据已在系统、平台填过，又要求乡镇重新手工填报或再交纸质表。',
        keywords: ['已在', '已经在'],
        pattern: String.raw`
          (?<trigger>
            已(?:经)?在[^,;:!?。\n]{0,8}(?:系统|平台)     # already filed in a system ...
            [^;!?。\n]{0,14}?(?:再|重新|又|还要|还得)     # ... and again ...
            [^,;:!?。\n]{0,4}(?:填|报|交) )                 # ... by hand`,
        examples: {
          match: ['已经在省系统里填过了，县里还要再手工填一遍', '已在一网通平台填报，还要重新报纸质版'],
          noMatch: ['已经在系统里填好了，谢谢'],
        },
      },
      {
        id: 'refile-after-entered',
        description: '前文说数据已录入、已上报到系统或平台（“已录入‘鄂汇办’及部省系统的信息”），又要求再用表格汇总报送一份、另送纸质版；“已录入系统”由 accept 在同一句前文查找。',
        keywords: ['再', '重新', '另'],
        pattern: String.raw`
          (?<trigger> (?<refiled> (?:再|重新|另外?)[^,;:!?。\n]{0,14}?       # again (再用excel按附表格式汇总, 另) ...
            (?:填报|报送|上报|提交|(?<![通预汇])报(?![名销到道告])|填(?!补)|交|送)(?:一份|一遍|一次|一套)? ) )   # ... filed once more`,
        examples: {
          match: ['请将已录入“鄂汇办”及部省系统的退役军人基础信息，再用Excel按附表格式汇总报送一份', '已经上传到省平台的花名册，另送纸质版一份'],
          noMatch: ['已经在系统里填好了，谢谢'],
        },
      },
      {
        id: 'layered-report',
        description: '材料层层上报、逐级汇总（村报管区、管区报镇、镇报县）。',
        keywords: ['层层', '逐级', '报管区', '报片区', '报小组', '报村', '报镇', '报乡', '报苏木', '报街道', '报社区', '报嘎查', '报县', '报旗', '报区', '报市', '报州', '报盟'],
        pattern: String.raw`
          (?<trigger>
              (?:层层|逐级)(?:报|上报|报送|填报|汇总|收集|要|审核上报)    # 004: 层层报材料
              # two hops up a chain in one sentence: "村里报管区, 管区汇总报镇"
            | 报{{level}}[^;!?。\n]{0,24}?报{{level}} )`,
        examples: {
          match: [
            '先由各村写，村里报管区，管区汇总报镇，镇里再整合报县',
            '由各村民小组先报村委会，村委会汇总后报镇',
            '材料要层层报上来',
            '再导出打印纸质版报县局，同时报送电子版至邮箱，县局汇总后报州局',
          ],
          noMatch: ['有情况及时报镇民政办'],
        },
      },
      {
        id: 'records-as-standard',
        description: '以会议记录、台账、工作笔记、领导批示、照片等留痕材料作为工作是否落实的标准或依据。',
        keywords: ['依据', '标准', '以此', '据此', '凭此', '为准'],
        pattern: String.raw`
          (?<trigger> (?<rec>{{records}}) [^;!?。\n]{0,16}? {{standard}} )   # "records ... as the basis"`,
        examples: {
          match: [
            '需附会议记录复印件、工作笔记扫描件和现场照片不少于10张，以此作为冬训是否落实的依据',
            '附批示件复印件，作为年终评价工作落实情况的依据',
            '将传达会会议记录和照片作为落实依据报县局',
          ],
          noMatch: ['会议记录我发群里了', '照片拍得不错'],
        },
      },
      {
        id: 'records-reported-up',
        description: '要求把会议记录、工作笔记、照片等留痕材料报给县（旗、区）、镇里，用来证明工作做了。',
        keywords: ['报上来', '交上来', '发上来', '送上来', '报上去', '交上去', '发上去', '送上去', '报县', '报旗', '报区', '报市', '报州', '报盟', '报镇', '报乡', '报苏木', '报街道', '报至县', '报至旗', '报至区', '报至市', '报至州', '报至盟', '报至镇', '报至乡', '报至苏木', '报至街道', '报到县', '报到旗', '报到区', '报到市', '报到州', '报到盟', '报到镇', '报到乡', '报到苏木', '报到街道', '报给县', '报给旗', '报给区', '报给市', '报给州', '报给盟', '报给镇', '报给乡', '报给苏木', '报给街道', '报送县', '报送旗', '报送区', '报送市', '报送州', '报送盟', '报送镇', '报送乡', '报送苏木', '报送街道', '报送至县', '报送至旗', '报送至区', '报送至市', '报送至州', '报送至盟', '报送至镇', '报送至乡', '报送至苏木', '报送至街道', '报送到县', '报送到旗', '报送到区', '报送到市', '报送到州', '报送到盟', '报送到镇', '报送到乡', '报送到苏木', '报送到街道', '报送给县', '报送给旗', '报送给区', '报送给市', '报送给州', '报送给盟', '报送给镇', '报送给乡', '报送给苏木', '报送给街道', '交县', '交旗', '交区', '交市', '交州', '交盟', '交镇', '交乡', '交苏木', '交街道', '交至县', '交至旗', '交至区', '交至市', '交至州', '交至盟', '交至镇', '交至乡', '交至苏木', '交至街道', '交到县', '交到旗', '交到区', '交到市', '交到州', '交到盟', '交到镇', '交到乡', '交到苏木', '交到街道', '交给县', '交给旗', '交给区', '交给市', '交给州', '交给盟', '交给镇', '交给乡', '交给苏木', '交给街道', '送县', '送旗', '送区', '送市', '送州', '送盟', '送镇', '送乡', '送苏木', '送街道', '送至县', '送至旗', '送至区', '送至市', '送至州', '送至盟', '送至镇', '送至乡', '送至苏木', '送至街道', '送到县', '送到旗', '送到区', '送到市', '送到州', '送到盟', '送到镇', '送到乡', '送到苏木', '送到街道', '送给县', '送给旗', '送给区', '送给市', '送给州', '送给盟', '送给镇', '送给乡', '送给苏木', '送给街道', '报来', '交来', '送来', '报部里', '报局里', '报委里', '报办里', '交部里', '交局里', '送部里', '送局里', ...DEPT_KEYWORDS],
        pattern: String.raw`
          (?<trigger>
              {{records}} ${timeGap(10)}                                   # minutes, notebooks, photos (明天中午12点前) ...
              (?:报送?|上报|交|送)(?:至|到|给)?(?:县|旗|区|市|州|盟|镇|乡|苏木|街道|(?:部|局|委|办)里   # ... sent up to a higher body
                | (?:宣传|组织|统战|政法|社工|党建|党政|综治|应急|民政|农业农村|乡村振兴)(?:部|局|委|办) )   # 报宣传部
              # minutes or notebooks "报上来 / 交上来" (photos alone are R06's business)
            | (?:会议记录|记录本|会议纪要|工作笔记|学习笔记|台账|批示件?)[^,;:!?。\n]{0,10}(?:(?:报|交|发|送)上(?:来|去)|(?:报|交|送)来) )`,
        examples: {
          match: ['传达会的会议记录和照片后天报来', '学习笔记和签到表报局里存档', '并将会议记录报县委办', '传达会的会议记录和照片报送县局', '明天要把会议记录和照片报上来', '学习会照片和签到表周五下午5点前报组织部'],
          noMatch: ['会议记录发我一下'],
        },
      },
      {
        id: 'records-counted',
        description: '按台账、笔记、照片的多少、厚度给乡镇、村评价打分。',
        keywords: ['多少', '数量', '厚度', '本数', '张数', '就看', '主要看', '只看', '全看', '就是看', '主要是看', '只是看', '全是看'],
        pattern: String.raw`
          (?<trigger>
              {{records}} [^,;:!?。\n]{0,8}(?:多少|数量|厚度|本数|张数)     # how many records ...
              [^,;:!?。\n]{0,4}(?:评价|衡量|判断|考核|打分|评分|排名)        # ... decides the grade
              # "检验工作成效, 就看台账"
            | (?:检验|评价|衡量|考核|判断)[^;!?。\n]{0,10}(?:就|主要|只|全|就是|主要是|只是|全是)看[^,;:!?。\n]{0,6}(?:{{records}}|材料) )`,
        examples: {
          match: ['按台账多少给各村打分', '以照片数量评价各村工作', '以后检验各村工作成效，就看你们的工作台账做得全不全'],
          noMatch: ['台账多少页都行'],
        },
      },
      {
        id: 'records-pile',
        description: '按台账、笔记、照片的厚度、多少“说话”、论英雄（“年底按台账厚度说话”），或资料、记录不全就视为工作未落实（“资料不全的一律视为工作未落实”）。',
        keywords: ['厚度', '多少', '本数', '张数', '不全', '不齐', '不完整', '缺项', '缺失'],
        pattern: String.raw`
          (?<trigger>
              (?:按|凭|看|比)[^,;:!?。\n]{0,2}{{records}}[^,;:!?。\n]{0,2}(?:厚度|多少|本数|张数)(?:说话|论英雄|评|打分|定|排)   # the pile is the verdict
              # a thin pile is punished: "台账不全的直接扣分通报"
            | {{ledgers}}[^,;:!?。\n]{0,4}(?:不全|不齐|不完整|缺项)[^,;:!?。\n]{0,6}(?:扣分|通报|约谈|问责|不得分|降档|不合格)
              # a missing record means the work was not done: "资料不全的一律视为工作未落实", "没有记录的按未开展认定"
            | (?:{{ledgers}}|资料|材料|记录|笔记)[^,;:!?。\n]{0,4}(?:不全|不齐|不完整|缺项|缺失)的?,?[^,;:!?。\n]{0,4}(?:视为|视同|按|认定为?|算作?)[^,;:!?。\n]{0,4}(?:未|没有?|不)(?:落实|开展|完成|到位) )`,
        examples: {
          match: ['今年每个村的工作必须有照片、有记录、有签字，年底按台账厚度说话', '每月5号前各乡镇报送上月低保动态管理台账，台账不全的直接扣分通报', '学习记录缺失的，按未开展学习认定'],
          noMatch: ['台账厚度不限', '申报材料不全的不予受理'],
        },
      },
      {
        id: 'records-inspected',
        description: '查阅、调阅、重点查会议记录、台账、工作笔记、领导批示，以此衡量工作。',
        keywords: ['查阅', '查看', '翻阅', '调阅', '调看', '调取', '翻看', '要翻', '会翻', '来翻', '得翻', '去翻', '重点查', '重点翻', '重点看', '主要查', '主要翻', '主要看', '专门查', '专门翻', '专门看'],
        pattern: String.raw`
          (?<trigger>
            (?:查阅|查看|翻阅|调阅|调看|调取|翻看|(?:重点|主要|专门)(?:查|翻|看)|(?:要|会|来|得|去)翻(?![译修新身盖脸车]))   # "要翻党委会会议记录"
            [^,;:!?。\n]{0,24}          # whose, since when, which series (各乡镇及所辖村2024年以来的“三会一课”会议记录)
            {{records}} )`,
        examples: {
          match: ['重点查阅各乡镇党委会议记录、领导批示落实台账和干部工作笔记', '督查组明天来，重点翻各村的会议记录和工作笔记', '调阅各村和各驻村工作队去年以来的“主题党日”会议记录', '考核组到了要翻各村两委的会议记录本'],
          noMatch: ['会议记录我发群里了', '查看各村道路硬化进度', '要翻新村部会议室'],
        },
      },
      {
        id: 'records-handed-over',
        description: '督查检查时要求乡镇、村提供、出示会议记录、台账、工作笔记（“督查时提供近两年工作台账”“检查当天出示会议记录本”）：以记录衡量工作。',
        keywords: ['提供', '出示', '拿出', '交验', '调取'],
        pattern: String.raw`
          (?:检查|督查|督察|督导|验收|考核|暗访|巡察)(?:组)?(?:时|期间|中|过程中|现场|当天|时候|的时候|来了|到了|到时)   # when the inspectors are there ...
          [^,;:!?。\n]{0,6}? (?<trigger> (?:提供|出示|拿出|交验|调取)[^,;:!?。\n]{0,10}?{{ledgers}} )   # ... the records are handed over`,
        examples: {
          match: ['督查时提供近两年工作台账、影像资料', '检查组到了请各村出示两委会议记录本'],
          noMatch: ['检查时提供身份证复印件', '请提供工作台账模板'],
        },
      },
      {
        // Split from records-inspected so that each keeps a reach recheck can still prove safe.
        id: 'records-on-display',
        description: '要求把会议记录、台账、工作笔记摆出来、放好备查，供检查现场翻阅；巡查记录、值班日志、会议纪要等一般记录，或“放桌上”“放会议室”的，须附近写明督查检查（accept）。只要求“准备好”台账、档案的是 R01 的迎检（fixtures AE058、AK074、AG075）。',
        keywords: ['备查', '摆出来', '翻阅', '查阅', '摆在', '摆到', '摆放在', '摆放到', '陈列', '放桌上', '放在桌', '放到桌', '放会议室', '放在会议室', '放到会议室'],
        pattern: String.raw`
          (?<trigger> (?:{{ledgers}} | (?<broad>记录|日志|纪要|笔记))[^;!?。\n]{0,14}   # the records (巡护记录, 值班日志: broad, so an inspection must be near) ...
            (?:备查|摆出来|现场翻阅|翻阅|查阅|摆(?:放)?(?:在|到)|陈列                  # ... laid out (台帐全部整理好摆在村部) ...
              | (?<readied>放(?:在|到)?(?:桌上|会议室)) ) )                          # ... or put out for the visit (an inspection must be near)`,
        examples: {
          match: ['这半年的会议记录本、民情日记都摆出来备查', '各村把两委会议记录本放在村部备查', '各村的工作台账统一摆在活动室', '督导组周四到，各站把巡护记录整理好放会议室'],
          noMatch: ['会议记录我发群里了'],
        },
      },
      {
        id: 'team-looks-at-records',
        description: '检查组、督查组来了“要看”“来看”会议记录、台账、笔记（“督察组周三到咱们镇，要看村里的会议记录本”）。',
        keywords: ['检查组', '督查组', '督察组', '督导组', '考核组'],
        pattern: String.raw`
          (?:检查|督查|督察|督导|考核)组[^;!?。\n]{0,10}                    # the team comes ...
          (?<trigger> (?<!不)(?:要|来|会)看[^,;:!?。\n]{0,12}{{records}} )    # ... and will look at the records (要看乡镇和中心校的联席会议纪要)`,
        examples: {
          match: ['督察组周三到咱们镇，要看村里的会议记录本和三会一课笔记', '旗里督查组下周要来看各嘎查的会议记录'],
          noMatch: ['检查组来了不看台账', '检查组要看现场'],
        },
      },
      {
        id: 'records-leafed',
        description: '要求把会议记录、台账、工作日志准备好，供检查“一本一本翻”“逐本翻阅”（记录名在同一句前面，由 accept 在句内查找）。',
        keywords: ['一本一本', '逐本', '逐页', '挨本', '一页一页', '一张一张', '一份一份', '逐份', '逐张', '挨页'],
        pattern: String.raw`
          (?<leafed> (?:一本一本|逐本|逐页|挨本|一页一页|一张一张|一份一份|逐份|逐张|挨页)(?:地)?(?:翻阅|查阅|查看|翻|查|看) )   # accept: ledgers named earlier in the sentence or as the object after it`,
        examples: {
          match: ['麻烦各站把巡查台帐、工作日制都准备好，他们要一本一本翻', '考核组来了要逐本查看各村两年来的会议记录'],
          noMatch: ['一本书看完了'],
        },
      },
      {
        id: 'named-regime',
        description: '要求报送、上报某项“日报”“周报”“旬报”，中间隔着报的内容（“每天16:00前报防溺水巡查日报”“按时上报秋收进度周报表”）。',
        keywords: ['日报', '周报', '旬报'],
        pattern: String.raw`
          (?<trigger> (?:报送|上报|填报|(?<![通预举喜捷播情画海转])报|交)[^,;:!?。\n]{0,8}?   # file ... (what it is about) ...
            (?:日报|周报|旬报)(?![社纸刊]) )                                               # ... a daily or weekly report (not a newspaper)`,
        examples: {
          match: ['明天起各乡镇每天16:00前报防溺水巡查日报', '请各村按时上报秋收进度周报表'],
          noMatch: ['把这篇文章投给县日报社', '通报日报的情况'],
        },
      },
      {
        id: 'records-posted',
        description: '要求把会议记录、台账、工作笔记发到群里、传到平台，证明会开了、事做了（“会议照片和会议记录下周一前一并发到群里”）；须是向各乡镇、村提出的（accept）。',
        keywords: ['会议记录', '会议纪要', '记录本', '工作笔记', '学习笔记', '台账', '台帐', '民情日记', '工作日志'],
        pattern: String.raw`
          (?<trigger> (?:会议记录|会议纪要|记录本|工作笔记|学习笔记|台账|台帐|民情日记|工作日志)   # the records proper (not a sign-in sheet or photos alone)
            ${timeGap(10)}?(?:一并|统一|都|也)?(?:发|传|上传|晒)(?:到|至|进|在)             # ... posted ...
            [^,;:!?。\n]{0,4}?(?<posted>群|平台|系统|app|小程序) )                          # ... to a group or an app`,
        examples: {
          match: ['会议照片和会议记录下周一前一并发到群里', '各村把两委会会议记录统一上传到党建平台'],
          noMatch: ['会议记录我发群里了', '会议记录发我一下'],
        },
      },
      {
        id: 'no-trace-not-done',
        description: '没有留痕、没有记录、没有台账的工作一律视为没做（“系统里没有留痕的一律视为未开展”）：以留痕作为工作是否落实的标准。',
        keywords: ['没有', '没', '未', '无'].flatMap((n) => ['留痕', '记录', '台账', '台帐', '痕迹', '佐证', '笔记', '工作笔记', '学习笔记', '会议记录', '会议纪要', '纪要', '日志', '工作日志'].map((t) => n + t)),
        pattern: String.raw`
          (?<trigger> (?:没有|没|未|无)(?:留痕|记录|台账|台帐|痕迹|佐证|(?:工作|学习)?笔记|会议记录|会议纪要|纪要|(?:工作)?日志)[^;!?。\n]{0,8}   # no trace, no notebook (的工作,) ...
            (?:视为|视同|按|认定为?|算作?|当作)[^,;:!?。\n]{0,4}(?:未|没有?|不)                                # ... counts as not ...
            (?:落实|开展|完成|到位|做|干|排查|检查|巡查|走访|学习|传达|召开|开会|整改|履职|执行|推进) )   # ... done (视为没有排查, 按未学习认定)`,
        examples: {
          match: ['系统里没有留痕的一律视为未开展', '无台账的工作按没干认定', '台账里没有记录的工作，一律按未完成认定', '没有笔记的一律视为没有排查', '无会议纪要的按未传达认定'],
          noMatch: ['没有记录的话打电话问一下'],
        },
      },
      {
        id: 'uploads-as-measure',
        description: '按上传、报送的照片、记录条数来计算工作量、判断工作实不实（“每周上传不少于5条工作照片，按上传数量计算工作量”）；照片、记录由 accept 在前文查找。',
        keywords: ['数量', '条数', '张数', '次数', '多少'],
        pattern: String.raw`
          (?<trigger> (?<![不别莫再])(?:按|以|凭|根据|看)[^,;:!?。\n]{0,8}?(?:数量|条数|张数|次数|多少)(?:来|去)?   # by the count (按上传数量来, 按各村上传的照片条数; not 不以台账多少) ...
            (?:计算|核定|认定|评定|折算|衡量|判断|评价|评判|算|计)[^,;:!?。\n]{0,6}?               # ... is judged ...
            (?<measured>工作量|工作实绩|工作成效|实不实|干没干|工作好坏|工作优劣|工作成绩|工作) )   # ... the work`,
        examples: {
          match: ['按上传数量计算工作量', '街道按上传数量来判断各社区工作实不实', '年底按各村上传的照片条数评定工作实绩'],
          noMatch: ['按户数计算补贴', '不以台账多少、照片多少评价工作'],
        },
      },
      {
        id: 'photo-quota',
        description: '报送台账、材料时规定照片张数（“每月报台账，附照片不少于20张”“照片每次不少于十张”）：以照片留痕衡量工作；发到群里、传到 APP 的照片张数是 R06 的事，由 accept 排除。',
        keywords: ['不少于', '不低于', '至少', '最少', '不得少于'],
        pattern: String.raw`
          (?<trigger> (?<quota>照片|相片|图片)[^,;:!?。\n]{0,6}?(?:不少于|不低于|至少|最少|不得少于)   # photos, at least ...
            [^,;:!?。\n]{0,4}?张 )                                                          # ... N of them`,
        examples: {
          match: ['各村每季度报送禁毒宣传台账，附照片不少于15张', '每月检查各村调解台账，照片每次至少八张'],
          noMatch: ['照片拍得不错', '至少来三个人'],
        },
      },
      {
        id: 'cycle-then-report',
        description: '概念检查：句中先写每天、每周等周期，后面隔得较远才写报送（“每周二、周五中午12点前，将辖区重点人员稳控情况报县委政法委”）；报送动作由 accept 在周期词后的有限窗口内查找。',
        keywords: ['每天', '每日', '天天', '每晚', '每早', '每个工作日', '每周', '每个周', '每逢周', '每星期', '每个星期', '每旬', '每半月', '每半个月', '每两周', '隔周', '每两天', '每隔', '隔天', '早晚各', '上下午各', '逐日', '逐周'],
        fallback: true,
        pattern: String.raw`
          (?<cycle> {{frequent}} )   # accept: a filing verb within the sentence after it`,
        examples: {
          match: ['请各乡镇于每周二、周五中午12点前，将辖区重点人员稳控情况报县委政法委', '各村（社区）即日起每天下午四点前把当天的疫苗接种人数、未接种原因报到镇卫健办'],
          noMatch: ['周末休息'],
        },
      },
      {
        id: 'refile-concept',
        description: '概念检查：重复的提示（重新、再次、补报、再以……形式、另行）与一次填报（填报、报送、录入、报一份、填一遍）在同一句里相距不远（“逐月重新核对填报”“请再以excel形式报一份”）。',
        keywords: ['重新', '再次', '重复', '再以', '再按', '再用', '再补', '补报', '另外再', '再报', '再填', '在按', '在用', '在以'],
        fallback: true,
        pattern: String.raw`
          (?<rep> {{againCue}} ) [^;!?。\n]{0,10}? (?<trigger> {{fileBurden}} )   # again, then the filing`,
        examples: {
          match: ['请各乡镇对今年以来的全部报表逐月重新核对填报', '请再以excel形式报一份', '请大家把已经报过的再补报一次'],
          noMatch: ['数据已汇总完毕', '请重新发一下这两条'],
        },
      },
      {
        id: 'multi-format-concept',
        description: '概念检查：同一数据按两种以上口径、模板、格式各填一份、分别报送（“分别按统计口径、农业口径各填一份”）。',
        keywords: ['口径', '模板', '格式', '表样'],
        fallback: true,
        pattern: String.raw`
          (?:口径|模板|格式|表样)[、和及与,][^;!?。\n]{0,12}?(?:口径|模板|格式|表样)   # two shapes named ...
          [^;!?。\n]{0,8}? (?<trigger> (?:各|分别|各自)[^,;:!?。\n]{0,2}(?:填|报|交) )   # ... each one filled`,
        examples: {
          match: ['分别按统计口径、农业口径、帮扶口径各填一份'],
          noMatch: ['按统计口径填一份'],
        },
      },
      {
        id: 'same-data-again',
        description: '概念检查：要求单独报、各填一份、另报一份，而前文（80 字内，可跨问答）说明是同一批人、一模一样的表、同样的数据（“又要一模一样的表……不行，我们局要单独报”）；“同一数据”由 accept 查找。',
        keywords: ['单独报', '单独填', '另报', '另填', '各填', '分别填', '分别报', '都要填'],
        fallback: true,
        pattern: String.raw`
          (?<trigger> (?<dupDemand> 单独(?:报|填) | 另(?:报|填) | 各填 | 分别(?:填|报) | 都要填 ) )   # accept: the same data named before it`,
        examples: {
          match: ['很多信息其实都是同一批人，大家辛苦一下各填一份'],
          noMatch: ['请各村报送本村的户籍人口'],
        },
      },
      {
        id: 'traces-required',
        description: '概念检查：要求每项工作都拍照留痕、以影像资料为准，把留痕当作落实的证明。',
        keywords: ['留痕', '为准'],
        fallback: true,
        pattern: String.raw`
          (?<trigger>
              (?:拍照|照片|影像|图片|视频|全程|每项工作|每件事)[^,;:!?。\n]{0,4}留痕     # photos kept as traces
            | (?<rec>{{records}})[^,;:!?。\n]{0,10}为准 )                                   # records are what counts`,
        examples: {
          match: ['请每项工作都拍照留痕', '以影像资料和工作记录为准'],
          noMatch: ['以系统数据为准'],
        },
      },
    ],
    exceptions: [
      RELEASED,
      CLEANED_UP_AFTER,
      ...RELIEF_ALL_RULES,
      ASKED,
      {
        id: 'count-scored',
        why: '“上报”后面接的是被打分排名的数量（“按各村网格员上报事件数打分排队”）：上报数是考评指标，不是要求填表报数。',
        pattern: String.raw`^[^,;:!?。\n]{0,4}?` + COUNT_SCORED,
        scope: 'after',
        examples: ['事件数打分排队'],
      },
      {
        id: 'cases-counted',
        why: '负担后面紧跟件数、起数（“违规借调6件、重复填报7件”“反映重复报送问题3起”）：是在统计反映、查处的问题，不是在要求填报。',
        pattern: String.raw`^(?:的)?(?:问题|现象|情况|行为|事项|方面)?(?:共|有)?(?:[0-9]{1,4}|[一两二三四五六七八九十百]{1,4})(?:件|起|宗|例)`,
        scope: 'after',
        examples: ['今年共收到基层反映问题23件，其中重复填报7件、违规挂牌4件。'],
      },
      {
        id: 'someone-still-demands',
        why: '“哪个部门还要乡镇每天报表的，直接打电话”“如有单位仍要求重复填报”：说的是别人仍在施加的负担，是在请基层反映、准备纠正，不是在要求填报。',
        pattern: String.raw`(?:哪个|哪家|哪些|哪一个|谁|凡是|如有|若有|如果有|要是有|发现有?)[^,;:!?。\n]{0,10}?(?:还|再|仍然?|依然|又|继续)(?:在|敢)?(?:要求?|让|叫|搞|布置)`,
        scope: 'before',
        examples: ['县直部门哪个还要乡镇每天报表的，你们直接打电话给我。'],
      },
      {
        id: 'avoid-duplicates',
        why: '“怕重复提交”“防止重复填报”：是在防止重复，不是在要求重复填报（“问卷怎么设置每人只能填一次，怕重复提交”）。',
        pattern: String.raw`(?:怕|生怕|防止|以免|免得|省得|担心|避免)[^,;:!?。\n]{0,2}$`,
        scope: 'before',
        examples: ['我做了个满意度调查，怕重复提交'],
      },
      {
        id: 'told-not-to',
        why: '“别又重复报”“不要再重复填”：是在叫人不要重复，不是在要求重复填报。',
        // not 分别, 区别, 个别: "各村分别按三种格式各填"
        pattern: String.raw`(?:(?<![分区告特个类级识鉴性差])别|不要|不用|不必|无需|无须|勿|莫|不准|不许|不得|严禁|禁止)(?:再|又|去)?$`,
        scope: 'before',
        examples: ['这张表前天已经交了吧？不要再重复报了'],
      },
      {
        id: 'none-found',
        why: '自查、核查说“不存在要求……的情况”“没有发现要求……”：是在报告没有这种做法，不是在要求填报。',
        pattern: String.raw`(?:不存在|未发现|没有发现|没发现|未出现|没有出现|杜绝了?)[^,;:!?。\n]{0,8}?(?:要求|让|叫|强制)[^,;:!?。\n]{0,6}$`,
        scope: 'before',
        examples: ['经自查，本街道不存在要求社区每周报表的情况。'],
      },
      {
        id: 'quoted-and-answered',
        why: '消息开头引用一句通知（「……」），下面是回复“收到，已经报了”：是下级在回话，不是在布置。',
        pattern: String.raw`^「[^」\n]+」[ \n]?(?:收到|好的|已收到|明白|已报|已经报|已交|已经交|已填|已经填)`,
        scope: 'message',
        examples: ['「各社区每周五报送走访台账」\n好的，我们社区这周的已经交了。'],
      },
      {
        id: 'location-report',
        why: '每天在群里“报一下自己在哪”“发个定位”是打卡定位（属 R06），不是填表报数。',
        pattern: String.raw`定位 | 实时位置 | 位置共享 | 共享位置 | 自己在哪 | 人在哪`,
        scope: 'sentence',
      },
      {
        id: 'township-asks-enterprises',
        why: '乡镇（站所）要求辖区企业、加油站、商户报送安全巡检等情况，是乡镇对企业的本职监管，不是上级对基层的填表负担（企业只是乡镇所报表格的内容时不算：“各镇把辖区企业排查表每周报一次”）。',
        // Not when the enterprises are only what the township's filing is about ("各镇把辖区企业隐患排查表每周一报一次",
        // "汇总辖区企业的检查情况报县局"): the township files, upwards.
        pattern: String.raw`(?<!把|将|汇总|统计|梳理|摸排|摸清)(?:各(?!乡镇|镇|乡|街道|苏木|村|社区|嘎查)|辖区|辖区内|辖区各)[^,;:!?。\n把将]{0,4}(?:企业|加油站|商户|经营户|门店|店铺|商铺|煤矿|矿山|工地|养殖场|厂矿|酒店|宾馆|景区|网吧)`,
        scope: 'sentence',
      },
      {
        id: 'one-off',
        why: '只报一次、一次性报送、报送后不再重复收集的单次索取不属于反复填表报数。',
        pattern: String.raw`就报这一次 | 只报这一次 | 只报一次 | 一次性报送 | 不再重复 | 报送后不再`,
        scope: 'sentence',
      },
      {
        id: 'not-used-as-standard',
        why: '负担后面紧接着说“不能拿来当……”“不得作为……”（“拍照留痕也不能拿来当评价工作的尺子”）：是在否定这种做法，不是在要求。',
        pattern: String.raw`^[^,;:!?。\n]{0,3}?(?:也|都|就|并|再)?(?:不能|不得|不应|不要|不准|不许|不宜|别)(?:再)?(?:拿来|拿去|作为|当作?|用来|用作|频繁|随意|简单)`,
        scope: 'after',
        examples: ['基层填表报材料不能频繁要，拍照留痕也不能拿来当评价工作的尺子。'],
      },
      {
        id: 'negated-inside',
        why: '触发词里就写着“不能作为”“不得作为”（“会议记录不能作为评价工作的唯一标准”）：是在否定这种做法。',
        pattern: String.raw`不(?:能|得|应|要|再|宜)(?:再)?(?:拿来|作为|当作?|用来|用作|以此)`,
        scope: 'trigger',
        examples: ['文件里说得清楚，会议记录不能作为评价工作的唯一标准。'],
      },
      {
        id: 'not-the-standard',
        why: '“不以台账多少评价工作”“不把会议记录作为标准”是在纠正，不是在要求。',
        pattern: String.raw`不以 | 不把 | 不将 | 不再以 | 不看 | 不查 | 不用再 | 不必再 | 无需再`,
        scope: 'before',
      },
      {
        id: 'complaint',
        why: '干部吐槽“天天填表累死了”是在诉说负担，不是在施加负担（可以用“举报”反映）。',
        pattern: '{{complaint}}',
        scope: 'sentence',
      },
      {
        id: 'stopped-at-end',
        why: '句子以“从下周一开始，不再接龙”“今后不再报送”收尾：宣布停止这项填报，不是在布置。',
        // Only as the sentence's last clause: "从下周起不再报纸质版，改为每天在系统填报" goes on to a new order.
        pattern: String.raw`(?:(?:从|自)[^,;:!?。\n]{1,6}(?:起|开始)|即日起|今后|以后|此后),?(?:一律|统一|全部)?(?:不再|取消|停止)
          [^,;:!?。\n]{0,4}(?:接龙|报送|上报|填报|报表|日报|周报|报|填|交)[^,;:!?。\n]{0,3}$`,
        scope: 'sentence',
        examples: ['各村每天在群里接龙报进度的事，镇里研究了，从下个月起不再接龙'],
      },
      {
        id: 'regime-cancelled',
        why: '宣布取消、废止、停止日报周报等报送制度，是在减负。',
        pattern: String.raw`(?:取消|废止|停止|叫停|撤销)(?![^,;:!?。\n]{0,4}资格)`,
        scope: 'clause',
      },
      {
        id: 'data-received',
        why: '感谢已报数据、说明数据已汇总或由系统直接提取，是在减少填报。',
        pattern: String.raw`已汇总完毕 | 汇总完毕 | 直接(?:提取|调取|比对|从系统) | 系统(?:自动)?(?:提取|调取|比对) | 不用再报 | 无需再报 | 不用再填`,
        scope: 'message',
      },
    ],
    accept: (ctx) => {
      if (ctx.groups.quota) return PHOTO_QUOTA_FILED.test(ctx.text) && !PHOTO_QUOTA_ONLINE.test(ctx.text);
      const measured = ctx.groups.measured;
      if (measured) return TRACES.test(ctx.text.slice(Math.max(0, measured.start - TRACES_REACH), measured.start));
      if (ctx.groups.posted) return GRASS_TARGET.test(ctx.text);
      const refiled = ctx.groups.refiled;
      if (refiled) {
        let from = refiled.start;
        while (from > 0 && refiled.start - from < ENTERED_REACH && !/[;!?。\n]/.test(ctx.text[from - 1]!)) from--;
        return ENTERED_IN_SYSTEM.test(ctx.text.slice(from, refiled.start));
      }
      const dup = ctx.groups.dupDemand;
      if (dup) return SAME_DATA.test(ctx.text.slice(Math.max(0, dup.start - SAME_DATA_REACH), dup.start));
      const cycle = ctx.groups.cycle;
      if (cycle) return reportAfter(ctx.text, cycle.end);
      const leafed = ctx.groups.leafed;
      if (leafed) return LEDGERS_RE.test(ctx.text.slice(Math.max(0, leafed.start - 40), leafed.start)) || LEDGERS_RE.test(ctx.text.slice(leafed.end, leafed.end + LEAFED_AFTER));
      if (ctx.groups.broad || ctx.groups.readied) return INSPECTION_NEAR_RE.test(ctx.text.slice(Math.max(0, ctx.groups.trigger!.start - INSPECTION_BEFORE), ctx.groups.trigger!.end + INSPECTION_AFTER));
      const rec = ctx.groups.rec;
      return !(rec && PHOTOS_ONLY.test(rec.value) && POSTED_TO_CHAT.test(ctx.sentence));
    },
  },
  { ...LEXICON, ...LOCAL },
);
