// R07 不得随意转嫁责任 — 004 §九(七):
// “建立健全乡镇职责准入制度,未经乡镇同意、按程序批准,县级职能部门不准以签订责任书、分解下达指标、考核验收等方式,把工作责任和任务转嫁给乡镇。”
// 000: “上级部门不得以签订“责任状”、分解下达指标、考核验收等方式,将工作责任转嫁苏木乡镇和街道承担。”
// 003 §四(一): “全面清理和废止乡镇政府与村(居)民委员会签订的行政责任书,改为签订服务协议。”
//
// Three ways of shifting a burden down, one group of checks each: pledges to sign
// (责任书/责任状/承诺书/军令状), quotas split and handed down (分解下达, 每个乡镇完成N户), and
// the outcome pushed onto the township (由乡镇兜底, 出了问题由乡镇负责, 验收由乡镇自行组织).
// A township dividing its own work among its own team is not a shift (exception below).
import { compilePattern, defineRule } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_000, DOC_003, DOC_004 } from '../basis.js';
import { DENIED, RELIEF_ALL_RULES } from '../relief-exceptions.js';

/** Voice-input and typing homophones of the pledges: 军令壮/军令装 (状), 程诺书/成诺书/承若书 (承诺书),
 *  and their prefilter literals. */
const PLEDGE_HOMOPHONE = String.raw`(?:军令(?:壮|装) | (?:程|成)(?:诺|若)(?:书|函) | 承若(?:书|函))`;
const PLEDGE_HOMOPHONES = ['军令壮', '军令装', ...['程', '成'].flatMap((a) => ['诺', '若'].flatMap((b) => [`${a}${b}书`, `${a}${b}函`])), '承若书', '承若函'];

/** 包保 naming who or what is assigned, not a regime laid on the township: 包保干部, 包保点位, 包保责任人
 *  (a regime reads 实行包保, 包保到乡). */
const BAOBAO_NOUN = String.raw`(?!干部|人员|工作人员|领导|单位|部门|点位?|对象|责任人|联系人|户|小区|楼栋|楼院|网格|路段|区域|片区|企业|队员|成员|村(?!民)|社区|街道|乡镇)`;

const LOCAL = {
  /** The pledge documents 004/000 name, and their everyday synonyms. */
  pledge: String.raw`(?:(?:目标|工作|安全|管理)?责任(?:书|状|壮|装) | 目标责任(?![人制单]) | 承诺书 | 承诺函 | ${PLEDGE_HOMOPHONE} | 军令状 | 保证书 | 责任清单书? | 任务书)`, // 责任壮/责任装: voice-input homophones
  /** The concept of a shifted burden: a pledge, a backstop, the whole outcome, a shortfall
   *  made good by the township itself. With a grassroots addressee in the same sentence
   *  (concept check below) it is shifted down. */
  shiftBurden: String.raw`(?:责任(?:书|状|壮|装) | 承诺书 | 承诺函 | 军令状 | ${PLEDGE_HOMOPHONE} | 保证书 | 兜底 | 包干 | 包保${BAOBAO_NOUN} | 负全责
    | (?:全部|一切|所有)(?:责任|后果) | 自行(?:承担|负责|补足|消化|兜底|买单|化解) | (?:一律|全部|均|统统)(?:交)?由(?!(?:县|区|旗|市|州|盟|上级|职能|主管|行业|相关|执法)) | 负总责 | 签订率
    | 承担(?:主体|全部|首要|直接|兜底)责任 | (?:就是|算|归)(?:乡镇|镇里|街道|社区|村里|苏木|嘎查)的(?:责任|事) )   # 由所在乡镇承担主体责任; 查不下来就是街道的责任`,
  /** Words that make a number a quota: a target to reach, not a count to report. */
  quotaWord: String.raw`(?:完成|新增|发展|征收|征缴|销售|招引|引进|招商|签约|参保|缴费|植树|造林|任务|指标|目标|覆盖|达到
    | 认购 | 认领 | 购买 | 采购 | 订购 | 团购 | 认捐 | 捐款 | 募捐 | 募集 | 推销 | 代销 | 帮销)`,   // 消费帮扶: 每个村认购5000元农产品
};

/** The verbs of a cost borne (cost-on-township), in the order the pattern tries them (垫付 before 垫: the
 *  longer word is the evidence), and its prefilter literals. 解决 only as 自行解决/自己解决/负责解决:
 *  bare 解决 is everywhere in chat (问题已经解决了), and a payer always says who solves it. R08 reads the same
 *  words (hosting-cost) when the cost is a county post's or event's keep, or an enforcement matter's. */
export const COST_VERBS = ['承担', '负担', '自行解决', '自己解决', '负责解决', '自筹', '筹措', '自理', '自付', '垫付', '垫上', '垫资', '垫', '出钱', '出资', '买单', '兜底', '兜着', '托底', '补齐', '补足', '补上'];
/** What a piece of county work costs the place that hosts or does it: money, venue, utilities, meals, security. */
export const COST_THING = String.raw`(?:费用 | 经费 | 资金 | 开支 | 成本 | (?<![浪免消收])费 | 款(?!项) | 场地 | 用房 | 水电 | 伙食 | 食宿 | 用餐 | 就餐 | 安保)`;
/** A cost borne by the township or village; the named group `cost` marks it for accept(). */
export const COST_ON_TOWNSHIP = String.raw`
          (?<cost> ${COST_THING} )                                  # a cost, a venue, the running of it ...
          [^;!?。\n由]{0,16}?                                       # (场地布置、音响横幅、参会人员伙食都; 费用镇里兜底不了，: not "经费由县财政承担，乡镇…")
          (?<trigger> (?:由(?:项目|点位|卡点|站点|渔港|港口|市场|景区|考点|工地|场所|会场|基地|园区|企业|学校|站|点)所在   # ... borne by the township or village (由渔港所在乡镇;
              | (?:由|归)?(?:所在|当地|各|每个)?){{grassroots}}                                     #  a fixed list: a free gap here is not provably safe)
            [^,;:!?。\n不没无需由兜]{0,6}?                               # (按户数先, 自己; no negation: "乡镇不承担")
            (?:${COST_VERBS.join(' | ')})                             # (缺口那一半乡镇自己想办法补齐; 整改费用由乡镇兜着)
            (?!不了|不起|不上|不动|[^,;:!?。\n]{0,4}责) )          # (not 承担监管责任: a duty, the checks above)`;
/** A plaque's making cost is part of R09's plaque demand ("标牌统一制作，费用社区自筹"), not a second finding here. */
export const PLAQUE = /牌|标识/;

/** Who the shifted burden lands on: "各乡镇", "由所在社区", "到村" (not 到村里: a place). */
const ADDRESSEE = compilePattern(String.raw`{{grassTarget}} | 到(?:乡镇?|镇|村|组|苏木|嘎查|街道|社区)(?![里上])`, LEXICON).regex;
const GRASSROOTS = /乡镇|镇里|街道|社区|村里|苏木|嘎查/;

export default defineRule(
  {
    meta: {
      code: 'R07',
      slug: 'responsibility-shift',
      title: '不得随意转嫁责任',
      description: '要求乡镇（村）签订责任书、责任状、承诺书、军令状，把任务指标分解下达到乡镇，或把验收、兜底和出了问题的责任推给乡镇。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(七)',
          quote: '不得随意转嫁责任。建立健全乡镇职责准入制度,未经乡镇同意、按程序批准,县级职能部门不准以签订责任书、分解下达指标、考核验收等方式,把工作责任和任务转嫁给乡镇。',
        },
        {
          source: '000',
          document: DOC_000,
          section: '(一)明确上下级政府事权边界',
          quote: '上级部门不得以签订“责任状”、分解下达指标、考核验收等方式,将工作责任转嫁苏木乡镇和街道承担。',
        },
        {
          source: '003',
          document: DOC_003,
          section: '四(一)',
          quote: '全面清理和废止乡镇政府与村(居)民委员会签订的行政责任书,改为签订服务协议。',
        },
      ],
    },
    patterns: [
      {
        id: 'pledge-sign',
        description: '要求签订、签署、立下责任书、责任状、承诺书、军令状。',
        keywords: ['责任书', '责任状', '责任壮', '责任装', '责任清单', '目标责任', '承诺书', '承诺函', '军令状', '保证书', '任务书', ...PLEDGE_HOMOPHONES],
        pattern: String.raw`
          (?<trigger>
            (?:签(?:订|署|下|定|好)?|立(?:下|个)?)                  # sign / swear to ...
            [^,;:!?。\n]{0,14}                                      # (《2026年度…》, the parties)
            {{pledge}} )                                             # ... a pledge document`,
        examples: {
          match: ['各乡镇于明天下午前签订《防溺水安全承诺书》', '各街道党工委书记立下军令状', '与各乡镇签订《2026年度耕地保护目标责任书》'],
          noMatch: ['签订服务协议', '责任书模板'],
        },
      },
      {
        id: 'pledge-document',
        description: '下发或要求签字盖章的责任书、责任状、承诺书（“附件：《…目标责任状》，请签字盖章”）。',
        keywords: ['责任书', '责任状', '责任壮', '责任装', '责任清单', '承诺书', '承诺函', '军令状', '保证书', '任务书', ...PLEDGE_HOMOPHONES],
        pattern: String.raw`
          (?<trigger> {{pledge}} )
          》?
          [^]{0,24}?                                                # may run into the next sentence or line of the notice
                                                                    # (附件：《…目标责任书》（定稿）\n请各乡镇党委书记签字)
          (?:签字 | 签名 | 盖章 | 按手印 | 上签                        # ... to be signed (签订 here would sign something else)
            | (?<![不没别未谁])签(?:好|完)?(?=[,;:!?。\n]|$) )         # ... or just 签, closing its clause (责任书本周签, 周五前签好)`,
        examples: {
          match: ['《2026年度禁毒工作目标责任状》。请各乡镇党委书记签字盖章后交县禁毒办', '请各乡镇长在承诺书上签字后报县局', '附件：防火目标责任书（定稿）\n请各镇书记签字后报县局', '安全生产责任状下周一前签好'],
          noMatch: ['责任状事项清单已印发', '责任状今年不签'],
        },
      },
      {
        id: 'quota-split',
        description: '把任务、指标分解、下达、分配到各乡镇（街道、苏木、村）。',
        keywords: ['分解', '下达', '分配', '分派', '摊派', '摊到', '摊给', '下派', '分到', '压到', '压给', '切块', '下到', '下给', '派到', '派给', '拆到', '拆分', '拆解', '拆给'],
        pattern: String.raw`
          (?:任务|指标|目标|名额|数量|户数|人数|亩)                   # a quota ...
          [^;!?。\n]{0,14}                                          # (按常住人口10%的比例)
          (?<trigger> 分解(?:下达)? | 下达 | 分配 | 分派 | 摊派 | 摊(?:到|给) | 下派 | 分到 | 压到 | 压给 | 切块 | 下到 | 下给 | 派到 | 派给 | 拆(?:分|解)?(?:到|给) )   # ... split and handed down (拆到了每个村) ...
          [^;!?。\n]{0,14}?                                         # (lazy: the span ends at the nearest township, leaving "…，每个嘎查免疫率达到100%" to quota-per-unit)
          {{grassroots}}                                             # ... to townships or villages`,
        examples: {
          match: ['全年消费帮扶销售任务分解到各乡镇', '征兵任务按适龄青年人数分摊到各村', '医保征缴任务按户籍人口拆到了每个村', '今年植树造林任务已分解下达，丹水镇3000亩', '医保征缴任务分到各村', '目标任务分解下达（见附件），请各镇街', '志愿者注册任务，按常住人口10%的比例下到各街道'],
          noMatch: ['任务已经完成，感谢各乡镇', '按照县里下达的计划'],
        },
      },
      {
        id: 'quota-by-township',
        description: '按乡镇切分任务：“已按乡镇分解下达”“按每个乡镇2亿元分解”。',
        keywords: ['分解', '切块', '为单位下达', '为单位分配', '为单位分解'],
        pattern: String.raw`
          (?:按(?:照)?|以|向|给|对)(?:每个|每一个)?{{each}}?{{grassroots}}   # by township (not just "农村…": 农村人居环境整治任务)
          [^;!?。\n]{0,10}
          (?<trigger> 分解下达 | 分解 | 切块下达 | 切块 | 为单位(?:下达|分配|分解) )`,
        examples: {
          match: ['已按乡镇分解下达', '招商引资任务按每个乡镇2亿元分解'],
          noMatch: ['乡镇分管领导', '农村改厕任务分解到县直各部门'],
        },
      },
      {
        id: 'quota-table',
        description: '以表格下达任务：表头是“乡镇｜任务数”“村｜指标”，每行一个乡镇一个数（文字版表格）。',
        keywords: ['|任务', '|指标', '|目标', '|分配', '任务分解表', '指标分解表', '任务分配表', '指标分配表', '目标分解表'],
        pattern: String.raw`
          (?<trigger> (?:乡镇|乡|镇|镇街|街道|社区|村|苏木|嘎查|单位)(?:名称)? [|] (?:年度)?(?:任务|指标|目标|分配)(?:数|量|数量|数|值|任务)?   # a column header: township | quota
            | (?:乡镇|各镇|各乡|各村|街道|镇街|苏木|嘎查|社区)[^,;:!?。\n]{0,10}(?:任务|指标|目标)分(?:解|配)表 )   # the table's title: 各乡镇秋粮收购任务分解表`,
        examples: {
          match: ['乡镇｜任务数｜完成时限\n丹水镇｜1200｜11月30日', '各乡镇秋粮收购任务分解表\n城关镇 3200吨'],
          noMatch: ['姓名｜原单位｜借调单位'],
        },
      },
      {
        id: 'count-split',
        description: '先给出全县要完成的数量（发展、新建、改造……多少户、亩、株、座），再分解、切块到各乡镇：“全县发展庭院经济户3000户，按附表分解到各乡镇”。',
        keywords: ['分解', '切块', '拆分', '摊派'],
        pattern: String.raw`
          (?:{{quotaWord}}|新建|建设|建成|改造|改建|种植|栽植|创建|培育|培训|转移|整治|服务|走访|入户|帮扶|救助|体检|筛查|接种|宣讲|宣传)   # work to be done ...
          [^,;:!?。\n]{0,8}
          {{num}}(?:\.[0-9]{1,2}万?)?(?:多|余)?(?:户|亩|株|棵|座|吨|头|只|家|名|人次?|套|间|公里|千米|平方米|条|处|所|口|个)   # ... a county-wide count of it (not money: 资金分解 is a budget) ...
          [^;!?。\n]{0,10}                                          # (，按附表)
          (?<trigger> 分解(?:下达)? | 切块(?:下达)? | 拆分 | 摊派 )                # ... split ...
          (?:下去|下达)?(?:到|给|至|落实到)?{{each}}?                  # (bounded gaps kept short: recheck's exact analysis)
          {{grassroots}}                                             # ... to townships or villages`,
        examples: {
          match: ['全县发展庭院经济户3000户，按附表分解到各乡镇', '今年新建户用沼气池四百座，切块到各镇', '今年完成造林2万亩，切块下达到各乡镇', '全年家庭医生签约服务2.5万人次 分解到各乡镇'],
          noMatch: ['补助资金500万元分解到各乡镇账户', '全县共有3000户，已上报县局', '全县共200个村，县里分解到各乡镇督促'],
        },
      },
      {
        id: 'purchase-quota',
        description: '给各乡镇（村）摊派认购、认捐、代销的数额（消费帮扶）：“各村认购5000元农产品”“每个社区认捐不少于2万元”。',
        keywords: ['认购', '认捐', '摊购', '团购', '帮销', '代销', '推销', '募捐', '捐款'],
        pattern: String.raw`
          (?:{{each}}|每)(?:乡镇|乡|镇|村|社区|街道|苏木|嘎查|镇街|网格)   # every township or village ...
          [^,;:!?。\n]{0,8}
          (?<trigger> 认购 | 认捐 | 摊购 | 团购 | 帮销 | 代销 | 推销 | 募捐 | 捐款 )   # ... buys, donates or sells ...
          [^,;:!?。\n]{0,8}
          (?:[0-9]|[一二两三四五六七八九十百千万])                       # ... a set amount`,
        examples: {
          match: ['消费帮扶任务下来了，各村认购3000元农产品', '每个社区认捐不少于2万元'],
          noMatch: ['各村自愿认购', '村民认购了200斤大米'],
        },
      },
      {
        id: 'shift-concept',
        description: '概念检查：一个转嫁负担（责任书、责任状、承诺书、军令状、兜底、包干、包保、全部责任、承担主体责任、自行补足、一律由……、“就是街道的责任”）与基层对象（各乡镇、每个村、所在社区、由街道、到村）在同一句里，不论先后、不论远近。',
        keywords: ['责任书', '责任状', '责任壮', '责任装', '承诺书', '承诺函', '军令状', ...PLEDGE_HOMOPHONES, '保证书', '兜底', '包干', '包保', '负全责', '全部责任', '一切责任', '所有责任', '全部后果', '一切后果', '所有后果', '自行承担', '自行负责', '自行补足', '自行消化', '自行兜底', '自行买单', '自行化解', '负总责', '签订率', '交由', '一律由', '全部由', '均由', '统统由', ...['主体', '全部', '首要', '直接', '兜底'].map((w) => `承担${w}责任`), ...['就是', '算', '归'].flatMap((v) => ['乡镇', '镇里', '街道', '社区', '村里', '苏木', '嘎查'].flatMap((g) => [`${v}${g}的责任`, `${v}${g}的事`]))],
        fallback: true,
        pattern: String.raw`
          (?<concept>)                                              # marks this check for accept(): the addressee is looked for there
          (?<trigger> {{shiftBurden}} )                             # the burden (negation is looked for before it)
          (?<! (?:取消|不再|严禁|禁止|不得|不准|清理|废止)[^,;:!?。\n]{0,12} )   # a cleanup just before it: the exceptions would drop it`,
        examples: {
          match: ['测评中发现的问题一律由所在社区承担', '控辍保学劝返工作实行“包保到乡、责任到人”', '实行包保到村', '各街道要切实扛起创文兜底责任', '征缴率未达95%的乡镇由乡镇自行负责补足差额', '由所在乡镇承担主体责任'],
          noMatch: ['各乡镇要做好秋冬季防火工作', '各街道包保干部手机24小时开机', '包保点位'],
        },
      },
      {
        id: 'quota-per-unit',
        description: '给每个乡镇（村、社区）定数量目标：“每个乡镇新增参保不少于800人”“每个村参保率不低于95%”。',
        keywords: ['每个', '每一个', '每镇', '每乡', '每村', '每网格'],
        pattern: String.raw`
          (?<trigger>
            (?:每个|每一个)(?:乡镇|镇|乡|村|社区|街道|苏木|嘎查|镇街|网格|片区|居民小组|村民小组) | 每(?:镇|乡|村|网格)   # a street's grids and a township's villages too
          )
          [^,;:!?。\n]{0,10}
          (?:{{quotaWord}} | 打造 | 创建 | 培育 | 建成)                  # a target word (每个乡镇至少打造两个示范村) ...
          [^,;:!?。\n]{0,10}
          (?:[0-9]|[一二两三四五六七八九十百千万])                       # ... and a number`,
        examples: {
          match: ['每个乡镇新增参保不少于800人', '每个村参保率不低于95%', '每个乡镇至少打造两个示范村', '每个社区完成入户宣传不少于2000户', '每个村认购5000元农产品', '每网格发展会员80人'],
          noMatch: ['每个村不少于5张照片', '每个乡镇推荐1名代表'],
        },
      },
      {
        id: 'quota-handed-down',
        description: '先说下达、分解给各乡镇，后说任务、指标：“下达各乡镇2027年义务植树任务”。',
        keywords: ['下达', '分解', '分配', '摊派'],
        pattern: String.raw`
          (?<trigger> 下达 | 分解 | 分配 | 摊派 )(?:给|到)?
          {{each}}{{grassroots}}                                      # to every township ...
          [^;!?。\n]{0,14}
          (?:任务|指标)                                               # ... a quota`,
        examples: {
          match: ['县林草局下达各乡镇2027年义务植树任务：城关镇5万株'],
          noMatch: ['下达各乡镇的通知已收到', '下达各乡镇2027年补助资金'],
        },
      },
      {
        id: 'target-per-unit',
        description: '给各乡镇（村）定不低于某数的目标：“今年各村的集体经济增收目标不低于5万元”。',
        keywords: ['不低于', '不少于', '不得低于'],
        pattern: String.raw`
          (?<trigger> {{each}}{{grassroots}} | 各乡 )                  # every township or village (各乡: the lexicon has no bare 乡) ...
          [^,;:!?。\n]{0,12}
          (?:目标|任务|指标|{{quotaWord}}|就业|转移|输出)                # ... a target, or work to be done (转移就业, 劳务输出) ...
          [^,;:!?。\n]{0,6}
          (?:不低于|不少于|不得低于)[^,;:!?。\n]{0,2}(?:[0-9]|[一二两三四五六七八九十百千万])   # ... of at least a number`,
        examples: {
          match: ['今年各村的集体经济增收目标不低于5万元', '各镇劳务输出不少于500人', '各乡脱贫劳动力务工就业不少于200人'],
          noMatch: ['各村上报的照片不少于5张', '各村每天巡查不少于2次'],
        },
      },
      {
        id: 'handed-over',
        description: '把工作整个推给乡镇：“防贫监测的事情今年县里不管了，全部交给镇上”。',
        keywords: ['全部交给', '全部甩给', '全部推给', '全部丢给', '全部压给', '全都交给', '全都甩给', '全都推给', '全都丢给', '全都压给', '统统交给', '统统甩给', '统统推给', '统统丢给', '统统压给', '都交给', '都甩给', '都推给', '都丢给', '都压给', '全部交由', '全都交由', '统统交由', '都交由'],
        pattern: String.raw`
          (?<trigger> (?:全部|全都|统统|都)(?:交给|交由|甩给|推给|丢给|压给)了?{{each}}?{{grassroots}} )`,
        examples: {
          match: ['防贫监测的事情今年县里不管了，全部交给镇上'],
          noMatch: ['材料都交给办公室了'],
        },
      },
      {
        id: 'task-per-unit',
        description: '先说任务、指标，再给每个乡镇（村）定数：“厕所改造任务每个乡镇至少八十户”“免疫任务……每个嘎查免疫率必须达到100%”。',
        keywords: ['每个', '每一个'],
        pattern: String.raw`
          (?:任务|指标|目标)                                          # a quota named first ...
          [^;!?。\n分下压摊切按]{0,12}                                 # (no split verb between: 分解/下达/按…分解 are the checks above)
          (?<trigger> (?:每个|每一个)(?:乡镇|镇|乡|村|社区|街道|苏木|嘎查|镇街|村民小组|村委会|居民小组|网格|片区) )   # ... then every township or village ...
          [^,;:!?。\n]{0,10}
          (?:[0-9]|[一二两三四五六七八九十百千万])                       # ... given a number`,
        examples: {
          match: ['今年的厕所改造任务每个乡镇至少八十户', '扩面指标，每个村不少于50人', '注册任务每个网格300户'],
          noMatch: ['任务已经完成，每个乡镇都很辛苦', '每个村推荐1名代表'],
        },
      },
      {
        id: 'problem-on-township',
        description: '事先写明出了问题、完不成、整改不到位、被上级通报，结果由乡镇负责：“出了问题由乡镇负责”“发生事故的，由所在乡镇承担责任”“验收结果由镇街负责”。',
        keywords: ['负责', '负全责', '承担', '担责', '兜底', '自负', '担着', '扛着', '兜着', '背锅'], // 谁负责 holds 负责
        pattern: String.raw`
          (?:
            (?:出了?|出现|发生|完不成|未完成|达不到|不达标|不到位|被[^,;:!?。\n]{0,4}(?:通报|曝光|约谈|问责)
              | (?:拆|清|收|征|治|控|堵|销|腾|迁)不(?:掉|完|下来|上来|到位|干净|走)   # if something goes wrong, or the work is not done (拆不掉的, 征不上来的) ...
              | 不合格 | 不过关 | (?:未|没有?)(?:整改|处置|处理|落实|清理|拆除|清零|销号)?到位 | (?:未|没有?)(?:整改|销号|清零|办结))   # ... or fails a check (抽检不合格的, 未整改到位的)
            [^,;:!?。\n]{0,8}(?:的,)?                                       # (the condition may take a clause of its own: "发生重大事故的，由…")
            (?:(?:一切|全部|所有)?(?:责任|后果|损失))?(?:一律|全部|均|都)?       # (the burden may be named first: "被通报的，责任一律由街道承担")
            (?<trigger> 由?(?:所在|当地|相关)?{{each}}?{{grassroots}}[^,;:!?。\n]{0,4}(?:负责|承担|担责|兜底|负全责|自负|担着|扛着|兜着|背锅) )   # ... the township answers
                                                                    # ("发生事故的，由所在乡镇承担主体责任": the condition makes it a shift, not a duty)
          | (?:(?:一切|全部|所有|主体|兜底)责任|后果|结果|损失)           # the outcome (not 属地责任: that is R08) ...
            (?:由|归)?{{each}}?{{grassroots}}[^,;:!?。\n]{0,4}(?:负责|承担|自负)   # ... is the township's
          | 谁的(?:村|镇|乡|街道|社区|嘎查|苏木|片区?|网格)[^,;:!?。\n]{0,8}谁(?:负责|担责|兜底|承担) )   # 谁的村出了漏户谁负责`,
        examples: {
          match: ['出了问题由乡镇负责', '出现质量问题由乡镇负责', '市里抽检不合格的，村里担责', '督查发现的问题没有整改到位的，由街道承担全部责任', '验收结果由镇街负责', '出了火情由苏木镇负责', '出了事镇长担着', '谁的村出了漏户谁负责',
            '违建拆不掉的由乡镇承担全部责任', '被省里暗访曝光的，后果一律由所在村承担',
            '发生溺水事件的，由所在乡镇承担责任', '整改不到位、被市里通报的，一律由街道负责'],
          noMatch: ['由县交通执法大队负责', '乡镇发现线索及时报告即可'],
        },
      },
      {
        id: 'blame-the-township',
        description: '事先说出了问题就找乡镇：“以后出了问题直接找乡镇”“出了事就找村里”（乡镇成了县里工作的责任人）。',
        keywords: ['找'],
        pattern: String.raw`
          (?:出了?|出现|发生)[^,;:!?。\n]{0,6}(?:问题|事|事故|纰漏|差错)     # if something goes wrong ...
          [^,;:!?。\n]{0,2}(?:直接|就|都|只|一律)?
          (?<trigger> 找(?:所在|当地)?{{each}}?(?:乡镇|镇里|镇上|乡里|乡上|街道|社区|村里|村上|苏木|嘎查|镇|乡|村)
            (?=[,;:!?。\n]|$|算账|问责|追责|负责|兜底|领导|书记|镇长|乡长|主任) )   # ... the township is the one to answer (not 找镇里的网格员反映)`,
        examples: {
          match: ['以后出了问题直接找乡镇', '出了事就找村里'],
          noMatch: ['出了问题找县应急局', '出了问题及时找村民了解情况', '出了问题及时找镇里的网格员反映'],
        },
      },
      {
        id: 'township-backstop',
        description: '要乡镇“兜底”“包干”：“今年由乡镇兜底”“点位不达标的由街道兜底整改”“征缴由乡镇包干”。',
        keywords: ['兜底', '包干', '托底', '处置到底', '处理到底', '负责到底', '管到底', '解决到底'],
        pattern: String.raw`
          (?<trigger> 由?{{each}}?{{grassroots}}[^,;:!?。\n]{0,6}
            (?:兜底 | 包干 | 托底 | (?:处置|处理)到底 | (?:自行|自己|独自)(?:负责|管|解决)到底) )   # 由街道自行处置到底`,
        examples: {
          match: ['秸秆综合利用这块今年由乡镇兜底', '点位不达标的由街道兜底整改', '医保征缴由乡镇包干', '散煤复烧由各村自己管到底'],
          noMatch: ['县财政兜底保障'],
        },
      },
      {
        id: 'whichever-township',
        description: '事先说哪个乡镇（村）出了问题、失了分，后果就由哪个乡镇承担：“哪个街道的点位失分，扣的分就由哪个街道承担”。',
        keywords: ['哪个'],
        pattern: String.raw`
          哪个(?:乡镇|镇|乡|村|街道|社区|嘎查|苏木|网格)                 # whichever township ...
          [^;!?。\n]{0,16}?                                         # (的点位失分，扣的分就)
          (?<trigger> (?:由|归)?哪个(?:乡镇|镇|乡|村|街道|社区|嘎查|苏木|网格)   # ... that same township answers
            [^,;:!?。\n]{0,4}(?:负责|承担|担责|兜底|负全责|担着|扛着|兜着|背锅) )`,
        examples: {
          match: ['哪个村的河段出了污染，罚款就由哪个村承担', '哪个镇冒烟哪个镇负责'],
          noMatch: ['哪个村还没报，抓紧', '哪个乡镇有困难，县里帮助解决'],
        },
      },
      {
        id: 'shortfall-deducted',
        description: '完不成的差额从乡镇的转移支付、奖补资金、工作经费里扣：“差多少户就从镇里的转移支付里扣”。',
        keywords: ['转移支付', '财力补助', '奖补资金', '补助资金', '专项资金', '工作经费'],
        pattern: String.raw`
          (?:完不成|未完成|没完成|达不到)                                 # a shortfall ...
          [^;!?。\n]{0,20}?                                        # (分下去的参保任务，差多少户就从镇里的)
          (?<trigger> (?:转移支付|财力补助|奖补资金|补助资金|专项资金|工作经费)   # ... paid out of the township's money
            (?:里|中)?(?:扣|抵扣|核减) )`,
        examples: {
          match: ['没完成的指标，按差额从乡镇奖补资金中扣减', '完不成的，从镇里转移支付里扣'],
          noMatch: ['未完成的乡镇，县里追加补助资金'],
        },
      },
      {
        id: 'cost-on-township',
        description: '把县里工作的费用、场地、水电、伙食、安保、运行经费压给乡镇（村）：“场地和伙食费由所在乡镇承担”“运行经费由各镇自行解决”“拆除费用乡镇自己承担”“各村按户数先垫上”。',
        keywords: COST_VERBS,
        pattern: COST_ON_TOWNSHIP,
        examples: {
          match: ['防控卡点的场地、水电费和值守人员伙食费由所在乡镇承担', '办公场地和运行经费由各镇自行解决', '拆除费用乡镇自己承担', '整改费用镇里兜底不了，各村按户数先垫上'],
          noMatch: ['餐饮场所燃气安全按属地原则由各街道承担监管责任', '所需经费由县财政承担，乡镇不承担', '费用由县文旅局统一支付', '经费由县里承担，乡镇负责组织'],
        },
      },
      {
        id: 'acceptance-shifted',
        description: '把考核验收推给乡镇：“验收由乡镇自行组织”“竣工验收交由各乡镇组织”，或“完不成的别找县里”“完不成的自己想办法”“未完成的自行补足差额”。',
        keywords: ['验收', '找县里', '找区里', '找旗里', '找市里', '完不成', '未完成', '没完成', '达不到', '自己想办法', '自行想办法', '自己想辙', '自行想辙'],
        pattern: String.raw`
          (?:
            (?:考核)?验收[^,;:!?。\n]{0,8}(?:交由|交给|由|交)[^,;:!?。\n]{0,2}   # the acceptance check ...
            {{each}}?{{grassroots}}[^,;:!?。\n]{0,4}(?:自行)?(?:组织|负责|完成|承担)   # ... done by the township itself
          | 完不成的?[^,;:!?。\n]{0,4}别找(?:县|区|旗|市)里
          | (?:完不成|未完成|没完成|达不到)的?[^,;:!?。\n]{0,6}        # a shortfall is the township's own problem:
            (?:自己|自行)[^,;:!?。\n]{0,4}(?:想办法|想辙|检讨|补足|补齐|兜着|担着|扛着)   # 完不成的自己想办法, 未完成的由乡镇自行补足差额
          | {{each}}?{{grassroots}}(?:自己|自行)想(?:办法|辙) )              # 消费券核销任务，请各镇自己想办法完成`,
        examples: {
          match: ['年底考核验收由各镇街自行组织', '农村危房改造竣工验收交由各乡镇组织', '竣工验收由乡镇自行组织并对结果负责', '完不成的别找县里', '完不成的自己想办法', '未完成的由乡镇自行补足差额', '完不成的乡镇长自己向县委检讨', '请各镇自己想办法完成'],
          noMatch: ['验收由县住建局组织'],
        },
      },
    ],
    exceptions: [
      ...RELIEF_ALL_RULES,
      DENIED,
      {
        id: 'own-division',
        why: '乡镇（村）内部给自己的班子成员、包村干部分工，是本级职责的内部安排，不是上级转嫁责任。',
        pattern: String.raw`(?<!两委|村委|村|社区|嘎查)班子成员|包村干部|   # 各村两委班子成员 are the villages, not the township's own team
          包联|分包|内部(?:的)?(?:工作)?分工|镇里内部|苏木内部|街道内部`,
        scope: 'sentence',
        examples: ['镇党委会研究明确：班子成员每人分包两个村，具体分工见附件，这是镇里内部的工作分工。'],
      },
      {
        id: 'cleanup',
        why: '句中写明这类责任书“不再保留”“一律废止”“改为签订服务协议”：是在清理，不是在要求签订。',
        pattern: String.raw`不再保留|一律取消|统一清理|全面清理|已(?:经)?(?:全部)?(?:清理|废止|取消)|(?:全部|全都|统一|一律)(?:清理|废止|取消)(?:掉)?了(?=[,;:!?。\n]|$)|予以废止|一律废止|自动失效|停止签订|改为签订服务协议|改签服务协议`,
        scope: 'sentence',
      },
      {
        id: 'voided-right-after',
        why: '责任书、责任状后面紧跟着“同时废止”“一并作废”“自动失效”（“原责任状同时废止”）：是在清理这份责任书，不是在要求签订。',
        pattern: String.raw`^[”"》]?(?:[^,;:!?。\n]{0,4}?)(?:同时|一并|随之|即行|即日起|自即日起|自动|全部|一律|均|都|也|予以)*
          (?:废止|作废|失效|停止执行|不再有效|无效)`,
        scope: 'after',
        examples: ['区应急局：今年起不再与各街道签订消防安全责任状，原责任状同时废止。'],
      },
      {
        id: 'residents-sign',
        why: '组织企业、群众、家长签承诺书，是乡镇对辖区的管理，不是上级向乡镇转嫁责任。',
        // Not across a quota word: "游客好评任务分解到各乡镇" hands a quota down ("…企业签承诺书" has none).
        pattern: String.raw`(?:企业|群众|家长|学生|村民|居民|农户|住户|商户|经营户|业主|租户|游客|驾驶员|养殖场|养殖户|种植户|门店|商家|店主|经营主体)(?:(?!任务|指标|目标|名额)[^,;:!?。\n]){0,6}$`,
        scope: 'before',
      },
      {
        id: 'template',
        why: '句中的责任书是范本、模板、仅供参考：是在提供样式，不是在要求乡镇签订。',
        pattern: String.raw`范本 | 模板 | 样本 | 样表 | 仅供参考`,
        scope: 'sentence',
        examples: ['附件：安全生产目标责任书（范本，仅供参考）'],
      },
      {
        id: 'complaint',
        why: '干部在吐槽、诉苦（“吐槽一下，一年签了十几份责任状”）：是在描述负担，不是在施加负担。',
        pattern: '{{complaint}}',
        scope: 'sentence',
        examples: ['吐槽一下，一年签了十几份责任状，签完谁也不看。'],
      },
      {
        id: 'names-the-breach',
        why: '句中直接点出“转嫁责任”这种做法（“转嫁责任的几种表现：签责任状、分解指标……”）：是在讲解或批评，不是在下达。',
        pattern: String.raw`转嫁(?:工作)?责任 | 责任转嫁 | 转嫁给(?:乡镇|基层)`,
        scope: 'sentence',
        examples: ['今天培训讲到，转嫁责任的几种表现：签责任状、分解指标、考核验收推给乡镇。'],
      },
      {
        id: 'reported-case',
        why: '句中通报的是已查实的问题、典型案例（“某县要求乡镇签订军令状的问题已查实”）：是在纠正，不是在下达。',
        pattern: String.raw`已查实 | 经查实 | 典型(?:问题|案例) | 反面案例 | 形式主义问题`,
        scope: 'sentence',
        examples: ['省委减负办通报：某县要求乡镇签订“军令状”的问题已查实，相关责任人被约谈。'],
      },
      {
        id: 'access-rule',
        why: '句中讲的是职责准入的程序（须经乡镇同意、按程序报批，未经批准无效）：是在规范，不是在下达。',
        pattern: String.raw`职责准入 | 须经(?:乡镇|苏木|街道|镇街)?同意 | 按程序(?:报批|批准) | 未经[^,;:!?。\n]{0,6}(?:批准|同意)[^,;:!?。\n]{0,4}(?:无效|不得)`,
        scope: 'sentence',
        examples: ['县直部门要求乡镇签订责任书的，须经乡镇同意并按程序报批，未经批准一律无效。'],
      },
      {
        id: 'campaign-against',
        why: '责任书、责任状后面紧跟着“的问题”“这种现象”，句中又说要整治、纠正、反映、举报（“关于层层签责任状的问题，今年专项整治”）：是在治理这种负担，不是在要求签订。',
        pattern: String.raw`^[^,;:!?。\n]{0,4}?(?:等|这类|这种|之类)?的?(?:问题|现象|乱象|歪风|做法)
          [^;!?。\n]{0,20}?(?:整治|纠治|治理|纠正|清理|查纠|反映|举报|投诉)`,
        scope: 'after',
        examples: ['县纪委监委：关于层层签责任状的问题，今年开展专项整治，发现了可以直接向我们反映。'],
      },
      {
        id: 'refused',
        why: '句中写明乡镇不签、拒签（“没有县委县政府批准的，一律不签”）：是在挡回负担，不是在施加。',
        // The refusal is the speaker's rule and closes its clause: after a missing approval (没有就不签, 未经批准的一律不签)
        // or said firmly (坚决不签, 我们一律拒签). Not "不签的乡镇通报", "不签就扣分" (sanctions), "谁敢不签" (a threat),
        // "有的乡镇说不签了" (someone else's refusal), "要是不签了" (a condition).
        pattern: String.raw`(?:(?:没有|没|未经[^,;:!?。\n]{0,8}|不符合[^,;:!?。\n]{0,8}|否则|不然)的?(?:就|都|一律|统统|坚决)?
            | (?:坚决|一律|绝不|决不|统统|一概))
          (?:不签|拒签|不予签|拒绝签|不给签)(?:订|署|字)?(?:了)?(?=[,;:!?。\n]|$)`,
        scope: 'sentence',
        examples: ['书记讲：以后哪个部门再叫我们签承诺书，先看有没有县委批文，没有就不签。'],
      },
      {
        id: 'not-signed',
        why: '同一分句里说“也不签责任书”“今年不再签订责任状”：这份责任书不签了，不是在要求签订。',
        // Its own clause only: "今年不签责任状了，改成签《工作承诺书》" still asks for the second one. Not a condition
        // or a threat (谁不签责任书，要是不签…) and not a sanction (不签责任书的乡镇…: the pledge does not close the clause).
        pattern: String.raw`(?<![谁个要若果如])(?:也|都|就|今年|明年|再)不(?:再)?签(?:订|署)?[^,;:!?。\n]{0,6}?{{pledge}}(?:了)?(?=[,;:!?。\n]|$)`,
        scope: 'clause',
        examples: ['县民政局：今年的养老服务工作不搞排名，也不签目标责任状，各乡镇正常推进即可。'],
      },
      {
        id: 'demand-denied',
        why: '“未要求各镇签订责任书”“从没让乡镇签过承诺书”：否认提出过这种要求（自查报告、情况说明），不是在施加。',
        // Not a condition on the township itself: "未签订责任书的乡镇…" has no demand verb after 未.
        pattern: String.raw`(?:未|没有|没|从未|从没有?|均未|并未|也未|并没有?)(?:曾|再|对|向|给)?[^,;:!?。\n]{0,6}(?:要求|让|叫|安排|组织|强制|强求)[^,;:!?。\n]{0,8}$`,
        scope: 'before',
        examples: ['经自查，本局今年未要求各镇签订任何责任书。'],
      },
      {
        id: 'not-before',
        why: '“不再往乡镇分解”“不由乡镇负责”：否定词紧贴在触发词前。',
        pattern: String.raw`(?:不再?|未|没有|别)(?:往|向|给|由|再)[^,;:!?。\n]{0,4}$ | (?:不|不再|未|别)$`,
        scope: 'before',
      },
    ],
    // The concept check needs a grassroots addressee somewhere in its sentence (or in the
    // burden itself: "就是街道的责任"). Under a 属地 label the same words are R08's
    // (泛化属地管理), not a second finding here.
    // A cost backstopped (经费由乡镇兜底) is township-backstop's here; R08 reads it as hosting-cost.
    accept: (ctx) =>
      !(ctx.groups.cost && (PLAQUE.test(ctx.sentence) || /兜底|托底/.test(ctx.groups.trigger?.value ?? ''))) &&
      (!ctx.groups.concept ||
      (!ctx.sentence.includes('属地') && (ADDRESSEE.test(ctx.sentence) || GRASSROOTS.test(ctx.groups.trigger?.value ?? '')))),
  },
  { ...LEXICON, ...LOCAL },
);
