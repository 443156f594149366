// R03 不得反复填表报数 — 004 §九(三):
// “不得反复填表报数。坚决纠正机械式做法,不准随意要求乡镇填表报数、层层报材料。不能简单将有没有领导批示、
//  开会发文、台账记录、工作笔记等作为工作是否落实的标准,把基层干部从整天忙于填表中解脱出来。”
//
// In chat: daily/weekly reporting (日报、周报、每天报送、零报告), re-filing what was already filed
// (重新填报、再报一次、两套表格各报各的), reporting up a chain (村报管区、管区报镇、镇报县; 层层报),
// and judging work by minutes, notebooks, 批示 and photos kept as traces. A single one-off
// request with a deadline, or thanks for data received, is not a breach.
import { defineRule } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { negationExcept } from '../context.js';
import { DOC_004, DOC_CENTRAL_2024 } from '../basis.js';

/** A gap that also steps over clock times ("17:00") and commas ("每周五下午5点前，各嘎查向苏木报送"),
 *  but not over a sentence end. */
const timeGap = (n: number) => String.raw`(?:[^;:!?。\n]|:(?=[0-9])){0,${n}}`;

/** Rule-local word classes. */
const LOCAL = {
  /** Daily, weekly or ten-day cycles (monthly statistics are ordinary and left alone). */
  frequent: String.raw`(?:每天|每日|天天|每晚|每早|每个工作日|每周[一二三四五六日天]?|每星期[一二三四五六日天]?|每个星期[一二三四五六日天]?|每旬|每半月|逐日|逐周)`,
  /** Reporting or filling in. Bare 报 is too broad (报销, 报名, 报到): each form is spelled out. */
  report: String.raw`(?:
      报送 | (?<![早晚])上报 | 填报 | 报告 | 报表 | 报数 | 填表 | 填写 | 提交 | 汇总上报 | 报上来 | 交表
    | 报(?:一次|一遍|一下|给|进度|情况|数据|材料|名单|数字|镇|县|旗|区|街道|苏木|乡|村
         |上周|本周|当天|当日|今天|今日|昨天|昨日|前一天|上月)
    | 发给 | 交给 | 交到 | 报给 | 传给 | 送交 | 送到 | 发我 | 报我 | 交我 )`,
  /** Records that must not be the standard of whether work was done. */
  records: String.raw`(?:会议记录|记录本|会议纪要|台账|工作笔记|学习笔记|民情日记|批示件?|批示情况|签到表|现场照片|照片|影像资料|视频资料|佐证材料|痕迹材料)`,
  /** "as the basis/standard for judging whether it was done". */
  standard: String.raw`(?:作为[^;!?。\n]{0,12}(?:依据|标准) | 以此(?:作为|评价|衡量|判断|考核|认定))`,
  /** Units that report up a chain. */
  level: String.raw`(?:管区|片区|村民小组|小组|村委会?|嘎查|社区|村|镇|乡|苏木|街道|县|旗|区|市|州|盟)`,
};

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
        keywords: ['每天', '每日', '天天', '每晚', '每早', '每个工作日', '每周', '每星期', '每个星期', '每旬', '每半月', '逐日', '逐周', '日报', '周报', '旬报', '零报告', '一日一', '一周一', '一天一', '一日两', '一天两', '一日二', '一天多', '一日多', '一周两', '日清日报', '不停报', '也要报', '都要报', '也要填', '都要填', '也要交', '都要交'],
        pattern: String.raw`
          (?<trigger>
              # "every day / week ... (a time, the channel) ... report"
              {{frequent}} ${timeGap(20)} {{report}}
              # daily or weekly report forms and regimes by name
            | (?:日报|周报|旬报)(?:表|制度|机制|数据)
            | 零报告 | 一(?:日|天|周)(?:一|两|二|多)报 | 日清日报 | 不停报
              # "nothing to report? report anyway" is a zero report by another name
            | (?:没有|无情况|无进展|没情况|没进展)[^,;:!?。\n]{0,2}(?:也|都)要(?:报|填|交) )`,
        examples: {
          match: [
            '即日起各乡镇每天下午4点前通过邮箱报送秸秆禁烧日报表，节假日不停报',
            '低保户、五保户、残疾人信息每周五报一次',
            '每日17:00前报送《烤烟收购进度日报表》',
            '关于建立养老服务补贴发放情况周报制度的通知',
            '森林防火期各乡镇实行“零报告”',
          ],
          noMatch: ['每月报销一次差旅费', '每天早上报个平安就行', '周末报名参加健步走'],
        },
      },
      {
        id: 'repeat-report',
        description: '已报过的表格数据重新填报、再报一次、重复报送。',
        keywords: ['重新', '再次', '重复', '再报', '再填', '再上报', '再提交', '再手工', '再在', '再做', '再弄', '再统计', '再整理', '再汇总', '再核', '报一次', '报一遍', '报一回', '报一下', '填一次', '填一遍', '填一回', '填一下', '交一次', '交一遍', '交一回', '交一下', '后再', '报两次', '报多次', '报几次'],
        pattern: String.raw`
          (?<trigger>
              (?:重新|再次|重复)(?:手工)?(?:填报|报送|上报|填写|提交|填表|报(?![名销到道]))   # "重新填报", "重复报送"
            | 再(?:手工|在[^,;:!?。\n]{0,6})?(?:填报|报送|上报|填写|提交)           # "再手工填报", "再在群里报送"
            | 再[^,;:!?。\n]{0,8}?(?:报|填|交)(?:一次|一遍|一回|一下)              # "再在群里报一次", "再手工填一遍"
            | (?:核对|核实|修改|更正|完善)后再(?:报|交|填)                          # "重新核对后再报"
            | (?:重新|再)(?:做|弄|统计|整理|汇总|核)(?:一遍|一次|一份|一回)           # "按新口径重新做一遍"
            | 报(?:两|多|几)次 )`,
        examples: {
          match: [
            '请按新模板重新填报，另外把1-10月的月度数据再报一次',
            '请各村今天下午再在群里报一次户籍人口数',
            '上周已报的也要重新核对后再报',
            '县里说系统数据导不出来，让乡镇再手工填一遍',
          ],
          noMatch: ['数据已汇总完毕', '有情况及时报镇民政办'],
        },
      },
      {
        id: 'duplicate-forms',
        description: '同一数据按两套以上模板、口径分别填报（各报各的）。',
        keywords: ['两个', '两套', '两份', '两种', '两家', '两边', '多个', '多套', '多份', '多种', '多家', '多边', '几个', '几套', '几份', '几种', '几家', '几边', '各报各的', '分别填', '分别报', '一份', '一套', '一遍', '各家', '每家', '各部门', '个部门'],
        pattern: String.raw`
          (?<trigger>
              (?:两|多|几)(?:个|套|份|种|家|边)[^,;:!?。\n]{0,6}?(?:模板|表格|表|口径)[^;!?。\n]{0,12}?(?:分别|各自|都要|各)(?:填|报)
            | 分别(?:填报|填写|报送|填|报)(?:两|多|几)(?:套|份|次|遍)
            | 各报各的
              # "民政要一份, 乡村振兴也要一份"; "各家的表都要填"
            | (?:要|报|交|填)一(?:份|套|遍)[^;!?。\n]{0,10}?(?:也|还|又|再)(?:要|报|交|填)一(?:份|套|遍)
            | (?:各家|几家|多家|每家|各部门|几个部门|多个部门)(?:的)?(?:表|表格|材料|数据)?(?:都要|都得|分别|各自)(?:填|报|交|要) )`,
        examples: {
          match: ['两家表格口径不一样，各镇按两个模板分别填，明天中午前各报各的', '两边表格不一样，请各乡镇分别填报两套', '同样的数据，民政要一份，乡村振兴还要一份'],
          noMatch: ['两个村的情况我都了解了'],
        },
      },
      {
        id: 'refile-after-system',
        description: '数据已在系统、平台填过，又要求乡镇重新手工填报或再交纸质表。',
        keywords: ['系统', '平台'],
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
        id: 'layered-report',
        description: '材料层层上报、逐级汇总（村报管区、管区报镇、镇报县）。',
        keywords: ['层层', '逐级', '报管区', '报片区', '报小组', '报村', '报镇', '报乡', '报苏木', '报街道', '报社区', '报嘎查', '报县', '报旗', '报区', '报市', '报州', '报盟'],
        pattern: String.raw`
          (?<trigger>
              (?:层层|逐级)(?:报|上报|报送|填报|汇总|收集|要|审核上报)    # 004: 层层报材料
              # two hops up a chain in one sentence: "村里报管区, 管区汇总报镇"
            | 报{{level}}[^;!?。\n]{0,16}?报{{level}} )`,
        examples: {
          match: [
            '先由各村写，村里报管区，管区汇总报镇，镇里再整合报县',
            '由各村民小组先报村委会，村委会汇总后报镇',
            '材料要层层报上来',
          ],
          noMatch: ['有情况及时报镇民政办'],
        },
      },
      {
        id: 'records-as-standard',
        description: '以会议记录、台账、工作笔记、领导批示、照片等留痕材料作为工作是否落实的标准或依据。',
        keywords: ['会议记录', '记录本', '会议纪要', '台账', '工作笔记', '学习笔记', '民情日记', '批示', '签到表', '照片', '影像资料', '视频资料', '佐证材料', '痕迹材料'],
        pattern: String.raw`
          (?<trigger> {{records}} [^;!?。\n]{0,16}? {{standard}} )   # "records ... as the basis"`,
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
        keywords: ['会议记录', '记录本', '会议纪要', '台账', '工作笔记', '学习笔记', '民情日记', '批示', '签到表', '照片', '影像资料', '视频资料', '佐证材料', '痕迹材料'],
        pattern: String.raw`
          (?<trigger>
            {{records}} [^,;:!?。\n]{0,6}                                   # minutes, notebooks, photos ...
            (?:报送?|上报|交|送)(?:至|到|给)?(?:县|旗|区|市|州|盟|镇|乡|苏木|街道) )   # ... sent up to a higher body`,
        examples: {
          match: ['并将会议记录报县委办', '传达会的会议记录和照片报送县局'],
          noMatch: ['会议记录发我一下'],
        },
      },
      {
        id: 'records-counted',
        description: '按台账、笔记、照片的多少、厚度给乡镇、村评价打分。',
        keywords: ['会议记录', '记录本', '会议纪要', '台账', '工作笔记', '学习笔记', '民情日记', '批示', '签到表', '照片', '影像资料', '视频资料', '佐证材料', '痕迹材料'],
        pattern: String.raw`
          (?<trigger>
              {{records}} [^,;:!?。\n]{0,8}(?:多少|数量|厚度|本数|张数)     # how many records ...
              [^,;:!?。\n]{0,4}(?:评价|衡量|判断|考核|打分|评分|排名)        # ... decides the grade
              # "检验工作成效, 就看台账"
            | (?:检验|评价|衡量|考核|判断)[^;!?。\n]{0,10}(?:就|主要|只|全)看[^,;:!?。\n]{0,6}{{records}} )`,
        examples: {
          match: ['按台账多少给各村打分', '以照片数量评价各村工作', '以后检验各村工作成效，就看你们的工作台账做得全不全'],
          noMatch: ['台账多少页都行'],
        },
      },
      {
        id: 'records-inspected',
        description: '查阅会议记录、台账、工作笔记、领导批示，或要求把它们摆出来备查，以此衡量工作。',
        keywords: ['会议记录', '记录本', '会议纪要', '台账', '工作笔记', '学习笔记', '民情日记', '批示', '签到表', '照片', '影像资料', '视频资料', '佐证材料', '痕迹材料'],
        pattern: String.raw`
          (?<trigger>
              (?:查阅|查看|翻阅|调阅)[^,;:!?。\n]{0,14}{{records}}
            | {{records}}[^;!?。\n]{0,14}(?:备查|摆出来) )`,
        examples: {
          match: ['重点查阅各乡镇党委会议记录、领导批示落实台账和干部工作笔记', '这半年的会议记录本、民情日记都摆出来备查'],
          noMatch: ['会议记录我发群里了'],
        },
      },
    ],
    // The shared negation, minus 整治/整改: in work chat they mostly name tasks (人居环境整治).
    skipSharedExceptions: ['negated'],
    exceptions: [
      {
        id: 'negated',
        why: '触发词前有“不再、不得、严禁、取消、清理、无需”等否定或清理用语：这是在禁止或纠正负担。（“人居环境整治”“整改情况”里的“整治、整改”是任务名称，不算否定。）',
        pattern: negationExcept(['整治', '整改']),
        scope: 'before',
      },
      {
        id: 'one-off',
        why: '只报一次、一次性报送、报送后不再重复收集的单次索取不属于反复填表报数。',
        pattern: String.raw`就报这一次 | 只报这一次 | 只报一次 | 一次性报送 | 不再重复 | 报送后不再`,
        scope: 'sentence',
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
        pattern: String.raw`累死|烦死|受不了|吐槽|头疼|头大|崩溃|没完没了|疲于|太多了|怎么又|又来了`,
        scope: 'sentence',
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
  },
  { ...LEXICON, ...LOCAL },
);
