// R02 不得重复考核评比 — 004 §九(二):
// “不得重复考核评比。纳入乡镇领导班子和领导干部年度综合考核指标体系的,不再单独开展考核。
//  县直部门对乡镇一般不直接进行考核,统一由县委县政府安排,不准对乡镇总体工作动辄周通报、月评比或频繁排队打分。”
//
// In chat this shows as rankings and scores of townships/villages/cadres on a short cycle
// (日排名, 周通报, 每月评比), a department's own 单项/专项考核, and punitive ranking devices
// (排名倒数约谈, 红黑榜, 晾晒, 亮灯, 打分排队). The annual comprehensive assessment arranged by
// the county committee and government, and a plain 通报 of an event, are not breaches.
import { compilePattern, defineRule } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_003, DOC_004 } from '../basis.js';
import { CLEANED_UP_AFTER, RELEASED, RELIEF_ALL_RULES } from '../relief-exceptions.js';

/** Rule-local word classes. */
const LOCAL = {
  /** A short cycle: daily, weekly, monthly, or "rolling". */
  cycle: String.raw`(?:每天|每日|天天|每晚|每周[一二三四五六日天]?|每星期|每个?礼拜|每个星期|每旬|每半月|每半个月|每两周|每隔[一两二三]?(?:天|周)|隔[一两二三半]?个?(?:月|星期|礼拜|季度)|隔三差五|双周|隔周|每月(?:底|初|末)?|每个月|每季度?|每个季度|逐日|逐周|逐月|按(?:天|日|周|旬|月|季度?)|周周|月月|滚动|实时)`,
  /** Ways of ranking, scoring or grading. */
  grading: String.raw`(?:排名|排命|排(?:个|一下|一个|一次)名次?|排名次|排座次|排位|排行|排队|排序|打分|打(?:一|1)次分|评比|评分|考评|比拼|赛马|擂台|名次|晾晒|晒一晒|晒一下|晒出来|亮灯|(?<!被|(?:逾期|超时|过时|迟报|漏报|未报|不报|晚报)[^,;:!?。\n]{0,3})通报|点评|评星|比一比|比一下|拉出来比|(?:群里|群内|群上)晒(?!照片|图|截图|自拍|朋友圈))`,   // 每天在大群里晒各街道响应率: a league table posted (photos are R06's)
};

/** Grassroots units or cadres: the only ones R02 protects (see the accept hook). */
// Forest farms, state-farm districts and corps regiments (林场, 农场的管理区/分场, 团场/连队) are the grassroots
// of the forest and farm systems: "排在后三位的林场场长表态发言" ranks them as 乡镇 would be (not 家庭农场: an enterprise).
const GRASSROOTS_OR_CADRES = compilePattern(String.raw`{{grassroots}} | 干部 | 书记 | 乡长 | 镇长 | 苏木达 | 网格 | (?<!家庭){{farmUnits}}`, LEXICON).regex;
/** A terse order headed by a county department ("县生态环境局：…每天卫星火点排名"): what it ranks, unnamed,
 *  is the townships, unless the message names other units (its own 科室, schools, enterprises). */
const COUNTY_HEADER = /^[^：:\n]{0,6}?[县旗区][^：:\n,，。]{1,10}?(?:局|委|办|部|中心|指挥部)[：:]/;
const OTHER_UNITS = /科室|股室|局属|直属|下属|部门|单位|员工|职工|学校|医院|企业|门店|个人|暂停|停止|取消|并入|不再|叫停/;   // (or stops a ranking)
/** A short cycle anywhere earlier in the sentence ("每个工作日…填报…，镇里次日通报排名"). */
const CYCLE_RE = compilePattern(String.raw`每天|每日|天天|每晚|每个工作日|每周|每星期|礼拜|每旬|每半月|每半个月|每两周|双周|隔周|隔一个月|隔个月|隔三差五|每月|每个月|每季|逐日|逐周|逐月|按(?:天|日|周|旬|月)|滚动|实时|次日|当日`, {}).regex;
/** Keywords of the low scorers of a points list ("积分低的", "得分偏低的", "学分最少的"). */
const LOW_SCORERS = ['积分', '得分', '分数', '学分'].flatMap((n) => ['', '最', '偏', '较', '太'].flatMap((m) => ['低', '少'].map((x) => `${n}${m}${x}的`)));
/** How far back in the sentence the cycle may be named. */
const CYCLE_BEFORE = 80;
const SENTENCE_BREAK = /[;!?。\n]/;

/** The message sets a veto (R04's burden): "实行一票否决", "年度考核一律否决". */
const VETO_SET = /一票否决|一票否定|实行否决|否决制|一律否决|予以否决/;
/** A short cycle in the compact forms ("周调度、月排名", "季考核"), beside CYCLE_RE's words. */
const COMPACT_CYCLE = /(?<![0-9一二三四五六七八九十本上下当这该前次扣入年])(?:日|周|月|旬|季度?|月度)(?:排名|排位|排序|排行|通报|评比|考评|排队|打分|点评|考核|调度)/;

function cycleBefore(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < CYCLE_BEFORE && !SENTENCE_BREAK.test(text[from - 1]!)) from--;
  return CYCLE_RE.test(text.slice(from, start));
}

export default defineRule(
  {
    meta: {
      code: 'R02',
      slug: 'repeated-assessment',
      title: '不得重复考核评比',
      description:
        '对乡镇（苏木、街道）、村（嘎查、社区）或基层干部按天、周、月排名、打分、通报评比，部门另搞单项考核、专项考核，或用排名倒数约谈、红黑榜、晾晒、亮灯、打分排队等方式施压。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(二)',
          quote: '不得重复考核评比。纳入乡镇领导班子和领导干部年度综合考核指标体系的,不再单独开展考核。县直部门对乡镇一般不直接进行考核,统一由县委县政府安排,不准对乡镇总体工作动辄周通报、月评比或频繁排队打分。',
        },
        {
          source: '003',
          document: DOC_003,
          section: '六(四)',
          quote: '推行一次性综合考核,清理取消职能部门对乡镇政府的单项考核。',
        },
      ],
    },
    patterns: [
      {
        id: 'frequent-ranking',
        description: '按天、周、月对乡镇、村或干部排名、打分、评比、通报（日排名、周通报、月评比、每周打分排队）。',
        keywords: ['排名', '打一次分', '打1次分', '排命', '排个名', '排一下名', '排一个名', '排一次名', '排座次', '排位', '排行', '排队', '排序', '打分', '评比', '评分', '考评', '比拼', '赛马', '擂台', '名次', '月排位', '周排位', '日排位', '月排序', '周排序', '月排行', '周排行', '月考核', '周考核', '度考核', '季考核', '日考核', '旬考核', '月一比', '周一比', '天一比', '日一比', '季一比', '月一排', '周一排', '天一排', '月一评', '周一评', '晾晒', '晒一晒', '晒一下', '晒出来', '亮灯', '通报', '点评', '评星', '比一比', '比一下', '拉出来比', '群里晒', '群内晒', '群上晒', '一天一', '一日一', '一周一', '一星期一', '一月一', '一旬一', '一季一'],
        pattern: String.raw`
          (?<trigger>
              # a cycle word, a little filler (a time, the units, the item), then the grading
              {{cycle}} [^,;:!?。\n]{0,20}? {{grading}}
              # or the compact forms of 004 itself: 周通报, 月评比, 日排名
            | (?<![0-9一二三四五六七八九十本上下当这该前次每扣入])   # not "扣月度考核2分", "计入季度考核": a sanction on an existing assessment
              (?:日|周|月|旬|季度?|月度)(?:排名|通报|评比|考评|排队|打分|点评|排位|排序|排行|考核)
              # "一天一排名", "一周一通报", "一月一评比"
            | [一每](?:天|日|周|星期|月|旬|季)一(?:排名?(?![查班队版期号练])|评比?|比|通报|考(?!勤)|晒|打分)   # not "每周一排查"
          )`,
        examples: {
          match: [
            '平安建设群众满意度每天滚动排名',
            '各乡镇每周一上午报送进度，县农业农村局每周汇总排名并印发简报',
            '每天晚上8点公布各乡镇“学习强国”积分排名',
            '秋冬季征兵宣传工作纳入各村月评比',
            '【周通报】第46周全县各乡镇农村“三资”管理工作排名',
          ],
          noMatch: ['11月通报的那起事故已经处理完了', '每天下午4点前报送日报表', '每周一排查一次隐患', '漏签一次扣月度考核2分', '每天中午前报进度，逾期的通报'],
        },
      },
      {
        id: 'cycled-ranking',
        description: '长句里先写明每天、每周、每个工作日等周期，后面再对乡镇、村排名、打分（周期词与排名相隔较远）。',
        keywords: ['排名', '排队', '排序', '打分', '评比', '评分'],
        pattern: String.raw`
          (?<trigger> (?<ranked> 排名 | 排队 | 排序 | 打分 | 评比 | 评分 ) )   # accept: a cycle earlier in the sentence`,
        examples: {
          match: ['每个工作日下午4点前，各村在钉钉上填报当日人居环境巡查情况并上传照片，镇里次日通报各村完成率排名'],
          noMatch: ['排版再调一下'],
        },
      },
      {
        id: 'continued-ranking',
        description: '排名、通报一轮接一轮：“明天继续排名”“下周还要排”“明天再通报”。',
        keywords: ['继续排', '还要排', '还排', '再排', '接着排', '照常排', '继续通报', '还要通报', '再通报', '接着通报', '继续晾晒', '再晾晒', '继续打分', '再打分', '继续公布', '还要公布'],
        pattern: String.raw`
          (?:明天|明日|下周|下个?月|次日|下一轮|以后|今后|每次)[^,;:!?。\n]{0,4}?   # the next round ...
          (?<trigger> (?:继续|还要|还|再|接着|照常)(?:排名?(?![班版期号练查座队])|通报|晾晒|打分|公布) )     # ... ranks again`,
        examples: {
          match: ['今天回车镇第18名（末位），明天继续排名', '咱们镇又是倒数第二，明天还要排'],
          noMatch: ['明天再说', '明天再排班'],
        },
      },
      {
        id: 'separate-assessment',
        description: '部门对乡镇另行开展单项考核、专项考核，或考核结果单独排名、单独通报。',
        keywords: ['单项考核', '专项考核', '单项评比', '单独考核', '单独排名', '单独通报', '单独评比', '单独打分', '单独开展', '单独组织', '单独对', '单独出台', '单独制定', '单独印发', '单独搞', '单项考评', '专项考评', '专项评比', '单列排名', '单列通报', '单列排序'],
        pattern: String.raw`
          (?<trigger>
              (?:单项|专项)(?:考核|考评|评比)        # a department's own separate assessment
            | 单独(?:考核|排名|通报|评比|打分)       # results ranked or published separately
            | 单独(?:对[^,;:!?。\n]{0,8})?(?:开展|组织|进行|出台|制定|印发|搞)[^,;:!?。\n]{0,12}(?:考核|评比|考评)   # "单独组织开展“食品安全示范乡镇”考核"
            | 单列(?:排名|排序|通报)                # results listed apart from the comprehensive one
            | 单独对[^,;:!?。\n]{0,8}(?:打分|评比|考评|考核|排名|排队) )`,
        examples: {
          match: [
            '关于开展2026年度乡镇食品安全工作专项考核的通知：考核结果单独排名、单独通报',
            '《乡镇科普工作单项考核办法》已印发',
            '县妇联对各镇庭院创建开展单项评比',
            '县科协单独对各乡镇组织科普考评',
            '县妇联单独对乡镇打分评比',
            '市场监管局将单独组织开展“食品安全示范乡镇”考核，考核结果单列排名',
            '县卫健局单独出台了对乡镇卫生工作的考核细则',
          ],
          noMatch: ['纳入年度综合考核统筹'],
        },
      },
      {
        id: 'bottom-ranked-punished',
        description: '对排名倒数、末位、靠后的乡镇、村或干部约谈、点名通报、作检讨、说明情况、扣分扣绩效。',
        keywords: [...LOW_SCORERS, '倒数', '末位', '末名', '末尾', '最末', '倒一', '靠后', '最后', '垫底', '得分最低', '分数最低', '最低分', '后0', '后1', '后2', '后3', '后4', '后5', '后6', '后7', '后8', '后9', '后一', '后二', '后两', '后三', '后四', '后五', '后六', '后七', '后八', '后九', '后十'],
        pattern: String.raw`
          (?<trigger>
              # the bottom of a ranking ...
              (?:倒数(?:第?[0-9一二两三四五六七八九十]{1,2}(?:名|位))? | 末位 | 末名 | 末尾 | 最末 | 倒一 | (?:排名|位次|名次|得分)靠后
               | 后[0-9一二两三四五六七八九十]{1,2}(?:名|位) | 最后一名 | 排名最后 | 排(?:在|到)?最后 | 最后[0-9一二两三]名 | 垫底 | (?:得分|分数)最低 | 最低分   # 排最后的写说明, 排在最后的表态
               | (?:积分|得分|分数|学分)(?:最|偏|较|太)?(?:低|少)的)   # 积分低的在群里点名: the low scorers of a points list
              [^;!?。\n]{0,24}?
              # ... is punished: interview, naming, self-criticism, explanation, deductions
              (?:约谈|通报|点名|说明|检讨|检查|表态|问责|扣分|扣发|扣减|扣除|扣绩效|谈话|黄牌|督办|淘汰|批评|发言|黑旗
                | (?<vetoed>否决|评先|评优) ) )   # vetoed: an outcome of the year, see accept()`,
        examples: {
          match: [
            '排名后两位的乡镇分管领导下周一到县农业农村局说明情况',
            '今天米坪镇又是最后一名😓 请米坪镇综治中心写出书面说明',
            '排名末位的街道由分管区领导约谈',
            '后三名的村支书周一晨会上作检讨',
            '每周学习积分偏低的干部在周例会上点名',
          ],
          noMatch: ['我们村篮球赛排名第三', '最后一名同学也到了'],
        },
      },
      {
        id: 'ranking-device',
        description: '用红黑榜、晾晒、亮灯（红黄绿灯）、打分排队等排名施压手段评价乡镇、村。',
        keywords: ['红黑榜', '黑榜', '黄榜', '红黄榜', '红黄绿', '红黄蓝', '三色', '红黑旗', '黑旗', '曝光台', '亮灯', '亮红', '亮黄', '红灯乡', '红灯村', '红灯社', '红灯街', '红灯嘎', '红灯苏', '红灯单', '打分排队', '排队打分', '打分排名', '排名打分', '晾晒'],
        pattern: String.raw`
          (?<trigger>
              红黑榜 | 黑榜 | 黄榜 | 红黄(?:绿|蓝)?榜 | 红黑旗 | 挂[“"]?黑旗 | (?<!(?:上了|登上了?|被)[^,;:!?。\n]{0,4})曝光台     # public black lists, flags, exposure boards (not 上了曝光台的: exposed, a condition)
            | 亮灯[”"]?(?:管理|制度|通报|督办|考核) | 亮(?:红|黄)灯? | 红黄(?:绿|蓝)灯
            | 红灯(?:乡镇|乡|镇|村|社区|街道|嘎查|苏木|单位)      # "红灯乡镇下周一交书面检查": the light names the unit
            | 红黄(?:绿|蓝)[^,;:!?。\n]{0,3}(?:管理|评价|通报|标识|标注) | 三色(?:管理|评价|通报|标识|标注)   # traffic-light grading
            | 打分排队 | 排队打分 | 打分排名 | 排名打分                       # "排队打分" of 004 itself
              # "晾晒" a unit's results (not drying grain)
            | 晾晒[^,;:!?。\n]{0,10}(?:进度|成绩|得分|分数|排名|结果|完成率|榜|情况)
            | (?:得分|排名|成绩|结果|进度|完成率)[^,;:!?。\n]{0,6}晾晒 )`,
        examples: {
          match: [
            '前三名上绿榜、后三名上黄榜',
            '家庭医生签约服务实行“红黑榜”，每月晾晒各乡镇签约进度',
            '文明城市创建实行“亮灯”管理',
            '每月底对各镇街亮红、黄、绿灯',
            '从本周起镇里对各村环境卫生每周打分排队',
            '各苏木镇得分全旗晾晒',
            '说明：每周五更新，红灯乡镇下周一交书面检查',
          ],
          noMatch: ['今天天气好，各村组织群众晾晒玉米', '全县夜景亮化工程'],
        },
      },
      {
        id: 'ranking-then-cycle',
        description: '概念检查：先说排名、排行榜、打分，后说周期（“自动生成排行榜，每天早上8点推送”“打分每半个月出一次”）。',
        keywords: ['排名', '排命', '排行', '排位', '排序', '打分', '评分', '评比', '考评'],
        fallback: true,
        pattern: String.raw`
          (?<trigger> (?:排名|排命|排行榜?|排位|排序|打分|评分|评比|考评) ) [^;!?。\n]{0,16}? {{cycle}}   # graded, then how often`,
        examples: {
          match: ['每个乡镇的防返贫数据会自动生成排行榜，每天早上8点推送到书记群里', '苏木对各嘎查的禁牧巡查打分每半个月出一次'],
          noMatch: ['评比结果已公布'],
        },
      },
      {
        id: 'grading-with-sanction',
        description: '概念检查：对乡镇、村的排名打分（排名、排位、排序、打分、评比、考评、赛马……）与一项惩戒（约谈、问责、扣分、作检讨、表态发言、说明情况、亮黄牌、曝光）在同一句里相距不远，不论先后。',
        keywords: ['排名', '排命', '排位', '排序', '排行', '打分', '评分', '评比', '考评', '测评', '赛马', '比拼'],
        fallback: true,
        pattern: String.raw`
          (?: (?<trigger> {{gradeWord}} ) [^;!?。\n]{0,16} {{gradeSanction}}     # ranked, then punished
            | {{gradeSanction}} [^;!?。\n]{0,10} (?<trigger2> {{gradeWord}} ) )  # punished by the ranking ("扣分并排名")`,
        examples: {
          match: ['禁毒工作年终排位，排位靠后的乡镇党委书记要到县里说明情况', '各村打分结果与村干部约谈挂钩'],
          noMatch: ['我们村篮球赛排名第三', '创文测评期间，被媒体曝光的问题要立即整改'],
        },
      },
    ],
    exceptions: [
      RELEASED,
      CLEANED_UP_AFTER,
      ...RELIEF_ALL_RULES,
      {
        id: 'prohibited-list',
        why: '“不准对乡镇动辄周通报、月评比或频繁排队打分”这类禁止性表述，否定词管到后面列举的每一项。',
        pattern: String.raw`(?:不准|不得|严禁|禁止|不再|不搞)[^,;:!?。\n]{0,24}$`,
        scope: 'before',
      },
      {
        id: 'complaint',
        why: '干部吐槽“天天排名受不了”是在诉说负担，不是在施加负担（可以用“举报”反映）。“晾晒又来了，区里每天……”只是转述开头，不算吐槽。',
        pattern: '{{complaint}}',
        scope: 'sentence',
      },
      {
        id: 'elsewhere-case',
        why: '说的是外省、外县、“有个县”的做法，或把它叫作形式主义典型、反面案例（“外省有个县搞红黑榜晾晒乡镇，被通报了”）：是在议论别处的案例，不是本级在对乡镇排名评比。',
        // Not bare 典型问题: "针对督查发现的典型问题，各乡镇每周报送整改进度" is an order.
        pattern: String.raw`形式主义(?:典型|案例) | 反面(?:典型|案例|教材)
          | (?:外省|外市|外地|外县|外旗|邻(?:县|市|旗|省)|兄弟(?:县|市|区|旗)|别的(?:县|省|市|旗|地方)|其他(?:县|省|市|旗|地方)|隔壁(?:县|市|旗)|有个(?:县|市|旗|地方)|有的(?:县|地方))[^,;:!?。\n]{0,6}(?:搞|实行|推行|弄)`,
        scope: 'sentence',
        examples: ['听说隔壁县搞每周排名通报，各乡镇压力很大'],
      },
      {
        id: 'annual-comprehensive',
        why: '县委县政府统一安排的年度综合考核是政策允许的唯一综合考核。',
        pattern: String.raw`
            (?<!不)纳入[^,;:!?。\n]{0,6}综合考核 | 综合考核[^,;:!?。\n]{0,6}(?:统一|于|由)
          | (?:县|旗|区|市)委(?:县|旗|区|市)?(?:政府)?(?:统一)(?:安排|组织|开展) | 统一由(?:县|旗|区|市)委`,
        scope: 'sentence',
      },
      {
        id: 'higher-level-done',
        why: '上级（省、市）对本县的考核检查已经结束（“市卫健委季度考核上周刚在我县结束”）：是在交代背景，不是本级在对乡镇考核评比。',
        pattern: String.raw`(?:省|市)[^,;:!?。\n]{0,10}(?:考核|检查|督查|督导|评比|验收|暗访)[^,;:!?。\n]{0,8}?(?:已经?|刚刚?|才|上周|上个?月|前几天|前不久)[^,;:!?。\n]{0,6}?(?:结束|完成|完毕|考完|查完)`,
        scope: 'clause',
        examples: ['市卫健委季度考核上周刚在我县结束，我委下周对全县乡镇卫生院再查一遍。'],
      },
      {
        id: 'event-bulletin',
        why: '对事故、天气、汛情、疫情等事件的通报不是对乡镇的评比排名。',
        pattern: String.raw`事故 | 天气 | 气温 | 预警 | 雨情 | 水情 | 汛情 | 火情 | 灾情 | 疫情通报 | 寒潮 | 降温`,
        scope: 'sentence',
      },
      {
        id: 'township-grades-enterprises',
        why: '乡镇、社区对辖区企业、商户、物业公司打分评比并督促整改，是其本职监管，不是对基层的考核评比。',
        // Not the townships ranked by their enterprises' counts (对各乡镇辖区企业违法问题数量排名).
        pattern: String.raw`对(?!各?(?:乡镇|镇街?|乡|街道|村|社区|苏木|嘎查))[^,;:!?。\n]{0,8}(?:企业|商户|经营户|门店|店铺|工地|加油站|养殖场|农家乐|民宿|餐馆|饭店|物业|保洁公司)[^,;:!?。\n]{0,12}(?:打分|评比|评分|排名) | 反馈(?:给)?(?:企业|商户|经营户)`,
        scope: 'sentence',
      },
      {
        id: 'property-graded',
        why: '社区请居民、业主给物业公司打分，督促物业整改，是对物业的监督，不是对基层的考核评比。',
        pattern: String.raw`(?:请|给|对)物业(?:公司)?[^,;:!?。\n]{0,4}打[^,;:!?。\n]{0,3}分`,
        scope: 'sentence',
      },
      {
        id: 'not-imposed',
        why: '“不搞排名、不排名、排名表就别做了”等是在纠正，不是在施加。',
        pattern: String.raw`不搞(?![^,;:!?。\n]{0,4}不行) | 不排名 | 不排队 | 不打分 | 不评比 | 不通报 | 别做 | 不做排名 | 不再`,
        scope: 'sentence',
      },
      {
        id: 'whoever-still',
        why: '“哪个部门还在给乡镇排名次的，一律停下来”“谁还要每周排名的，直接给督查室打电话”：领导在叫停这种做法、让基层举报，不是在对基层排名评比。',
        // Only whoever STILL does it (还, not 还没/还未/还不: "哪个村还没打分的，抓紧" urges), then a stop or a
        // report in the next clause.
        // Who is named is a short list (哪个部门, 谁, 凡是县直单位), not a gap, and each gap shuts out the
        // word that ends it: the pattern reads one way only (ReDoS test).
        pattern: String.raw`(?:哪个|哪些|哪家|谁|凡是?|如有|若有|发现有?)(?:县直|区直|旗直|市直|上级)?(?:部门|单位|科室|局|委|办|人|领导|同志|乡镇|镇|村)?
          还(?![没未不])[^;!?。\n的]{1,16}的,
          [^;!?。\n停叫取纠改撤收报反举投打找告我]{0,12}(?:停下来|停下|停掉|停止|叫停|取消|纠正|改正|撤回|收回|报告|反映|举报|投诉|打电话|找我|告诉我|我来处理)`,
        scope: 'sentence',
        examples: ['哪个部门还在对镇街搞周排名的，马上停掉', '谁还要各村每月评比打分的，村里直接向县纪委反映'],
      },
      {
        id: 'leisure-ranking',
        why: '文体比赛、评奖的名次不是对基层工作的考核排名。',
        pattern: String.raw`比赛 | 篮球 | 足球 | 运动会 | 拔河 | 演讲 | 歌咏 | 金奖 | 农博会 | 我县排名 | 排名第一`,
        scope: 'sentence',
      },
      {
        id: 'app-activity-ranked',
        why: '按截图排名，或在群里“晒”照片、截图，是工作群和 APP 的滥用（属 R06），不是对基层工作的考核评比。（学习积分排名靠后点名通报的，仍是排名施压，照样标记。）',
        pattern: String.raw`截图排名 | 截图排序 | (?:群里|群内|朋友圈)晒[^,;:!?。\n]{0,12}(?:照片|截图|图片)   # posting photos, not a league table
          | 通报[^,;:!?。\n排]{0,8}(?:注册|下载|安装|登录|登陆|关注|激活|入驻)(?:情况|人数|进度|名单)   # who has signed up to the app (R06's burden; a rate ranked is still R02)
        `,
        scope: 'clause',
        examples: ['每天在群里通报各村干部下载注册情况'],
      },
      {
        id: 'quiz',
        why: '判断题、选择题等测验题在考“十不得”条文（“部门可以对乡镇开展月评比。（×）”）：是在学规定，不是在排名评比。',
        pattern: String.raw`判断题|选择题|单选题|多选题|填空题|问答题|正确答案|参考答案|[（(](?:√|×|✓|✗|对|错)[）)]`,
        scope: 'message',
        examples: ['判断题：县直部门可以每周对乡镇排名通报。（×）'],
      },
    ],
    /** R02 protects townships, villages and their cadres: a ranking that names none of them
     *  (county departments ranking themselves, a sports table) is not this breach. */
    accept: (ctx) => {
      GRASSROOTS_OR_CADRES.lastIndex = 0;
      if (!GRASSROOTS_OR_CADRES.test(ctx.text) && !(COUNTY_HEADER.test(ctx.text) && !OTHER_UNITS.test(ctx.text))) return false;
      // The last-placed lose the year's honours or are vetoed, in a message that sets a 一票否决:
      // the ranking is the veto's yardstick (R04), not a ranking device of its own, unless it runs
      // on a short cycle ("每月排名，连续两个月末位的评先评优一票否决").
      const vetoed = ctx.groups.vetoed;
      if (vetoed && VETO_SET.test(ctx.text) && !CYCLE_RE.test(ctx.sentence) && !COMPACT_CYCLE.test(ctx.sentence)) return false;
      const ranked = ctx.groups.ranked;
      return ranked ? cycleBefore(ctx.text, ranked.start) : true;
    },
  },
  {
    ...LEXICON,
    ...LOCAL,
    /** Ranking and scoring words of the concept check (通报 alone is not a ranking). */
    gradeWord: String.raw`(?:排名|排命|排位|排序|排行|打分|评分|评比|考评|(?<!文明城市|卫生城市|创文|创卫|文明城|卫生城)测评|赛马|比拼)`,   // 文明城市测评: the city assessed from above
    /** What a low rank brings. */
    gradeSanction: String.raw`(?:约谈|问责|扣分|扣减|扣发|检讨|表态发言|说明情况|书面说明|作出说明|黄牌|曝光(?!的)|诫勉|末位淘汰)`,   // 被曝光的问题: a problem exposed, not a sanction
  },
);
